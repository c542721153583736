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
import { CoveredBy } from './CoveredBy';
import './personPanel.css';
import { LinkRows } from './LinkRows';
import { PersonRecordText, VerifiedRow } from './PersonRecordFields';
import { PersonStatusFields } from './PersonStatusFields';
import { PersonPlan } from '../plan/PersonPlan';
import { AttitudeDot, DeleteButton, ListSection, NameHeader, Pill, Section, StrengthMeter, Wide } from './parts';
import { bestCoversStrength, linksOf } from './relations';
import { TID } from '../../app/testids';
import { PersonDataActions } from '../safety/PersonDataActions';
import { usePrivateHidden } from '../workshop/workshopStore';
import { useJustAddedName } from './useJustAdded';
import { DuplicateButton } from './DuplicateButton';

type TextKey = 'title' | 'department' | 'contact' | 'judgesBy' | 'nextStep' | 'privateNotes';
type StrengthChoice = '' | '0' | '1' | '2' | '3';

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
      {gap === null ? null : gap > 0 ? <Pill tone="warning">{t('person.belowTarget', { gap })}</Pill> : <Pill tone="success">{t('person.atTarget')}</Pill>}
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

/** A free-text field of a person: labelled, checked by the schema and saved under its own key. */
function PersonText({ person, field, multiline, wide, withPlaceholder, hint }: { person: Person; field: TextKey; multiline?: boolean; wide?: boolean; withPlaceholder?: boolean; hint?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      name={field}
      label={t(`person.${field}`)}
      multiline={multiline}
      wide={wide}
      placeholder={withPlaceholder ? t(`person.${field}Placeholder`) : undefined}
      hint={hint}
      value={person[field]}
      validate={(value) => fieldProblem(personSchema.shape[field], value, t)}
      onCommit={(value) => {
        const patch: Partial<Record<TextKey, string>> = { [field]: value };
        patchPerson(person.id, patch);
      }}
    />
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
  const fitOptions = enumOptions(FITS, 'fit', t);
  // A workshop shows the panel to a room: private notes, the personal driver and contact details stay out of it.
  const hidePrivate = usePrivateHidden();
  const focusName = useJustAddedName(person.id);

  return (
    <>
      <NameHeader
        icon="person"
        kind={t('person.heading')}
        aside={t(`enums.layer.${person.layer}`)}
        label={t('person.name')}
        value={person.name}
        schema={personSchema.shape.name}
        onCommit={(name) => patch({ name })}
        autoFocus={focusName}
      >
        {subtitle ? <p className="panel-subtitle" title={subtitle}>{subtitle}</p> : null}
      </NameHeader>

      <Section title={t('person.sectionPosition')}>
        <Wide>
          <SelectField
            name="layer"
            label={t('person.layer')}
            value={person.layer}
            options={enumOptions(LAYERS, 'layer', t)}
            hint={t(`enums.layerGuidance.${person.layer}`)}
            onChange={(layer) => patch({ layer })}
          />
        </Wide>
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

      <Section title={t('accountTools.panel.sectionCovers')}>
        <CoveredBy data={data} personId={person.id} />
        <Wide>
          <SelectField
            name="targetRelationship"
            label={t('person.targetRelationship')}
            value={(person.targetRelationship === null ? '' : String(person.targetRelationship)) as StrengthChoice}
            options={coversOptions(t)}
            hint={<CoverageHint best={best} target={person.targetRelationship} />}
            onChange={(value) => patch({ targetRelationship: value === '' ? null : Number(value) })}
          />
        </Wide>
      </Section>

      {/* After the fields used most (issue 9: all in view on a 1366x768 laptop), before the rest. */}
      {hidePrivate ? null : <PersonPlan data={data} person={person} />}

      <Section title={t('person.sectionIdentity')}>
        <PersonText person={person} field="title" />
        <PersonText person={person} field="department" />
        {hidePrivate ? null : (
          <>
            <PersonRecordText person={person} field="email" />
            <PersonRecordText person={person} field="phone" />
            <PersonText person={person} field="contact" wide withPlaceholder />
          </>
        )}
        <PersonRecordText person={person} field="source" wide placeholder={t('personRecord.sourcePlaceholder')} />
        <VerifiedRow person={person} />
        <PersonStatusFields data={data} person={person} />
      </Section>


      <Section title={t('person.sectionRelationship')}>
        <DateField name="lastContact" label={t('person.lastContact')} value={person.lastContact} invalidMessage={t('validation.date')} onCommit={(lastContact) => patch({ lastContact })} />
        <PersonText person={person} field="nextStep" multiline withPlaceholder />
        {hidePrivate ? (
          <p className="panel-private panel-span panel-private-hidden" data-testid={TID.panelPrivateHidden}>
            <Icon name="lock" size={13} />
            <span>{t('workshop.panelPrivateHidden')}</span>
          </p>
        ) : (
          <div className="panel-private panel-span">
            <div className="panel-private-badge">
              <Icon name="lock" size={13} />
              <span>{t('panel.private')}</span>
            </div>
            <PersonText person={person} field="privateNotes" multiline hint={t('person.privateHint')} />
          </div>
        )}
      </Section>

      <Section title={t('person.sectionMotivation')}>
        {hidePrivate ? null : (
          <Wide>
            <SelectField name="driver" label={t('person.driver')} value={person.driver ?? ''} options={driverOptions} onChange={(driver) => patch({ driver: driver === '' ? null : driver })} />
          </Wide>
        )}
        <PersonText person={person} field="judgesBy" multiline withPlaceholder />
      </Section>

      <Section title={t('person.sectionCompetition')}>
        <Wide>
          <SelectField
            name="favouredCompetitorId"
            label={t('person.favouredCompetitorId')}
            value={person.favouredCompetitorId ?? ''}
            options={competitorOptions}
            onChange={(id) => patch({ favouredCompetitorId: id === '' ? null : id })}
          />
        </Wide>
        <Wide>
          <SelectField name="fitOurs" label={t('person.fitOurs')} value={person.fitOurs} options={fitOptions} onChange={(fitOurs) => patch({ fitOurs })} />
        </Wide>
        <Wide>
          <SelectField name="fitCompetitor" label={t('person.fitCompetitor')} value={person.fitCompetitor} options={fitOptions} onChange={(fitCompetitor) => patch({ fitCompetitor })} />
        </Wide>
      </Section>

      <ListSection title={t('person.sectionLinks')} count={links.length} empty={t('person.noLinks')}>
        <LinkRows data={data} rows={links} />
      </ListSection>

      <DuplicateButton />
      <DeleteButton label={t('person.delete')} onClick={() => void deleteWithUndo([person.id], t('panel.deleted', { name: person.name }))} />
      <PersonDataActions person={person} />
    </>
  );
}
