import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { ATTITUDES, LAYERS, ROLES } from '../../../../shared/model';
import type { PeopleFilter } from '../../../../shared/search';
import { departmentKey, departmentsOf } from '../../../../shared/search';
import { useSettings } from '../../app/services';
import { findStore, useFind } from './findStore';

interface Choice {
  value: string;
  label: string;
}

function ChoiceGroup<K extends keyof PeopleFilter>({ dimension, title, choices, empty }: { dimension: K; title: string; choices: Choice[]; empty?: string }) {
  const chosen = useFind((state) => state.filter[dimension]) as readonly string[];
  const keyOf = dimension === 'departments' ? departmentKey : (value: string) => value;
  const chosenKeys = new Set(chosen.map(keyOf));
  return (
    <fieldset className="filter-group">
      <legend>{title}</legend>
      {choices.length === 0 ? <span className="muted filter-empty">{empty}</span> : null}
      <div className="filter-choices">
        {choices.map((choice) => (
          <label key={choice.value} className={`filter-chip${chosenKeys.has(keyOf(choice.value)) ? ' filter-chip-on' : ''}`}>
            <input
              type="checkbox"
              data-testid={`filter-${dimension}-${choice.value}`}
              checked={chosenKeys.has(keyOf(choice.value))}
              onChange={() => findStore.getState().toggleFilter(dimension, choice.value as PeopleFilter[K][number])}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The people filters: tick any values; each dimension narrows the others. Escape or a click outside closes it. */
export function FilterPanel({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const panelRef = useRef<HTMLDivElement>(null);
  const departments = useMemo(() => departmentsOf(data.people, new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }).compare), [data.people, locale]);

  useEffect(function closeOnOutsideClickOrEscape() {
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Node;
      if (panelRef.current?.contains(target)) return;
      if ((target as Element).closest?.('.find-filter-btn')) return;
      findStore.getState().setFilterOpen(false);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      findStore.getState().setFilterOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    const panel = panelRef.current;
    panel?.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      panel?.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <div className="filter-panel" ref={panelRef} data-testid="filter-panel" role="group" aria-label={t('accountTools.filter.button')}>
      <ChoiceGroup dimension="layers" title={t('accountTools.filter.layer')} choices={LAYERS.map((v) => ({ value: v, label: t(`enums.layer.${v}`) }))} />
      <ChoiceGroup dimension="roles" title={t('accountTools.filter.role')} choices={ROLES.map((v) => ({ value: v, label: t(`enums.role.${v}`) }))} />
      <ChoiceGroup dimension="attitudes" title={t('accountTools.filter.attitude')} choices={ATTITUDES.map((v) => ({ value: v, label: t(`enums.attitude.${v}`) }))} />
      <ChoiceGroup dimension="departments" title={t('accountTools.filter.department')} choices={departments.map((d) => ({ value: d, label: d }))} empty={t('accountTools.filter.noDepartments')} />
      <ChoiceGroup dimension="teamMemberIds" title={t('accountTools.filter.teamMember')} choices={data.team.map((m) => ({ value: m.id, label: m.name }))} empty={t('accountTools.filter.noTeam')} />
    </div>
  );
}
