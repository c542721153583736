import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { buildScene, sceneToSvg } from '../../shared/visual';
import { ExportCancelled } from './cancel';
import { outlineTexts, systemOutlineFonts } from './glyphs';
import { svgToPng } from './png';
import { bandSvg, splitRows } from './png-bands';
import { decodePng } from './testing/decode-png';

/** A colour channel as it shows over any background: weighted by its pixel's alpha. */
const shown = (rgba: Buffer, i: number) => (i % 4 === 3 ? (rgba[i] as number) : ((rgba[i] as number) * (rgba[i - (i % 4) + 3] as number)) / 255);

/**
 * How two decoded images differ as seen: the share of bytes that differ, and by how much at most
 * (colours weighted by alpha, as a pixel of alpha 1 may take any colour without showing it).
 */
function difference(a: Buffer, b: Buffer) {
  expect(a.length).toBe(b.length);
  let differing = 0;
  let largest = 0;
  for (let i = 0; i < a.length; i += 1) {
    const d = Math.abs(shown(a, i) - shown(b, i));
    if (d > 0) differing += 1;
    largest = Math.max(largest, d);
  }
  return { share: differing / a.length, largest };
}

describe('splitRows', () => {
  it('cuts an image into two bands that meet on a whole row, and leaves a small one whole', () => {
    expect(splitRows(4635)).toEqual([
      { top: 0, rows: 2318 },
      { top: 2318, rows: 2317 },
    ]);
    expect(splitRows(100)).toEqual([{ top: 0, rows: 100 }]);
  });
});

describe('bandSvg', () => {
  it('cuts the root to the band: device pixels wide and tall, the viewBox to its slice of the drawing', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" font-family="x"><rect/></svg>';
    expect(bandSvg(svg, { width: 800, height: 400 }, { top: 200, rows: 200 })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" font-family="x" width="800" height="200" viewBox="0 50 200 50" preserveAspectRatio="none"><rect/></svg>',
    );
  });
});

describe('svgToPng in bands', () => {
  const demo = buildDemoAccount('zh-CN', '2026-11-22');

  it.each(['white', 'transparent'] as const)('draws the demo map (%s page) in two bands that join into the single drawing', async (background) => {
    const scene = buildScene(demo, { theme: 'light', locale: 'zh-CN', background, legend: true, subtitle: '2026-11-22' });
    const svg = sceneToSvg(scene);
    const [banded, whole] = await Promise.all([svgToPng(svg, scene, 1, { bands: 2 }), svgToPng(svg, scene, 1, { bands: 1 })]);
    const a = decodePng(banded.png);
    const b = decodePng(whole.png);
    expect({ width: a.width, height: a.height }).toEqual({ width: scene.width, height: scene.height });
    // Lines crossing the seam may round their anti-aliasing differently; nothing else differs.
    const { share, largest } = difference(a.rgba, b.rgba);
    expect(share).toBeLessThan(0.0005);
    expect(largest).toBeLessThan(64);
    expect(a.rgba.subarray(0, 4 * scene.width).equals(b.rgba.subarray(0, 4 * scene.width))).toBe(true);
  }, 30_000);

  it('draws the very pixels resvg draws of the whole map at an integer scale, colours demultiplied', async () => {
    const scene = buildScene(demo, { theme: 'light', locale: 'zh-CN', background: 'white', legend: true, subtitle: '2026-11-22' });
    const svg = sceneToSvg(scene);
    const single = await svgToPng(svg, scene, 2, { bands: 1 });
    const outlined = outlineTexts(svg, systemOutlineFonts() ?? expect.fail('no CJK font')).svg;
    const reference = new Resvg(outlined, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false }, shapeRendering: 2, textRendering: 1 }).render();
    // An opaque page: premultiplied and straight colours are the same bytes.
    expect(decodePng(single.png).rgba.equals(reference.pixels)).toBe(true);
  }, 30_000);

  it('stops when cancelled, before drawing', async () => {
    const scene = buildScene(demo, { theme: 'light', locale: 'zh-CN', background: 'white', legend: true, subtitle: '2026-11-22' });
    const controller = new AbortController();
    const drawing = svgToPng(sceneToSvg(scene), scene, 4, { signal: controller.signal });
    controller.abort();
    await expect(drawing).rejects.toBeInstanceOf(ExportCancelled);
  });

  it('draws the same band from a cut SVG as from the whole (the seam sits on a whole row)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20" viewBox="0 0 30 20"><rect x="3" y="3" width="24" height="14" fill="#2f5fd0"/></svg>';
    const bottom = new Resvg(bandSvg(svg, { width: 90, height: 60 }, { top: 30, rows: 30 })).render();
    const whole = new Resvg(svg, { fitTo: { mode: 'zoom', value: 3 } }).render();
    expect(bottom.pixels.equals(whole.pixels.subarray(90 * 4 * 30))).toBe(true);
  });
});
