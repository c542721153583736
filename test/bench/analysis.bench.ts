import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, compareAnalyses } from '../../shared/analysis';
import { createStore } from '../../node/db';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createFakePorts } from '../../electron/main/ipc/testing/fake-ports';
import { syntheticAccount } from '../support/synthetic-account';
import { median, ms, percentile, table, timeEach } from './stats';

const TODAY = '2026-11-22';

/**
 * Every rule of DOMAIN.md over one account, at growing sizes, so the growth can be read off (the
 * `per person` column stays flat when the time is linear). Targets: 300 people < 10 ms, 2,000 < 100 ms.
 */
export function benchRules(sizes: readonly number[] = [50, 300, 1000, 2000, 4000]): Record<string, string | number>[] {
  return sizes.map((size) => {
    const data = syntheticAccount(size);
    timeEach(5, () => analyze(data, { today: TODAY }));
    const samples = timeEach(size > 1000 ? 20 : 60, () => analyze(data, { today: TODAY }));
    const p50 = median(samples);
    return { people: size, links: data.links.length, 'all rules p50': ms(p50, 2), 'p95': ms(percentile(samples, 95), 2), 'µs per person': ((p50 * 1000) / size).toFixed(2) };
  });
}

/**
 * What-if on a 300-person account: mark the best-connected person gone, recompute every rule and compare
 * with the analysis as it is (what the panel shows). Target: < 10 ms.
 */
export function benchWhatIf(size = 300): Record<string, string | number>[] {
  const data = syntheticAccount(size);
  const before = analyze(data, { today: TODAY });
  const degree = new Map<string, number>();
  for (const link of data.links) for (const end of [link.from, link.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const hub = data.people.reduce((best, p) => ((degree.get(p.id) ?? 0) > (degree.get(best.id) ?? 0) ? p : best));
  const toggle = () => compareAnalyses(before, analyze(data, { today: TODAY, goneIds: [hub.id] }));
  timeEach(5, toggle);
  const samples = timeEach(60, toggle);
  return [{ people: size, 'what-if toggle p50': ms(median(samples), 2), p95: ms(percentile(samples, 95), 2) }];
}

/**
 * The portfolio of 200 accounts of 50 people: the rules alone, and the whole portfolio.list request
 * (reading every account from SQLite, then the rules). Target: < 500 ms.
 */
export async function benchPortfolio(accounts = 200, people = 50): Promise<Record<string, string | number>[]> {
  const all = Array.from({ length: accounts }, (_, i) => syntheticAccount(people, i + 1, `portfolio-${i}`));
  const rulesOnly = () => all.forEach((data) => analyze(data, { today: TODAY }));
  rulesOnly();
  const rules = timeEach(5, rulesOnly);

  const dir = mkdtempSync(join(tmpdir(), 'power-map-bench-'));
  const store = createStore(join(dir, 'portfolio.sqlite3'));
  for (const data of all) store.importAccount(data);
  const ports = createFakePorts();
  ports.today = () => TODAY;
  const handlers = createHandlers(store, ports);
  const request = async () => {
    const start = performance.now();
    const rows = await handlers['portfolio.list']({});
    if (!rows.ok || rows.value.length !== accounts) throw new Error('portfolio.list failed');
    return performance.now() - start;
  };
  await request();
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) samples.push(await request());
  const reads = timeEach(5, () => store.allAccounts());
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      accounts,
      'people each': people,
      'rules only p50': ms(median(rules), 1),
      'reading all p50': ms(median(reads), 1),
      'portfolio.list p50': ms(median(samples), 1),
    },
  ];
}

export async function runAnalysisBench(): Promise<void> {
  console.log('\nAnalysis: all ten rules per account (targets: 300 people < 10 ms, 2,000 < 100 ms)');
  table(benchRules());
  console.log('What-if toggle on a 300-person account: recompute and compare (target < 10 ms)');
  table(benchWhatIf());
  console.log('Portfolio of 200 accounts x 50 people (target < 500 ms)');
  table(await benchPortfolio());
}

if (import.meta.url === `file://${process.argv[1]}`) await runAnalysisBench();
