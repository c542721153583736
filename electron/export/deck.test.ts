import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis';
import { buildDemoAccount } from '../../shared/demo';
import { buildDeck, type DeckOptions } from './deck';

const DAY = '2026-11-22';
const demo = (locale: 'en' | 'zh-CN' = 'en') => {
  const data = buildDemoAccount(locale, DAY);
  return { data, analysis: analyze(data, { today: DAY }) };
};
const OPTIONS: DeckOptions = { locale: 'en', editable: false, includePrivate: false, today: DAY };

const dir = mkdtempSync(join(tmpdir(), 'power-map-deck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every XML part of the .pptx, as one string (the slides, their shape names and text). */
function pptxXml(pptx: Buffer, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, pptx);
  return execFileSync('unzip', ['-p', path, 'ppt/slides/*.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const slideCount = (xml: string) => (xml.match(/<p:sld[ >]/g) ?? []).length;
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice) console.log('SKIPPED: LibreOffice (soffice) is not installed: the deck was not opened by a real reader.');

describe('the account deck', () => {
  it('has a title, map, findings and people slide, in 16:9', async () => {
    const deck = await buildDeck([demo()], OPTIONS);
    const xml = pptxXml(deck, 'image.pptx');
    expect(slideCount(xml)).toBe(5); // 17 people: the table continues on a second slide
    expect(xml).toContain('Eastlake University');
    expect(xml).toContain('What to do');
    const presentation = execFileSync('unzip', ['-p', join(dir, 'image.pptx'), 'ppt/presentation.xml'], { encoding: 'utf8' });
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  }, 60_000);

  it('draws the map with native shapes named after the people when editable', async () => {
    const { data, analysis } = demo();
    const xml = pptxXml(await buildDeck([{ data, analysis }], { ...OPTIONS, editable: true }), 'editable.pptx');
    for (const person of data.people) expect(xml, person.name).toContain(`name="${person.name}"`);
    expect((xml.match(/<p:cxnSp>|prstGeom prst="line"/g) ?? []).length).toBeGreaterThanOrEqual(data.links.length);
    expect(xml).not.toContain('<p:pic>');
  });

  it('leaves private notes and contact details out unless asked for', async () => {
    const { data, analysis } = demo();
    const secrets = data.people.flatMap((p) => [p.privateNotes, p.contact]).filter((text) => text.length > 6);
    const shown = (xml: string) => secrets.filter((secret) => xml.includes(secret.slice(0, 20).replace(/&/g, '&amp;')));
    expect(shown(pptxXml(await buildDeck([{ data, analysis }], { ...OPTIONS, editable: true }), 'private-off.pptx'))).toEqual([]);
    expect(shown(pptxXml(await buildDeck([{ data, analysis }], { ...OPTIONS, editable: true, includePrivate: true }), 'private-on.pptx')).length).toBeGreaterThan(0);
  });

  it('builds one portfolio deck for several accounts, with an overview first', async () => {
    const second = demo('en');
    second.data = { ...second.data, account: { ...second.data.account, name: 'Second account' } };
    const deck = await buildDeck([demo('en'), second], { ...OPTIONS, editable: true });
    const xml = pptxXml(deck, 'portfolio.pptx');
    expect(slideCount(xml)).toBe(1 + 2 * 5);
    expect(xml).toContain('Account portfolio');
    expect(xml).toContain('Second account');
  });

  it('reports progress slide by slide, so a long export can show it and be cancelled', async () => {
    const seen: string[] = [];
    await buildDeck([demo()], { ...OPTIONS, editable: true, onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/4', '2/4', '3/4', '4/4']);
    await expect(
      buildDeck([demo()], {
        ...OPTIONS,
        onProgress: () => {
          throw new Error('cancelled');
        },
      }),
    ).rejects.toThrow('cancelled');
  });

  it.runIf(hasSoffice)('opens in LibreOffice: converted to PDF it has every slide, in Chinese too', async () => {
    for (const [name, locale, editable] of [['deck-en', 'en', false], ['deck-zh', 'zh-CN', true]] as const) {
      writeFileSync(join(dir, `${name}.pptx`), await buildDeck([demo(locale)], { ...OPTIONS, locale, editable }));
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${name}.pptx`)], { timeout: 120_000, stdio: 'ignore' });
      const info = execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+5/);
      execFileSync('pdftoppm', ['-png', '-r', '40', join(dir, `${name}.pdf`), join(dir, name)]);
      expect(readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))).toHaveLength(5);
    }
    const text = execFileSync('pdftotext', [join(dir, 'deck-zh.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('东湖大学');
    expect(text).toContain('行动建议');
  }, 240_000);
});
