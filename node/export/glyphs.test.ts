import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../shared/demo';
import { buildScene, sceneToSvg } from '../../shared/visual';
import { findCjkBoldFont, findCjkFont } from './fonts';
import { outlineTexts, systemOutlineFonts } from './glyphs';

const fonts = systemOutlineFonts();
if (fonts === null) console.log('SKIPPED: no CJK font on this system (install fonts-noto-cjk): the glyph outline tests did not run.');

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120" viewBox="0 0 320 120">
<rect width="320" height="120" fill="#ffffff"/>
<text x="160" y="40" font-size="14" font-weight="700" fill="#1b2230" text-anchor="middle">东湖大学 Eastlake University</text>
<text x="10" y="70" font-size="12" fill="#5d6676">Influence (size): 1 low … 5 high</text>
<text x="310" y="100" font-size="11" fill="#2f5fd0" text-anchor="end" opacity="0.8">王建国 &#60;CIO&#62; &#38; Co.</text>
</svg>`;

/** Share of pixel channels that differ by more than a rounding step between two renderings. */
function differingShare(a: Buffer, b: Buffer): number {
  let differing = 0;
  for (let i = 0; i < a.length; i += 1) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > 8) differing += 1;
  return differing / a.length;
}

describe.runIf(fonts !== null)('words drawn as glyph outlines', () => {
  it('turns every label into outlines, leaving no text for the rasteriser to shape', () => {
    const { svg, textsLeft } = outlineTexts(SVG, fonts!);
    expect(textsLeft).toBe(0);
    expect(svg).not.toContain('<text');
    expect(svg.match(/<g fill="#2f5fd0" opacity="0.8">/g)).toHaveLength(1);
    expect(svg.match(/<use /g)?.length).toBeGreaterThan(40);
  });

  it('looks like resvg drawing the same words from the same font, at 1x and at 4x', () => {
    const { svg } = outlineTexts(SVG, fonts!);
    for (const zoom of [1, 4]) {
      const options = { fitTo: { mode: 'zoom' as const, value: zoom }, shapeRendering: 2 as const, textRendering: 1 as const };
      const asText = new Resvg(SVG, { ...options, font: { loadSystemFonts: false, fontFiles: [findCjkFont(), findCjkBoldFont()].flatMap((font) => (font ? [font.path] : [])), defaultFontFamily: 'Noto Sans CJK SC' } }).render();
      const asOutlines = new Resvg(svg, { ...options, font: { loadSystemFonts: false } }).render();
      const blank = new Resvg(SVG.replace(/<text[^>]*>[^<]*<\/text>/g, ''), options).render();
      // The words are there (unlike a blank page), and drawn where and how resvg draws them.
      expect(differingShare(asOutlines.pixels, blank.pixels)).toBeGreaterThan(0.01);
      expect(differingShare(asOutlines.pixels, asText.pixels)).toBeLessThan(0.0005);
    }
  }, 60_000);

  it('leaves a label whose character the font lacks as text, for the system fonts to draw', () => {
    const { svg, textsLeft } = outlineTexts(SVG.replace('Eastlake', 'Eastlake \u{1F600}'), fonts!);
    expect(textsLeft).toBe(1);
    expect(svg).toContain('Eastlake \u{1F600} University</text>');
  });

  it('draws the whole demo map (English and Chinese) as outlines', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const scene = buildScene(buildDemoAccount(locale, '2026-11-22'), { theme: 'light', locale, background: 'white', legend: true, subtitle: '2026-11-22' });
      expect(outlineTexts(sceneToSvg(scene), fonts!).textsLeft).toBe(0);
    }
  });
});
