import { useTranslation } from 'react-i18next';
import type { AccountData } from '../../../../shared/model';
import { Icon } from '../../ui/icons';
import { StrengthMeter } from './parts';
import { SelectRow } from './rows';

/**
 * Who of our team covers the person and how strongly, strongest first: the first thing a KAM checks
 * after attitude and influence. A click selects the covers link, to change its strength or date.
 */
export function CoveredBy({ data, personId }: { data: AccountData; personId: string }) {
  const { t } = useTranslation();
  const covers = data.links
    .filter((link) => link.kind === 'covers' && link.to === personId)
    .sort((a, b) => (b.strength ?? 0) - (a.strength ?? 0));
  if (covers.length === 0) return <p className="panel-empty panel-span" data-testid="panel-covered-by">{t('accountTools.panel.nobody')}</p>;
  return (
    <ul className="panel-list panel-span panel-covered-by" data-testid="panel-covered-by" aria-label={t('accountTools.panel.coveredBy')}>
      {covers.map((link) => {
        const member = data.team.find((m) => m.id === link.from);
        const strength = t(`enums.coversStrength.${link.strength ?? 0}`);
        return (
          <SelectRow key={link.id} selects={link.id} title={strength} label={`${member?.name ?? ''}: ${strength}`}>
            <Icon name="team" size={13} />
            <span className="panel-row-name">{member?.name ?? ''}</span>
            <span className="muted panel-covered-strength">{strength}</span>
            <StrengthMeter value={link.strength ?? 0} max={3} />
          </SelectRow>
        );
      })}
    </ul>
  );
}
