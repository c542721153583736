import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCjkFont } from './fonts';
import { svgToPdf } from './pdf';
import { budgetedScale, MAX_PNG_SIDE, PNG_PIXEL_BUDGET, svgToPng } from './png';

const SIZE = { width: 320, height: 160 };
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160" viewBox="0 0 320 160">
  <rect width="320" height="160" fill="#ffffff"/>
  <circle cx="60" cy="70" r="34" fill="#5cc98a"/>
  <text x="60" y="140" text-anchor="middle" font-family="sans-serif" font-size="14">王建国 Wang Jianguo</text>
  <text x="170" y="40" font-family="sans-serif" font-size="16" font-weight="700">东湖大学 Eastlake University</text>
</svg>`;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('svgToPng', () => {
  it.each([1, 2, 4] as const)('draws the picture at %ix, with exactly the scaled size', async (scale) => {
    const { png, width, height } = await svgToPng(SVG, SIZE, scale);
    expect({ width, height }).toEqual({ width: 320 * scale, height: 160 * scale });
    expect(pngSize(png)).toEqual({ width: 320 * scale, height: 160 * scale });
  });

  it('draws a map past the pixel budget at the largest scale within it, and says which', async () => {
    const budget = 320 * 160 * 4; // room for 2x, not 4x
    const { png, width, height, scale } = await svgToPng(SVG, SIZE, 4, { budget });
    expect(scale).toBe(2);
    expect({ width, height }).toEqual({ width: 640, height: 320 });
    expect(pngSize(png)).toEqual({ width: 640, height: 320 });
  });

  it('keeps a 4x of a demo-sized map whole, and holds a 300-person map at 4x to the budget, never below 1x', () => {
    expect(budgetedScale({ width: 1692, height: 1118 }, 4)).toBe(4);
    const big = { width: 4452, height: 2990 };
    const scale = budgetedScale(big, 4);
    expect(scale).toBeGreaterThan(1.5);
    expect(big.width * big.height * scale * scale).toBeLessThanOrEqual(PNG_PIXEL_BUDGET);
    expect(budgetedScale({ width: 9000, height: 9000 }, 4)).toBe(1);
  });

  it('refuses a map too large for the scale, with a message, instead of an empty image', async () => {
    const side = MAX_PNG_SIDE / 2 + 10;
    await expect(svgToPng(SVG.replace('width="320" height="160"', `width="${side}" height="100"`), { width: side, height: 100 }, 2)).rejects.toThrow(
      /too large for a 2x image .* Choose a smaller scale, or export SVG or PDF/,
    );
  });
});

describe('svgToPdf', () => {
  const cjk = findCjkFont();
  // Chinese text needs a CJK font on the system: CI installs fonts-noto-cjk; without one the test says so.
  it.runIf(cjk !== null)('writes one page of vectors whose text (Chinese and Latin) can be found and copied', async () => {
    const pdf = await svgToPdf(SVG, SIZE, { title: 'Eastlake University' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'power-map-pdf-'));
    try {
      writeFileSync(join(dir, 'map.pdf'), pdf);
      const text = execFileSync('pdftotext', [join(dir, 'map.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('东湖大学 Eastlake University');
      expect(text).toContain('王建国 Wang Jianguo');
      const info = execFileSync('pdfinfo', [join(dir, 'map.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+Eastlake University/);
      expect(info).toMatch(/Pages:\s+1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('still writes Latin text when the system has no CJK font', async () => {
    const pdf = await svgToPdf(SVG, SIZE, { title: 'x', font: null, boldFont: null });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(500);
  });
});

if (findCjkFont() === null) console.log('SKIPPED: no CJK font on this system (install fonts-noto-cjk): the Chinese PDF text test did not run.');

