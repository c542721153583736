import { mainThreadClock, withBenchPage } from './page';

/**
 * A quick look at first paint only: ours, bare (i) and bare styled (ii) alternating, ROUNDS rounds after one
 * warm-up, at each size given; medians and ratios, of the wall clock and of the page's main-thread CPU time
 * (Chromium's TaskDuration counted in thread time, which a busy machine disturbs far less), and the least
 * of each. For trying a change before the full bench.
 *
 *   ROUNDS=3 node --import tsx test/bench/map/ratio.ts 300 2000
 */

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rounds = Number(process.env.ROUNDS ?? 3);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

await withBenchPage(async (page) => {
  const show = (people: number, what: string): Promise<number> =>
    page.evaluate(
      ([size, kind]) => {
        const bench = (globalThis as unknown as { __mapBench: Record<string, (v: unknown) => Promise<number>> }).__mapBench;
        return kind === 'ours' ? bench.showOurs!({ people: size }) : bench.showBare!({ people: size, styled: kind === 'styled' });
      },
      [people, what] as const,
    );
  const taskSeconds = await mainThreadClock(page);
  for (const people of sizes.length > 0 ? sizes : [300, 2000]) {
    const wall: Record<string, number[]> = { bare: [], styled: [], ours: [] };
    const cpu: Record<string, number[]> = { bare: [], styled: [], ours: [] };
    for (let round = 0; round <= rounds; round += 1) {
      for (const what of ['bare', 'styled', 'ours']) {
        const before = await taskSeconds();
        const t = await show(people, what);
        const spent = ((await taskSeconds()) - before) * 1000;
        if (round > 0) {
          wall[what]!.push(t);
          cpu[what]!.push(spent);
        }
      }
    }
    for (const [name, times] of [['wall', wall], ['cpu', cpu]] as const) {
      const [b, s, o] = [median(times.bare!), median(times.styled!), median(times.ours!)];
      console.log(`${people} ${name}: ours ${o.toFixed(0)} ms, bare (i) ${b.toFixed(0)} ms, styled (ii) ${s.toFixed(0)} ms; ours/(i) ${(o / b).toFixed(2)}, ours/(ii) ${(o / s).toFixed(2)}`);
      // The least of each: on a loaded machine the figure other work disturbed least.
      const [bMin, sMin, oMin] = [Math.min(...times.bare!), Math.min(...times.styled!), Math.min(...times.ours!)];
      console.log(`${people} ${name} min: ours ${oMin.toFixed(0)} ms, bare (i) ${bMin.toFixed(0)} ms, styled (ii) ${sMin.toFixed(0)} ms; ours/(i) ${(oMin / bMin).toFixed(2)}, ours/(ii) ${(oMin / sMin).toFixed(2)}`);
    }
  }
});
