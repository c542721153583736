import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../../../shared/history/views';
import type { IsoDate } from '../../../../shared/model';
import { reportError } from '../../app/services';
import { call } from '../../ipc/client';
import './portfolio-trends.css';

/** How far back "changed since" looks, in days; 0 is any time. */
export const CHANGED_SINCE = [0, 7, 30, 90, 365] as const;
export type ChangedSince = (typeof CHANGED_SINCE)[number];

export interface PortfolioHistory {
  /** Weighted coverage and red flags at the end of each of the last 12 months, per account. */
  trends: ReadonlyMap<string, readonly TrendPoint[]>;
  /** When each account last changed. */
  changedAt: ReadonlyMap<string, string>;
}

/** The portfolio's history: the trend lines (history.trend) and each account's last change, read again with the rows. */
export function usePortfolioHistory(reloadKey: unknown): PortfolioHistory {
  const [history, setHistory] = useState<PortfolioHistory>({ trends: new Map(), changedAt: new Map() });
  useEffect(
    function loadPortfolioHistory() {
      let current = true;
      void Promise.all([call('history.trend', { months: 12 }), call('accounts.list', {})]).then(([trend, accounts]) => {
        if (!current) return;
        if (!trend.ok) reportError(trend.error);
        setHistory({
          trends: new Map(trend.ok ? trend.value.map((row) => [row.accountId, row.points] as const) : []),
          changedAt: new Map(accounts.ok ? accounts.value.map((a) => [a.id, a.updatedAt] as const) : []),
        });
      });
      return () => {
        current = false;
      };
    },
    [reloadKey],
  );
  return history;
}

/** Whether an account changed within `days` of `today` (0: any time). */
export function changedWithin(changedAt: string | undefined, days: ChangedSince, today: IsoDate): boolean {
  if (days === 0) return true;
  if (changedAt === undefined) return false;
  return Date.parse(changedAt) >= Date.parse(`${today}T00:00:00Z`) - days * 86_400_000;
}

const W = 64;
const H = 18;

/**
 * A small trend line over the last 12 months: a line (its shape, not its colour, says up or down), a dot
 * on the latest month, and the first and last values in the tooltip and for screen readers. Months without
 * a map (the account did not exist yet) leave a gap.
 */
export function Sparkline({ points, metric, max }: { points: readonly TrendPoint[] | undefined; metric: 'weightedCoverage' | 'redFlags'; max?: number }) {
  const { t } = useTranslation();
  const values = (points ?? []).map((p) => (p[metric] === null ? null : Math.round(p[metric])));
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return <span className="pf-spark pf-spark-empty" aria-hidden="true" />;
  const top = Math.max(max ?? 0, ...known, 1);
  const step = W / Math.max(values.length - 1, 1);
  const segments: string[] = [];
  let path = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (path) segments.push(path);
      path = '';
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (H - 2 - (v / top) * (H - 4)).toFixed(1);
    path += `${path ? 'L' : 'M'}${x},${y}`;
  });
  if (path) segments.push(path);
  const first = known[0]!;
  const last = known.at(-1)!;
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  const label = t(`historyViews.trend.${metric}`, { first, last });
  return (
    <svg className={`pf-spark pf-spark-${metric}`} width={W} height={H} viewBox={`-2 -1 ${W + 4} ${H + 2}`} role="img" aria-label={label} data-testid="portfolio-sparkline" data-metric={metric} data-values={known.join(',')}>
      <title>{label}</title>
      {segments.map((d) => (
        <path key={d} d={d} fill="none" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      ))}
      <circle cx={lastIndex * step} cy={H - 2 - (last / top) * (H - 4)} r={2.2} />
    </svg>
  );
}

/** "Changed since": any time, or within the last week, month, quarter or year. */
export function ChangedSinceFilter({ value, onChange }: { value: ChangedSince; onChange(next: ChangedSince): void }) {
  const { t } = useTranslation();
  return (
    <select className="input select pf-select" data-testid="portfolio-changed-since" aria-label={t('historyViews.changedSince.label')} value={value} onChange={(event) => onChange(Number(event.target.value) as ChangedSince)}>
      {CHANGED_SINCE.map((days) => (
        <option key={days} value={days}>
          {t(`historyViews.changedSince.d${days}`)}
        </option>
      ))}
    </select>
  );
}
