import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';

/** Reading a written deck back, for the tests: its slides' XML and text, and LibreOffice's PDF of it. */

/** Each slide's XML, in the deck's order. */
export async function slidesOf(pptx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx);
  const number = (path: string) => Number(/slide(\d+)\.xml$/.exec(path)![1]);
  const paths = Object.keys(zip.files)
    .filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    .sort((a, b) => number(a) - number(b));
  return Promise.all(paths.map((path) => zip.file(path)!.async('string')));
}

export const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text runs of a slide, in order. */
export const textsOf = (slideXml: string) => [...slideXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]!));
/** The cells of each table row on a slide. */
export const tableRows = (slideXml: string) => [...slideXml.matchAll(/<a:tr[ >][\s\S]*?<\/a:tr>/g)].map((row) => [...row[0].matchAll(/<a:tc>[\s\S]*?<\/a:tc>/g)].map((cell) => textsOf(cell[0]).join('')));

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Converts decks (`<dir>/<name>.pptx`) to PDF with LibreOffice, in one run with a profile of its own
 * (another LibreOffice running on the machine would otherwise take the conversion over, or refuse it).
 */
export function toPdf(dir: string, names: readonly string[]) {
  const profile = join(dir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((name) => join(dir, `${name}.pptx`))], {
    timeout: 240_000,
    stdio: 'ignore',
  });
}

export const pdfPages = (dir: string, name: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' }))![1]);
export const pdfPageText = (dir: string, name: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
