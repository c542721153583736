import type { Page } from '@playwright/test';
import { withBenchPage } from './page';
import { percentile } from '../stats';

/** The parts of the page's window.__mapBench used here (test/bench/map/main.tsx; its JSX is not type-checked with Node's code). */
interface StyleOverride {
  selector: string;
  style: Record<string, string | number>;
}
interface EditTiming {
  update: number;
  paint: number;
}
interface PairBench {
  showEditPair(options: { people: number; bareStyled?: boolean; bareStyleExtra?: StyleOverride[] }): Promise<void>;
  editOnce(index: number): Promise<EditTiming>;
  bareEditOnce(index: number): Promise<EditTiming>;
}

/**
 * What parts of the stylesheet cost the repaint after one edit: the bare graph of the edit pair is drawn
 * with our stylesheet plus one override at a time (or Cytoscape's default stylesheet), and its repaint
 * after one changed node is compared with our map's, measured alternately in the same run. Not part of
 * `npm run bench`; for deciding where a repaint's time goes (PEOPLE=2000 by default).
 *
 *   node --import tsx test/bench/map/repaint-costs.ts
 */

interface Variant {
  name: string;
  bareStyled?: boolean;
  bareStyleExtra?: StyleOverride[];
}

const EDGE = 'edge';
const VARIANTS: Variant[] = [
  { name: 'our stylesheet' },
  { name: "Cytoscape's default stylesheet", bareStyled: false },
  { name: 'no edges', bareStyleExtra: [{ selector: EDGE, style: { display: 'none' } }] },
  { name: 'solid edges (no dashes, dots)', bareStyleExtra: [{ selector: EDGE, style: { 'line-style': 'solid' } }] },
  {
    name: 'no arrowheads',
    bareStyleExtra: [{ selector: EDGE, style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'none', 'mid-target-arrow-shape': 'none' } }],
  },
  { name: 'no line outline', bareStyleExtra: [{ selector: EDGE, style: { 'line-outline-width': 0 } }] },
  { name: 'edges opaque', bareStyleExtra: [{ selector: EDGE, style: { opacity: 1 } }] },
  { name: 'no person icons', bareStyleExtra: [{ selector: 'node.person', style: { 'background-image': 'none' } }] },
  { name: 'no labels', bareStyleExtra: [{ selector: 'node', style: { label: '' } }] },
  { name: 'no bands', bareStyleExtra: [{ selector: 'node.band', style: { display: 'none' } }] },
];
const EDITS = 12;
const WARM_UP = 2;

async function measure(page: Page, people: number, variant: Variant): Promise<{ ours: number[]; bare: number[] }> {
  return page.evaluate(
    async ([size, options, count, warmUp]) => {
      const bench = (globalThis as unknown as { __mapBench: PairBench }).__mapBench;
      await bench.showEditPair({ people: size, ...options });
      const ours: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < warmUp + count; i += 1) {
        const a = await bench.editOnce(i * 7);
        const b = await bench.bareEditOnce(i * 7);
        if (i < warmUp) continue;
        ours.push(a.paint);
        bare.push(b.update + b.paint);
      }
      return { ours, bare };
    },
    [people, { bareStyled: variant.bareStyled, bareStyleExtra: variant.bareStyleExtra }, EDITS, WARM_UP] as const,
  );
}

const people = Number(process.env.PEOPLE ?? 2000);
await withBenchPage(async (page) => {
  const rows: Record<string, string>[] = [];
  for (const variant of VARIANTS) {
    const { ours, bare } = await measure(page, people, variant);
    rows.push({
      bare: variant.name,
      'bare repaint p50': `${percentile(bare, 50).toFixed(1)} ms`,
      'ours (reference) p50': `${percentile(ours, 50).toFixed(1)} ms`,
      'bare/ours': (percentile(bare, 50) / percentile(ours, 50)).toFixed(2),
    });
  }
  console.log(`One edit's repaint at ${people} people: bare Cytoscape with our stylesheet and one change, vs our map`);
  console.table(rows);
});
