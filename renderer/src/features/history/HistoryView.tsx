import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { describeMetricChange, explainFinding, findingTitle, type AnalysisLocale, type Finding } from '../../../../shared/analysis';
import type { PersonMove } from '../../../../shared/history/compareMap';
import type { AccountData, Attitude, IsoDate } from '../../../../shared/model';
import type { MapOverlays } from '../../map/types';
import { PreferenceButtons } from '../../app/PreferenceButtons';
import { useClock, useSettings } from '../../app/services';
import { Icon } from '../../ui/icons';
import { overlaysFor } from '../findings/overlays';
import { SEVERITY_ICON } from '../findings/present';
import { historyViewStore, pointDay, useHistoryView, type HistoryPoint, type HistoryViewResult } from './historyViewStore';
import './history-views.css';

/** "12 Oct 2026" / "2026年10月12日": a day as a person reads it, whatever the computer's time zone. */
export function formatDay(day: IsoDate, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

export function pointLabel(point: HistoryPoint, t: TFunction, locale: string): string {
  if (point.kind === 'today') return t('historyViews.pointToday');
  if (point.kind === 'snapshot') return t('historyViews.pointSnapshot', { name: point.name, date: formatDay(point.day, locale) });
  return formatDay(point.day, locale);
}

/** Every calendar day from `first` to `last`, both included (the slider's stops). */
export function daysBetween(first: IsoDate, last: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let at = Date.parse(`${first}T00:00:00Z`); at <= end && out.length < 3700; at += 86_400_000) out.push(new Date(at).toISOString().slice(0, 10));
  return out;
}

const analysisLocale = (locale: string): AnalysisLocale => (locale === 'zh-CN' ? 'zh-CN' : 'en');

function moveWord(move: PersonMove, value: Attitude | number, t: TFunction): string {
  return move.field === 'attitude' ? t(`historyViews.attitude.${value as Attitude}`) : String(value);
}

/**
 * What the map draws while a past view is on: the account as of the day with its findings' marks, or
 * the compare map with its markers, the words in each name ("+ Liu Yang", "Liu Yang ▲ was neutral") so
 * that no mark is colour alone.
 */
export function useHistoryMap(result: HistoryViewResult): { data: AccountData; overlays: MapOverlays } | null {
  const { t } = useTranslation();
  return useMemo(() => {
    if (result.status === 'asOf') return { data: result.data, overlays: overlaysFor(result.analysis, {}) };
    if (result.status !== 'compare') return null;
    const { map } = result;
    const joined = new Set(map.joined);
    const moves = new Map<string, PersonMove[]>();
    for (const move of map.moves) moves.set(move.id, [...(moves.get(move.id) ?? []), move]);
    const people = map.data.people.map((person) => {
      if (joined.has(person.id)) return { ...person, name: t('historyViews.markerJoined', { name: person.name }) };
      const moved = moves.get(person.id);
      if (!moved) return person;
      const words = moved.map((move) => t('historyViews.markerMove', { arrow: move.direction === 'up' ? '▲' : '▼', value: moveWord(move, move.before, t) })).join(' ');
      return { ...person, name: t('historyViews.markerWas', { name: person.name, moves: words }) };
    });
    return { data: { ...map.data, people }, overlays: map.overlays };
  }, [result, t]);
}

/** Over the map, in place of the toolbar: which day is shown, that nothing can be changed, and the way back. */
export function HistoryViewBar() {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const view = useHistoryView((state) => state.view);
  const records = useHistoryView((state) => state.records);
  const today = useClock((state) => state.today);
  const days = useMemo(() => {
    if (records.length === 0 || !today) return [];
    const first = records.reduce((min, r) => (r.at < min ? r.at : min), records[0]!.at);
    const last = records.reduce((max, r) => (r.at > max ? r.at : max), records[0]!.at);
    const firstDay = new Date(first).toLocaleDateString('sv-SE');
    const lastDay = new Date(last).toLocaleDateString('sv-SE');
    return daysBetween(firstDay, lastDay > today ? lastDay : today);
  }, [records, today]);
  if (!view) return null;
  const text =
    view.kind === 'asOf'
      ? t('historyViews.viewing', { date: formatDay(view.day, locale) })
      : t('historyViews.comparing', { from: pointLabel(view.from, t, locale), to: pointLabel(view.to, t, locale) });
  const index = view.kind === 'asOf' ? days.indexOf(view.day) : -1;
  const go = (next: number) => {
    const day = days[Math.max(0, Math.min(days.length - 1, next))];
    if (day) void historyViewStore.getState().showAsOf(day);
  };
  return (
    <header className="topbar hv-bar" role="status" data-testid="history-view-banner" data-kind={view.kind}>
      <Icon name={view.kind === 'asOf' ? 'lock' : 'swap'} />
      <span className="hv-bar-text">{text}</span>
      {view.kind === 'asOf' && days.length > 1 && index >= 0 ? (
        <div className="hv-slider">
          <button type="button" className="icon-btn" aria-label={t('historyViews.earlier')} title={t('historyViews.earlier')} disabled={index <= 0} onClick={() => go(index - 1)}>
            <Icon name="arrowLeft" />
          </button>
          <input
            type="range"
            data-testid="history-view-slider"
            aria-label={t('historyViews.slider')}
            aria-valuetext={formatDay(view.day, locale)}
            min={0}
            max={days.length - 1}
            value={index}
            onChange={(event) => go(Number(event.target.value))}
          />
          <button type="button" className="icon-btn" aria-label={t('historyViews.later')} title={t('historyViews.later')} disabled={index >= days.length - 1} onClick={() => go(index + 1)}>
            <Icon name="arrowRight" />
          </button>
        </div>
      ) : null}
      <div className="hv-prefs">
        <PreferenceButtons />
      </div>
      <button type="button" className="btn btn-primary" data-testid="history-view-back" title={t('historyViews.backToTodayTitle')} onClick={() => historyViewStore.getState().leave()}>
        <Icon name="back" />
        <span>{t('historyViews.backToToday')}</span>
      </button>
    </header>
  );
}

function FindingLine({ finding, data, locale, tone }: { finding: Finding; data: AccountData; locale: AnalysisLocale; tone?: string }) {
  const { t } = useTranslation();
  return (
    <li className={`hv-finding${tone ? ` ${tone}` : ''}`} data-testid="history-view-finding" data-code={finding.code} data-key={finding.key}>
      <span className={`fp-sev fp-tone-${finding.severity}`} title={t(`findings.severity.${finding.severity}`)}>
        <Icon name={SEVERITY_ICON[finding.severity]} size={13} />
        <span className="fp-sev-word">{t(`findings.severity.${finding.severity}`)}</span>
      </span>
      <span className="hv-finding-title">{findingTitle(finding.code, locale)}</span>
      <span className="hv-finding-text">{explainFinding(finding, data, locale)}</span>
    </li>
  );
}

function AsOfPanel({ result, day }: { result: Extract<HistoryViewResult, { status: 'asOf' }>; day: IsoDate }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const al = analysisLocale(locale);
  const { analysis, data } = result;
  return (
    <section className="hv-panel" data-testid="history-view-panel" data-kind="asOf">
      <h3 className="hv-heading">{t('historyViews.asOfHeading', { date: formatDay(day, locale) })}</h3>
      <p className="hv-note">{t('historyViews.asOfNote')}</p>
      <p className="hv-coverage" data-testid="history-view-coverage" data-score={Math.round(analysis.weightedCoverage.score)}>
        {t('historyViews.coverage', { score: Math.round(analysis.weightedCoverage.score) })} · {t('historyViews.findingsCount', { count: analysis.findings.length })}
      </p>
      {analysis.findings.length === 0 ? <p className="hv-note">{t('historyViews.noFindings')}</p> : null}
      <ul className="hv-findings">
        {analysis.findings.map((finding) => (
          <FindingLine key={finding.key} finding={finding} data={data} locale={al} />
        ))}
      </ul>
    </section>
  );
}

function ComparePanel({ result, from, to }: { result: Extract<HistoryViewResult, { status: 'compare' }>; from: HistoryPoint; to: HistoryPoint }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const al = analysisLocale(locale);
  const { diff, map, after, before } = result;
  const nameOf = (id: string) => after.people.find((p) => p.id === id)?.name ?? before.people.find((p) => p.id === id)?.name ?? id;
  const oldPeople = new Map(before.people.map((p) => [p.id, p] as const));
  const back = after.people.filter((p) => p.status === 'active' && (oldPeople.get(p.id)?.status ?? 'active') !== 'active');
  const told = new Set([...map.moves.map((m) => m.id), ...back.map((p) => p.id)]);
  const otherChanges = diff.changes.filter((c) => c.kind === 'update' && c.entity === 'person' && !told.has(c.entityId)).length;
  const f = diff.findings;
  const nothing = diff.changes.length === 0 && f.metrics.length === 0 && f.added.length === 0 && f.removed.length === 0;
  return (
    <section className="hv-panel" data-testid="history-view-panel" data-kind="compare">
      <h3 className="hv-heading">{t('historyViews.changesHeading')}</h3>
      {nothing ? <p className="hv-note">{t('historyViews.nothingChanged')}</p> : null}
      <ul className="hv-people" data-testid="history-compare-people">
        {diff.joined.map((p) => (
          <li key={`j:${p.id}`} className="hv-person hv-joined" data-change="joined" data-id={p.id}>
            {t('historyViews.joined', { name: p.name })}
          </li>
        ))}
        {diff.left.map((p) => (
          <li key={`l:${p.id}`} className="hv-person hv-ghost" data-change="left" data-id={p.id}>
            {p.status === 'onLeave' ? t('historyViews.onLeave', { name: p.name }) : p.to ? t('historyViews.leftTo', { name: p.name, to: p.to }) : t('historyViews.left', { name: p.name })}
          </li>
        ))}
        {diff.removed.map((p) => (
          <li key={`r:${p.id}`} className="hv-person hv-ghost" data-change="removed" data-id={p.id}>
            {t('historyViews.removed', { name: p.name })}
          </li>
        ))}
        {back.map((p) => (
          <li key={`b:${p.id}`} className="hv-person" data-change="back" data-id={p.id}>
            {t('historyViews.back', { name: p.name, status: t(`history.status.${oldPeople.get(p.id)?.status === 'onLeave' ? 'onLeave' : 'left'}`) })}
          </li>
        ))}
        {map.moves.map((m) => (
          <li key={`m:${m.id}:${m.field}`} className="hv-person" data-change="moved" data-id={m.id} data-direction={m.direction}>
            {t(m.direction === 'up' ? 'historyViews.movedUp' : 'historyViews.movedDown', {
              name: nameOf(m.id),
              field: t(m.field === 'attitude' ? 'historyViews.attitudeField' : 'historyViews.influenceField'),
              before: moveWord(m, m.before, t),
              after: moveWord(m, m.after, t),
            })}
          </li>
        ))}
        {map.linksAdded.length > 0 ? <li className="hv-person" data-change="links-added">{t('historyViews.linksAdded', { count: diff.links.added.length })}</li> : null}
        {diff.links.removed.length > 0 ? <li className="hv-person hv-ghost" data-change="links-removed">{t('historyViews.linksRemoved', { count: diff.links.removed.length })}</li> : null}
        {otherChanges > 0 ? <li className="hv-person hv-muted">{t('historyViews.otherChanges', { count: otherChanges })}</li> : null}
      </ul>
      <h3 className="hv-heading">{t('historyViews.findingsHeading', { from: pointLabel(from, t, locale), to: pointLabel(to, t, locale) })}</h3>
      {f.metrics.length > 0 ? (
        <ul className="wi-metrics" data-testid="history-compare-metrics">
          {f.metrics.map((change) => (
            <li key={change.metric} data-metric={change.metric} className="wi-metric">
              {describeMetricChange(change, al)}
            </li>
          ))}
        </ul>
      ) : null}
      {f.added.length > 0 ? (
        <>
          <h4 className="wi-list-title">{t('historyViews.newFindings')}</h4>
          <ul className="hv-findings" data-testid="history-compare-added">
            {f.added.map((finding) => (
              <FindingLine key={finding.key} finding={finding} data={after} locale={al} tone="hv-added" />
            ))}
          </ul>
        </>
      ) : null}
      {f.removed.length > 0 ? (
        <>
          <h4 className="wi-list-title">{t('historyViews.resolvedFindings')}</h4>
          <ul className="hv-findings" data-testid="history-compare-resolved">
            {f.removed.map((finding) => (
              <FindingLine key={finding.key} finding={finding} data={before} locale={al} tone="hv-resolved" />
            ))}
          </ul>
        </>
      ) : null}
      {f.changed.length > 0 ? <p className="hv-note">{t('historyViews.changedFindings', { count: f.changed.length })}</p> : null}
      <p className="hv-note hv-days">
        {formatDay(pointDay(from), locale)} → {formatDay(pointDay(to), locale)}
      </p>
    </section>
  );
}

/** The right column while a past view is on: its findings, or the compare's changes and findings diff. */
export function HistoryViewPanel() {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const view = useHistoryView((state) => state.view);
  const result = useHistoryView((state) => state.result);
  if (!view) return null;
  if (result.status === 'loading') return <p className="hv-panel hv-note">{t('historyViews.loading')}</p>;
  if (result.status === 'problem') {
    return (
      <p className="hv-panel hv-problem" role="alert" data-testid="history-view-problem" data-problem={result.problem}>
        {t(`historyViews.problem.${result.problem}`, { date: result.day ? formatDay(result.day, locale) : '', first: result.firstDay ? formatDay(result.firstDay, locale) : '' })}
      </p>
    );
  }
  if (result.status === 'asOf' && view.kind === 'asOf') return <AsOfPanel result={result} day={view.day} />;
  if (result.status === 'compare' && view.kind === 'compare') return <ComparePanel result={result} from={view.from} to={view.to} />;
  return null;
}
