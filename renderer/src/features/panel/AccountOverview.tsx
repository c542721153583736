import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountData, Competitor, TeamFunction } from '../../../../shared/model';
import { competitorSchema, LAYERS, TEAM_FUNCTIONS, teamMemberSchema } from '../../../../shared/model';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { fieldProblem } from '../../ui/validate';
import { addCompetitorNamed, addTeam, deleteWithUndo, renameCompetitorTo, select } from './actions';
import { countByLayer } from './counts';
import { Avatar, EmptyNote, Section } from './parts';

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
  const [name, setName] = useState('');
  const [fn, setFn] = useState<TeamFunction>('sales');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const problem = fieldProblem(teamMemberSchema.shape.name, trimmed, t);
    if (problem) {
      setError(problem);
      return;
    }
    addTeam(trimmed, fn);
    setName('');
    setError(null);
  }

  return (
    <Section title={t('panel.team')} grid={false} icon="team" count={data.team.length}>
      {data.team.length === 0 ? (
        <EmptyNote>{t('panel.noTeam')}</EmptyNote>
      ) : (
        <ul className="panel-list">
          {data.team.map((member) => (
            <li key={member.id} className="panel-row panel-row-split" data-testid={TID.teamMember} data-team-id={member.id}>
              <button type="button" className="panel-row-main" title={t('panel.selectNamed', { name: member.name })} onClick={() => select([member.id])}>
                <Avatar name={member.name} tone="team" />
                <span className="panel-row-text">
                  <span className="panel-row-name">{member.name}</span>
                  <span className="panel-row-meta">{t(`enums.teamFunction.${member.function}`)}</span>
                </span>
              </button>
              <button
                type="button"
                className="panel-icon-btn"
                data-testid={TID.teamRemove}
                aria-label={t('panel.removeNamed', { name: member.name })}
                title={t('panel.removeNamed', { name: member.name })}
                onClick={() => void deleteWithUndo([member.id], t('panel.deleted', { name: member.name }))}
              >
                <Icon name="trash" size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="panel-add" onSubmit={submit} aria-label={t('panel.teamAddLabel')}>
        <div className="panel-add-row">
          <input
            className={`input${error ? ' panel-input-invalid' : ''}`}
            data-testid={TID.teamAddName}
            aria-label={t('panel.teamAddPlaceholder')}
            aria-invalid={error ? true : undefined}
            placeholder={t('panel.teamAddPlaceholder')}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
          <select className="input select panel-add-select" data-testid={TID.teamAddFunction} aria-label={t('team.function')} value={fn} onChange={(event) => setFn(event.target.value as TeamFunction)}>
            {TEAM_FUNCTIONS.map((value) => (
              <option key={value} value={value}>
                {t(`enums.teamFunction.${value}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="panel-icon-btn panel-icon-btn-accent" data-testid={TID.teamAddSubmit} aria-label={t('panel.teamAddLabel')} title={t('panel.teamAddLabel')} disabled={name.trim() === ''}>
            <Icon name="plus" size={14} />
          </button>
        </div>
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </form>
    </Section>
  );
}

function CompetitorRow({ competitor }: { competitor: Competitor }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(competitor.name);
  const [error, setError] = useState<string | null>(null);

  function finish(save: boolean) {
    if (!save) {
      setRenaming(false);
      setError(null);
      return;
    }
    const trimmed = draft.trim();
    const problem = fieldProblem(competitorSchema.shape.name, trimmed, t);
    if (problem) {
      setError(problem);
      return;
    }
    if (trimmed !== competitor.name) renameCompetitorTo(competitor.id, trimmed);
    setRenaming(false);
    setError(null);
  }

  return (
    <li className="panel-row panel-row-split" data-testid={TID.competitor} data-competitor-id={competitor.id}>
      {renaming ? (
        <span className="panel-rename">
          <input
            className={`input${error ? ' panel-input-invalid' : ''}`}
            aria-label={t('panel.renameInputLabel', { name: competitor.name })}
            aria-invalid={error ? true : undefined}
            value={draft}
            autoFocus
            onFocus={(event) => event.target.select()}
            onChange={(event) => {
              setDraft(event.target.value);
              setError(null);
            }}
            onBlur={() => finish(true)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') finish(true);
              else if (event.key === 'Escape') {
                event.stopPropagation();
                finish(false);
              }
            }}
          />
          {error ? (
            <span className="field-error" role="alert">
              {error}
            </span>
          ) : null}
        </span>
      ) : (
        <>
          <button
            type="button"
            className="panel-row-main"
            title={t('panel.selectNamed', { name: competitor.name })}
            onClick={() => select([competitor.id])}
            onDoubleClick={() => {
              setDraft(competitor.name);
              setRenaming(true);
            }}
          >
            <Avatar name={competitor.name} tone="competitor" />
            <span className="panel-row-name">{competitor.name}</span>
          </button>
          <button
            type="button"
            className="panel-icon-btn"
            aria-label={t('panel.renameNamed', { name: competitor.name })}
            title={t('panel.renameNamed', { name: competitor.name })}
            onClick={() => {
              setDraft(competitor.name);
              setRenaming(true);
            }}
          >
            <Icon name="pencil" size={14} />
          </button>
        </>
      )}
      <button
        type="button"
        className="panel-icon-btn"
        data-testid={TID.competitorRemove}
        aria-label={t('panel.removeNamed', { name: competitor.name })}
        title={t('panel.removeNamed', { name: competitor.name })}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => void deleteWithUndo([competitor.id], t('panel.deleted', { name: competitor.name }))}
      >
        <Icon name="trash" size={14} />
      </button>
    </li>
  );
}

function CompetitorList({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const problem = fieldProblem(competitorSchema.shape.name, trimmed, t);
    if (problem) {
      setError(problem);
      return;
    }
    addCompetitorNamed(trimmed);
    setName('');
    setError(null);
  }

  return (
    <Section title={t('panel.competitors')} grid={false} icon="flag" count={data.competitors.length}>
      {data.competitors.length === 0 ? (
        <EmptyNote>{t('panel.noCompetitors')}</EmptyNote>
      ) : (
        <ul className="panel-list">
          {data.competitors.map((competitor) => (
            <CompetitorRow key={competitor.id} competitor={competitor} />
          ))}
        </ul>
      )}
      <form className="panel-add" onSubmit={submit} aria-label={t('panel.competitorAddLabel')}>
        <div className="panel-add-row">
          <input
            className={`input${error ? ' panel-input-invalid' : ''}`}
            data-testid={TID.competitorAddName}
            aria-label={t('panel.competitorAddPlaceholder')}
            aria-invalid={error ? true : undefined}
            placeholder={t('panel.competitorAddPlaceholder')}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
          <button
            type="submit"
            className="panel-icon-btn panel-icon-btn-accent"
            data-testid={TID.competitorAddSubmit}
            aria-label={t('panel.competitorAddLabel')}
            title={t('panel.competitorAddLabel')}
            disabled={name.trim() === ''}
          >
            <Icon name="plus" size={14} />
          </button>
        </div>
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </form>
    </Section>
  );
}

export function AccountOverview({ data }: { data: AccountData }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="panel-header">
        <div className="panel-eyebrow">
          <Icon name="building" size={14} />
          <span>{t('panel.accountHeading')}</span>
        </div>
        <h2 className="panel-title">{data.account.name}</h2>
        <p className="panel-hint">
          <Icon name="person" size={14} />
          <span>{t('panel.selectHint')}</span>
        </p>
      </header>
      <LayerSummary data={data} />
      <TeamList data={data} />
      <CompetitorList data={data} />
    </>
  );
}
