import { mainThreadClock, withBenchPage } from './page';

/**
 * What parts of the stylesheet cost a first paint: bare Cytoscape drawn with our stylesheet (with the level
 * of detail's classes our map carries at fit, main.tsx) plus one override at a time, beside Cytoscape's
 * default stylesheet and our own map, alternating round by round. Main-thread CPU time (Chromium's
 * TaskDuration in thread time): medians with their ratio to the default stylesheet, and the least of each
 * (what other work on a loaded machine disturbed least). ONLY=regexp picks variants by name. Not part of
 * `npm run bench`; for deciding where a first paint's time goes.
 *
 *   ROUNDS=4 node --import tsx test/bench/map/draw-costs.ts 300 2000
 */

interface StyleOverride {
  selector: string;
  style: Record<string, string | number>;
}
interface Variant {
  name: string;
  ours?: boolean;
  styled?: boolean;
  extra?: StyleOverride[];
  addClasses?: { person?: string; link?: string };
  asAtFit?: boolean;
  directDraw?: boolean;
}

/** Overrides taken away one after another, to see what is left once each is gone. */
const STRIP: StyleOverride[] = [
  { selector: 'node.person', style: { label: '' } },
  { selector: 'node', style: { label: '' } },
  { selector: 'edge', style: { display: 'none' } },
  { selector: 'node.band', style: { display: 'none' } },
  { selector: 'node', style: { 'border-width': 0 } },
  { selector: 'node', style: { 'background-image': 'none' } },
];

/** The role shapes without their rounded corners. */
const PLAIN_SHAPES: StyleOverride[] = [
  { selector: 'node.shape-decisionMaker', style: { shape: 'diamond' } },
  { selector: 'node.shape-coach', style: { shape: 'tag' } },
  { selector: 'node.shape-influencer', style: { shape: 'hexagon' } },
  { selector: 'node.shape-user', style: { shape: 'rectangle' } },
];

const VARIANTS: Variant[] = [
  { name: 'default stylesheet (i)', styled: false },
  { name: 'ours', ours: true },
  { name: 'our stylesheet (ii)', styled: true },
  { name: 'no detail shown', styled: true, asAtFit: false },
  {
    name: 'every detail shown',
    styled: true,
    asAtFit: false,
    addClasses: { person: 'lod-names lod-key-names lod-images', link: 'lod-near' },
  },
  { name: 'without element textures', styled: true, directDraw: true },
  { name: 'blank image drawn', styled: true, extra: [{ selector: 'node', style: { 'background-width': 'auto' } }] },
  { name: 'no blank image', styled: true, extra: [{ selector: 'node', style: { 'background-image': 'none' } }] },
  { name: 'no dashed borders', styled: true, extra: [{ selector: 'node', style: { 'border-style': 'solid' } }] },
  { name: 'person ellipse', styled: true, extra: [{ selector: 'node.person', style: { shape: 'ellipse' } }] },
  { name: 'no text plates', styled: true, extra: [{ selector: 'node', style: { 'text-background-opacity': 0 } }] },
  { name: 'no text wrap', styled: true, extra: [{ selector: 'node', style: { 'text-wrap': 'none' } }] },
  { name: 'no labels', styled: true, extra: [{ selector: 'node', style: { label: '' } }] },
  { name: 'no bands', styled: true, extra: [{ selector: 'node.band', style: { display: 'none' } }] },
  { name: 'no edges', styled: true, extra: [{ selector: 'edge', style: { display: 'none' } }] },
  { name: 'no person labels', styled: true, extra: [{ selector: 'node.person', style: { label: '' } }] },
  { name: 'no borders', styled: true, extra: [{ selector: 'node', style: { 'border-width': 0 } }] },
  { name: 'solid links', styled: true, extra: [{ selector: 'edge', style: { 'line-style': 'solid' } }] },
  { name: 'opaque links', styled: true, extra: [{ selector: 'edge', style: { opacity: 1 } }] },
  { name: 'square plates', styled: true, extra: [{ selector: 'node', style: { 'text-background-shape': 'rectangle' } }] },
  { name: 'normal weight', styled: true, extra: [{ selector: 'node', style: { 'font-weight': 'normal' } }] },
  { name: 'plain font', styled: true, extra: [{ selector: 'node', style: { 'font-family': 'sans-serif' } }] },
  { name: 'border centred', styled: true, extra: [{ selector: 'node', style: { 'border-position': 'center' } }] },
  { name: 'no band labels', styled: true, extra: [{ selector: 'node.band-label, node.department-label', style: { label: '' } }] },
  { name: 'plain shapes', styled: true, extra: PLAIN_SHAPES },
  { name: 'plain shapes, border centred', styled: true, extra: [...PLAIN_SHAPES, { selector: 'node.person', style: { 'border-position': 'center' } }] },
  { name: 'strip: no person labels', styled: true, extra: STRIP.slice(0, 1) },
  { name: 'strip: + no labels', styled: true, extra: STRIP.slice(0, 2) },
  { name: 'strip: + no edges', styled: true, extra: STRIP.slice(0, 3) },
  { name: 'strip: + no bands', styled: true, extra: STRIP.slice(0, 4) },
  { name: 'strip: + no borders', styled: true, extra: STRIP.slice(0, 5) },
  { name: 'strip: + no blank image', styled: true, extra: STRIP.slice(0, 6) },
];

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const rounds = Number(process.env.ROUNDS ?? 3);
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
const variants = VARIANTS.filter((v) => v.styled === false || !only || only.test(v.name));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

await withBenchPage(async (page) => {
  const taskSeconds = await mainThreadClock(page);
  for (const people of sizes.length > 0 ? sizes : [300, 2000]) {
    const cpu = new Map<string, number[]>(variants.map((v) => [v.name, []]));
    for (let round = 0; round <= rounds; round += 1) {
      for (const variant of variants) {
        const before = await taskSeconds();
        await page.evaluate(
          ([size, v]) => {
            const bench = (globalThis as unknown as { __mapBench: Record<string, (o: unknown) => Promise<number>> }).__mapBench;
            return v.ours ? bench.showOurs!({ people: size }) : bench.showBare!({ people: size, styled: v.styled, extra: v.extra ?? [], addClasses: v.addClasses ?? {}, asAtFit: v.asAtFit ?? true, directDraw: v.directDraw ?? false });
          },
          [people, variant] as const,
        );
        const spent = ((await taskSeconds()) - before) * 1000;
        if (round > 0) cpu.get(variant.name)!.push(spent);
      }
    }
    const reference = median(cpu.get(variants[0]!.name)!);
    for (const variant of variants) {
      const m = median(cpu.get(variant.name)!);
      const least = Math.min(...cpu.get(variant.name)!);
      console.log(`${people} ${variant.name.padEnd(28)} cpu median ${m.toFixed(0).padStart(6)} ms x${(m / reference).toFixed(2)}, least ${least.toFixed(0).padStart(6)} ms`);
    }
  }
});
