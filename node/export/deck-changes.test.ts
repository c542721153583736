import { mkdirSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis';
import { buildDemoAccount } from '../../shared/demo';
import { newPerson } from '../../shared/edit/defaults';
import { compareAccounts } from '../../shared/history/compare';
import type { AccountData } from '../../shared/model';
import { buildDeck, type DeckOptions } from './deck';

/** Issue 12: the deck's optional "What changed since <snapshot>" slide, in English and 简体中文. */

const DAY = '2026-11-22';
const SNAPSHOT_DAY = '2026-09-30';
const OPTIONS: DeckOptions = { locale: 'en', editable: false, includePrivate: false, today: DAY };

function versions(locale: 'en' | 'zh-CN'): { before: AccountData; after: AccountData } {
  const before = buildDemoAccount(locale, DAY);
  const cloud = before.competitors[0]!;
  const after: AccountData = {
    ...before,
    people: [
      ...before.people
        .filter((p) => p.id !== 'demo-p-helpdesk-operator')
        .map((p) =>
          p.id === 'demo-p-appdev-chief'
            ? { ...p, status: 'left' as const, statusSince: '2026-11-20', leftToCompetitorId: cloud.id }
            : p.id === 'demo-p-it-director'
              ? { ...p, attitude: 'supporter' as const }
              : p,
        ),
      newPerson(before.account.id, { name: 'Sun Qiang', layer: 'decision' }, 'p-sun'),
    ],
    links: before.links.filter((l) => l.from !== 'demo-p-helpdesk-operator' && l.to !== 'demo-p-helpdesk-operator'),
  };
  return { before, after };
}

async function slideTexts(pptx: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(pptx);
  const number = (path: string) => Number(/slide(\d+)\.xml$/.exec(path)![1]);
  const paths = Object.keys(zip.files)
    .filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    .sort((a, b) => number(a) - number(b));
  const xml = await Promise.all(paths.map((path) => zip.file(path)!.async('string')));
  return xml.map((slide) => [...slide.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!.replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&')));
}

describe('the deck slide "What changed since <snapshot>"', () => {
  it('follows the findings when asked for, saying who joined, left, was removed or moved, and the findings before -> after', async () => {
    const { before, after } = versions('en');
    const diff = compareAccounts(before, after, { today: SNAPSHOT_DAY }, { today: DAY });
    const account = { data: after, analysis: analyze(after, { today: DAY }) };
    const plain = await slideTexts(await buildDeck([account], OPTIONS));
    const bytes = await buildDeck([{ ...account, changes: { since: { name: 'Q3 review', day: SNAPSHOT_DAY }, before, diff } }], OPTIONS);
    const slides = await slideTexts(bytes);
    expect(slides).toHaveLength(plain.length + 1);
    const index = slides.findIndex((texts) => texts[0] === `What changed since Q3 review — ${after.account.name}`);
    expect(index).toBe(3);
    const text = slides[index]!.join('\n');
    expect(text).toContain(`${SNAPSHOT_DAY} → ${DAY}`);
    expect(text).toContain('+ Sun Qiang joined the map');
    expect(text).toContain(`− ${before.people.find((p) => p.id === 'demo-p-appdev-chief')!.name} left, joined ${before.competitors[0]!.name}`);
    expect(text).toContain(`− ${before.people.find((p) => p.id === 'demo-p-helpdesk-operator')!.name} removed`);
    expect(text).toContain(`▲ ${before.people.find((p) => p.id === 'demo-p-it-director')!.name}: attitude skeptic → supporter`);
    expect(text).toMatch(/Weighted coverage.*→/);
    expect(text).toContain('■ Left for a competitor');
    mkdirSync('test/artifacts', { recursive: true });
    writeFileSync('test/artifacts/deck-changes-en.pptx', bytes);
  }, 60_000);

  it('is written in Chinese in a Chinese deck', async () => {
    const { before, after } = versions('zh-CN');
    const diff = compareAccounts(before, after, { today: SNAPSHOT_DAY }, { today: DAY });
    const bytes = await buildDeck([{ data: after, analysis: analyze(after, { today: DAY }), changes: { since: { name: '第三季度复盘', day: SNAPSHOT_DAY }, before, diff } }], { ...OPTIONS, locale: 'zh-CN' });
    const slide = (await slideTexts(bytes)).find((texts) => texts[0]?.startsWith('自 第三季度复盘 以来的变化'));
    expect(slide?.join('\n')).toContain('+ Sun Qiang 新加入');
    expect(slide?.join('\n')).toContain('态度 怀疑 → 支持');
    writeFileSync('test/artifacts/deck-changes-zh.pptx', bytes);
  }, 60_000);
});
