import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountData, Competitor, TeamFunction } from '../../../../shared/model';
import { competitorSchema, LAYERS, TEAM_FUNCTIONS, teamMemberSchema } from '../../../../shared/model';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { addCompetitorNamed, addTeam, renameCompetitorTo } from './actions';
import { countByLayer } from './counts';
import { AddByNameForm, NameInput, NameProblem, useNameDraft } from './names';
import { InspectorHeader, ListSection, Section } from './parts';
import { RemoveButton, RowIdentity, SelectButton } from './rows';

/** One bar per band, so the KAM sees at a glance where people are, and where nobody is identified yet. */
function LayerSummary({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  const counts = countByLayer(data);
  const most = Math.max(1, ...LAYERS.map((layer) => counts[layer]));
  return (
    <Section title={t('panel.summary')} grid={false} icon="layers" count={data.people.length}>
      <ul className="panel-layers">
        {LAYERS.map((layer) => (
          <li key={layer} className={`panel-layer panel-layer-${layer}${counts[layer] === 0 ? ' panel-layer-empty' : ''}`}>
            <span className="panel-layer-name">{t(`enums.layer.${layer}`)}</span>
            <span className="panel-layer-track" aria-hidden="true">
              <span className="panel-layer-bar" style={{ width: `${(counts[layer] / most) * 100}%` }} />
            </span>
            <span className="panel-layer-count">{counts[layer]}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function TeamList({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  const [fn, setFn] = useState<TeamFunction>('sales');
  return (
    <ListSection
      title={t('panel.team')}
      icon="team"
      count={data.team.length}
      empty={t('panel.noTeam')}
      footer={
        <AddByNameForm
          label={t('panel.teamAddLabel')}
          placeholder={t('panel.teamAddPlaceholder')}
          schema={teamMemberSchema.shape.name}
          nameTestId={TID.teamAddName}
          submitTestId={TID.teamAddSubmit}
          onAdd={(name) => addTeam(name, fn)}
        >
          <select className="input select panel-add-select" data-testid={TID.teamAddFunction} aria-label={t('team.function')} value={fn} onChange={(event) => setFn(event.target.value as TeamFunction)}>
            {TEAM_FUNCTIONS.map((value) => (
              <option key={value} value={value}>
                {t(`enums.teamFunction.${value}`)}
              </option>
            ))}
          </select>
        </AddByNameForm>
      }
    >
      {data.team.map((member) => (
        <li key={member.id} className="panel-row panel-row-split" data-testid={TID.teamMember} data-team-id={member.id}>
          <SelectButton selects={member.id} className="panel-row-main" title={t('panel.selectNamed', { name: member.name })}>
            <RowIdentity name={member.name} tone="team" meta={t(`enums.teamFunction.${member.function}`)} />
          </SelectButton>
          <RemoveButton id={member.id} name={member.name} testId={TID.teamRemove} />
        </li>
      ))}
    </ListSection>
  );
}

/** A competitor's row: a click selects it, a double click or the pencil renames it in place. */
function CompetitorRow({ competitor }: { competitor: Competitor }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const draft = useNameDraft(competitorSchema.shape.name, competitor.name);

  function startRenaming() {
    draft.reset(competitor.name);
    setRenaming(true);
  }

  function finish(save: boolean) {
    const name = save ? draft.accept() : competitor.name;
    if (name === null) return;
    if (name !== competitor.name) renameCompetitorTo(competitor.id, name);
    setRenaming(false);
  }

  return (
    <li className="panel-row panel-row-split" data-testid={TID.competitor} data-competitor-id={competitor.id}>
      {renaming ? (
        <span className="panel-rename">
          <NameInput
            draft={draft}
            aria-label={t('panel.renameInputLabel', { name: competitor.name })}
            autoFocus
            onFocus={(event) => event.target.select()}
            onBlur={() => finish(true)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') finish(true);
              else if (event.key === 'Escape') {
                event.stopPropagation();
                finish(false);
              }
            }}
          />
          <NameProblem draft={draft} />
        </span>
      ) : (
        <>
          <SelectButton selects={competitor.id} className="panel-row-main" title={t('panel.selectNamed', { name: competitor.name })} onDoubleClick={startRenaming}>
            <RowIdentity name={competitor.name} tone="competitor" />
          </SelectButton>
          <button type="button" className="icon-btn" aria-label={t('panel.renameNamed', { name: competitor.name })} title={t('panel.renameNamed', { name: competitor.name })} onClick={startRenaming}>
            <Icon name="pencil" size={14} />
          </button>
        </>
      )}
      <RemoveButton id={competitor.id} name={competitor.name} testId={TID.competitorRemove} />
    </li>
  );
}

function CompetitorList({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  return (
    <ListSection
      title={t('panel.competitors')}
      icon="flag"
      count={data.competitors.length}
      empty={t('panel.noCompetitors')}
      footer={
        <AddByNameForm
          label={t('panel.competitorAddLabel')}
          placeholder={t('panel.competitorAddPlaceholder')}
          schema={competitorSchema.shape.name}
          nameTestId={TID.competitorAddName}
          submitTestId={TID.competitorAddSubmit}
          onAdd={addCompetitorNamed}
        />
      }
    >
      {data.competitors.map((competitor) => (
        <CompetitorRow key={competitor.id} competitor={competitor} />
      ))}
    </ListSection>
  );
}

export function AccountOverview({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  return (
    <>
      <InspectorHeader icon="building" kind={t('panel.accountHeading')}>
        <h2 className="panel-title">{data.account.name}</h2>
        <p className="panel-hint">
          <Icon name="person" size={14} />
          <span>{t('panel.selectHint')}</span>
        </p>
      </InspectorHeader>
      <LayerSummary data={data} />
      <TeamList data={data} />
      <CompetitorList data={data} />
    </>
  );
}
