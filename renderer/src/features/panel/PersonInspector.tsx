import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AccountData, Attitude, Driver, Person, Role } from '../../../../shared/model';
import { ATTITUDES, DRIVERS, FITS, LAYERS, personSchema, ROLES } from '../../../../shared/model';
import { useSettings } from '../../app/services';
import { fieldId, roleFieldId } from '../../app/testids';
import { CheckboxGroup, DateField, NumberField, SelectField, TextField } from '../../ui/fields';
import type { Option } from '../../ui/fields';
import { Icon } from '../../ui/icons';
import { enumOptions } from '../../ui/options';
import { fieldProblem } from '../../ui/validate';
import { deleteWithUndo, patchPerson } from './actions';
import { LinkRows } from './LinkRows';
import { AttitudeDot, DeleteButton, EmptyNote, InspectorHeader, Section, StrengthMeter } from './parts';
import { bestCoversStrength, linksOf } from './relations';

type TextKey = 'name' | 'title' | 'department' | 'contact' | 'judgesBy' | 'nextStep' | 'privateNotes';
type StrengthChoice = '' | '0' | '1' | '2' | '3';

function problemOf(key: TextKey, t: TFunction) {
  return (value: string) => fieldProblem(personSchema.shape[key], value, t);
}

/** The attitude as a select with the map's colour beside it, so the panel and the node read the same. */
function AttitudeField({ value, onChange }: { value: Attitude; onChange(value: Attitude): void }) {
  const { t } = useTranslation();
  const inputId = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={inputId}>
        {t('person.attitude')}
      </label>
      <div className="panel-select-with-dot">
        <AttitudeDot attitude={value} />
        <select id={inputId} className="input select" data-testid={fieldId('attitude')} value={value} onChange={(event) => onChange(event.target.value as Attitude)}>
          {enumOptions(ATTITUDES, 'attitude', t).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function coversOptions(t: TFunction): Option<StrengthChoice>[] {
  return [
    { value: '', label: t('common.notSet') },
    ...(['0', '1', '2', '3'] as const).map((value) => ({ value, label: t(`enums.coversStrength.${value}`) })),
  ];
}

/** Where today's best coverage stands against the target: the gap is part of the plan. */
function CoverageHint({ best, target }: { best: number | null; target: number | null }) {
  const { t } = useTranslation();
  const strength = best === null ? t('person.noCoverage') : t(`enums.coversStrength.${best}`);
  const gap = target === null ? null : target - (best ?? 0);
  return (
    <span className="panel-coverage">
      <StrengthMeter value={best ?? 0} max={3} />
      <span>{t('person.currentRelationship', { strength })}</span>
      {gap === null ? null : gap > 0 ? (
        <span className="panel-badge panel-badge-warning">{t('person.belowTarget', { gap })}</span>
      ) : (
        <span className="panel-badge panel-badge-success">{t('person.atTarget')}</span>
      )}
    </span>
  );
}

function InfluenceHint({ value }: { value: number }) {
  const { t } = useTranslation();
  return (
    <span className="panel-influence">
      <StrengthMeter value={value} max={5} />
      <span>{t(`enums.influence.${value}`, { defaultValue: '' })}</span>
    </span>
  );
}

export function PersonInspector({ data, person }: { data: AccountData; person: Person }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const patch = (fields: Parameters<typeof patchPerson>[1]) => patchPerson(person.id, fields);
  const links = linksOf(data, person.id, locale);
  const best = bestCoversStrength(data, person.id);
  const subtitle = [person.title, person.department].filter(Boolean).join(' · ');
  const competitorOptions: Option<string>[] = [
    { value: '', label: t('common.none') },
    ...data.competitors.map((competitor) => ({ value: competitor.id, label: competitor.name })),
  ];
  const driverOptions: Option<'' | Driver>[] = [{ value: '', label: t('common.notSet') }, ...enumOptions(DRIVERS, 'driver', t)];

  return (
    <>
      <InspectorHeader icon="person" kind={t('person.heading')} aside={t(`enums.layer.${person.layer}`)}>
        <TextField
          name="name"
          label={t('person.name')}
          hideLabel
          className="panel-title-input"
          value={person.name}
          validate={problemOf('name', t)}
          onCommit={(name) => patch({ name })}
        />
        {subtitle ? <p className="panel-subtitle">{subtitle}</p> : null}
      </InspectorHeader>

      <Section title={t('person.sectionIdentity')}>
        <TextField name="title" label={t('person.title')} value={person.title} validate={problemOf('title', t)} onCommit={(title) => patch({ title })} />
        <TextField
          name="department"
          label={t('person.department')}
          value={person.department}
          validate={problemOf('department', t)}
          onCommit={(department) => patch({ department })}
        />
        <TextField
          name="contact"
          label={t('person.contact')}
          wide
          placeholder={t('person.contactPlaceholder')}
          value={person.contact}
          validate={problemOf('contact', t)}
          onCommit={(contact) => patch({ contact })}
        />
      </Section>

      <Section title={t('person.sectionPosition')}>
        <div className="panel-span">
          <SelectField
            name="layer"
            label={t('person.layer')}
            value={person.layer}
            options={enumOptions(LAYERS, 'layer', t)}
            hint={t(`enums.layerGuidance.${person.layer}`)}
            onChange={(layer) => patch({ layer })}
          />
        </div>
        <CheckboxGroup<Role> label={t('person.roles')} values={person.roles} options={enumOptions(ROLES, 'role', t)} testIdOf={roleFieldId} onChange={(roles) => patch({ roles })} />
        <AttitudeField value={person.attitude} onChange={(attitude) => patch({ attitude })} />
        <NumberField
          name="influence"
          label={t('person.influence')}
          value={person.influence}
          min={1}
          max={5}
          integer
          rangeMessage={t('validation.wholeNumber', { min: 1, max: 5 })}
          requiredMessage={t('validation.wholeNumber', { min: 1, max: 5 })}
          hint={<InfluenceHint value={person.influence} />}
          onCommit={(influence) => {
            if (influence !== null) patch({ influence });
          }}
        />
      </Section>

      <Section title={t('person.sectionMotivation')}>
        <div className="panel-span">
          <SelectField name="driver" label={t('person.driver')} value={person.driver ?? ''} options={driverOptions} onChange={(driver) => patch({ driver: driver === '' ? null : driver })} />
        </div>
        <TextField
          name="judgesBy"
          label={t('person.judgesBy')}
          multiline
          placeholder={t('person.judgesByPlaceholder')}
          value={person.judgesBy}
          validate={problemOf('judgesBy', t)}
          onCommit={(judgesBy) => patch({ judgesBy })}
        />
      </Section>

      <Section title={t('person.sectionCompetition')}>
        <div className="panel-span">
          <SelectField
            name="favouredCompetitorId"
            label={t('person.favouredCompetitorId')}
            value={person.favouredCompetitorId ?? ''}
            options={competitorOptions}
            onChange={(id) => patch({ favouredCompetitorId: id === '' ? null : id })}
          />
        </div>
        <div className="panel-span">
          <SelectField name="fitOurs" label={t('person.fitOurs')} value={person.fitOurs} options={enumOptions(FITS, 'fit', t)} onChange={(fitOurs) => patch({ fitOurs })} />
        </div>
        <div className="panel-span">
          <SelectField
            name="fitCompetitor"
            label={t('person.fitCompetitor')}
            value={person.fitCompetitor}
            options={enumOptions(FITS, 'fit', t)}
            onChange={(fitCompetitor) => patch({ fitCompetitor })}
          />
        </div>
      </Section>

      <Section title={t('person.sectionRelationship')}>
        <div className="panel-span">
          <SelectField
            name="targetRelationship"
            label={t('person.targetRelationship')}
            value={(person.targetRelationship === null ? '' : String(person.targetRelationship)) as StrengthChoice}
            options={coversOptions(t)}
            hint={<CoverageHint best={best} target={person.targetRelationship} />}
            onChange={(value) => patch({ targetRelationship: value === '' ? null : Number(value) })}
          />
        </div>
        <DateField name="lastContact" label={t('person.lastContact')} value={person.lastContact} invalidMessage={t('validation.date')} onCommit={(lastContact) => patch({ lastContact })} />
        <TextField
          name="nextStep"
          label={t('person.nextStep')}
          multiline
          placeholder={t('person.nextStepPlaceholder')}
          value={person.nextStep}
          validate={problemOf('nextStep', t)}
          onCommit={(nextStep) => patch({ nextStep })}
        />
        <div className="panel-private panel-span">
          <div className="panel-private-badge">
            <Icon name="lock" size={13} />
            <span>{t('panel.private')}</span>
          </div>
          <TextField
            name="privateNotes"
            label={t('person.privateNotes')}
            multiline
            hint={t('person.privateHint')}
            value={person.privateNotes}
            validate={problemOf('privateNotes', t)}
            onCommit={(privateNotes) => patch({ privateNotes })}
          />
        </div>
      </Section>

      <Section title={t('person.sectionLinks')} grid={false} count={links.length}>
        {links.length > 0 ? <LinkRows data={data} rows={links} /> : <EmptyNote>{t('person.noLinks')}</EmptyNote>}
      </Section>

      <DeleteButton label={t('person.delete')} onClick={() => void deleteWithUndo([person.id], t('panel.deleted', { name: person.name }))} />
    </>
  );
}
