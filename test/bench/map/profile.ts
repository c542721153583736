import { withBenchPage } from './page';

/**
 * Where the map's time goes: a CPU profile (Chromium's sampling profiler over CDP) of one draw or of zoom
 * steps, on ours or a bare graph, summed by function (self time). For deciding what to make cheaper.
 *
 *   WHAT=ours|bare|styled STEP=draw|zoom PEOPLE=2000 node --import tsx test/bench/map/profile.ts
 *
 * INCL=1 sums inclusive time instead of self time; CALLERS=drawImage sums that function's self time by its
 * callers (three deep); TOP=n prints n lines (40).
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const people = Number(process.env.PEOPLE ?? 2000);
const what = process.env.WHAT ?? 'ours';
const step = process.env.STEP ?? 'draw';
await withBenchPage(
  async (page) => {
    const show = (): Promise<number> =>
      page.evaluate(
        ([size, kind]) => {
          const bench = (globalThis as unknown as { __mapBench: Record<string, (v: unknown) => Promise<number>> }).__mapBench;
          return kind === 'ours' ? bench.showOurs!({ people: size }) : bench.showBare!({ people: size, styled: kind === 'styled' });
        },
        [people, what] as const,
      );
    const zoom = (index: number): Promise<number> =>
      page.evaluate(
        ([i, bare]) => {
          const bench = (globalThis as unknown as { __mapBench: Record<string, (v: unknown) => Promise<number>> }).__mapBench;
          return bench.zoomOnce!({ index: i, bare });
        },
        [index, what !== 'ours'] as const,
      );
    await show();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const times: number[] = [];
    if (step === 'draw') times.push(await show());
    else for (let i = 0; i < 8; i += 1) times.push(await zoom(i));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    if (process.env.SAVE) (await import('node:fs')).writeFileSync(process.env.SAVE, JSON.stringify(profile));
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      if (!node) return;
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anon)'} ${url.split('/').pop()}:${lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    // Inclusive time: a node's own samples plus its subtree's, summed per function (counted once per stack).
    const nodeSelf = new Map<number, number>();
    profile.samples.forEach((id, i) => nodeSelf.set(id, (nodeSelf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const inclusive = new Map<string, number>();
    const walk = (id: number, open: Set<string>): number => {
      const node = byId.get(id);
      if (!node) return 0;
      const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
      const fresh = !open.has(key);
      if (fresh) open.add(key);
      let t = nodeSelf.get(id) ?? 0;
      for (const child of node.children ?? []) t += walk(child, open);
      if (fresh) {
        open.delete(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + t);
      }
      return t;
    };
    walk(profile.nodes[0]!.id, new Set());
    if (process.env.INCL) {
      self.clear();
      for (const [k, v] of inclusive) self.set(k, v);
    }
    if (process.env.CALLERS) {
      // Self time of the named function, summed by its callers' chains (three deep).
      const parent = new Map<number, ProfileNode>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
      const name = (n: ProfileNode | undefined): string => (n ? `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}` : '-');
      self.clear();
      for (const node of profile.nodes) {
        if (node.callFrame.functionName !== process.env.CALLERS) continue;
        const p1 = parent.get(node.id);
        const p2 = p1 && parent.get(p1.id);
        const p3 = p2 && parent.get(p2.id);
        const key = `${name(p1)} < ${name(p2)} < ${name(p3)}`;
        self.set(key, (self.get(key) ?? 0) + (nodeSelf.get(node.id) ?? 0));
      }
    }
    const total = [...nodeSelf.values()].reduce((a, b) => a + b, 0);
    console.log(`${what} ${step} at ${people}: ${times.map((t) => t.toFixed(0)).join(', ')} ms; profiled ${total.toFixed(0)} ms`);
    for (const [key, t] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(`${t.toFixed(1).padStart(8)} ms  ${key}`);
  },
  { minify: false },
);
