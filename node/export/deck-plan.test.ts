import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis';
import { buildDemoAccount } from '../../shared/demo';
import type { AccountData } from '../../shared/model';
import { addDays, type AccountPlan, type PlanAction } from '../../shared/plan';
import { buildDeck, type DeckOptions } from './deck';
import { hasSoffice, pdfPages, pdfPageText, slidesOf, tableRows, textsOf, toPdf } from './testing/deck-reader';

/** Issue 13: the deck's Plan slide, open actions by owner and due date, in English and 简体中文. */

const DAY = '2026-11-22';
const OPTIONS: DeckOptions = { locale: 'en', editable: false, includePrivate: false, today: DAY };
const dir = mkdtempSync(join(tmpdir(), 'power-map-deck-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = {
  en: [
    'Ask Liu Yang to introduce Li Wei to Vice-President Sun',
    "Send Ma Zhenhua the one-page brief for the Party committee's meeting",
    'Book a campus visit with Wang Jianguo and the dean\'s office',
    'Agree the pilot scope with Wu Ting',
    'Invite Huang Li to the reference visit in Wuhan',
  ],
  'zh-CN': ['请刘洋引荐李伟与孙副校长见面', '把一页纸简报发给马振华，供党委会使用', '与王建国和院长办公室约定校园拜访', '与吴婷确定试点范围', '邀请黄丽参加武汉的标杆参观'],
} as const;

let sequence = 0;
function action(data: AccountData, ownerId: string, due: string, text: string, personIds: string[], status: PlanAction['status'] = 'open'): PlanAction {
  sequence += 1;
  return { id: `a-${sequence}`, accountId: data.account.id, text, ownerId, due, personIds, status, origin: { kind: 'typed' }, createdOn: '2026-11-01', doneOn: status === 'open' ? null : '2026-11-20' };
}

/** The demo with a plan: open actions of two owners (one overdue, one due today, the rest coming), a done one and a dropped one. */
function demoWithPlan(locale: 'en' | 'zh-CN'): { data: AccountData; plan: AccountPlan } {
  const data = buildDemoAccount(locale, DAY);
  const [a, b, c, d, e] = TEXTS[locale];
  const actions = [
    action(data, 'demo-t-zhaomin', '2026-11-29', d, ['demo-p-project-manager']),
    action(data, 'demo-t-liwei', '2026-11-30', c, ['demo-p-president', 'demo-p-dean-secretary']),
    action(data, 'demo-t-liwei', '2026-11-15', a, ['demo-p-appdev-chief', 'demo-p-vp-it']),
    action(data, 'demo-t-zhaomin', DAY, b, ['demo-p-it-director']),
    action(data, 'demo-t-liwei', '2026-11-10', e, ['demo-p-finance-head'], 'done'),
    action(data, 'demo-t-chenguodong', '2026-11-12', `${e} (2)`, [], 'dropped'),
  ];
  return { data, plan: { contacts: [], actions } };
}

const deckOf = (data: AccountData, plan: AccountPlan | undefined, options: Partial<DeckOptions> = {}) =>
  buildDeck([{ data, analysis: analyze(data, { today: DAY }), ...(plan ? { plan } : {}) }], { ...OPTIONS, ...options });
const planSlidesOf = (slides: readonly string[], title: string) => slides.filter((slide) => textsOf(slide)[0]?.startsWith(title));

describe('the deck\'s Plan slide', () => {
  it('lists the open actions by owner, each owner\'s by due date, with the overdue marked and the people concerned', async () => {
    const { data, plan } = demoWithPlan('en');
    const slides = await slidesOf(await deckOf(data, plan));
    const [slide, ...more] = planSlidesOf(slides, 'Plan — ');
    expect(more).toEqual([]);
    expect(textsOf(slide!)[0]).toBe('Plan — Eastlake University');
    expect(textsOf(slide!)[1]).toBe(`4 open actions, 1 overdue · by owner and due date · ${DAY}`);
    expect(tableRows(slide!)).toEqual([
      ['Owner', 'Due', 'What to do', 'People concerned'],
      ['Li Wei', '2026-11-15overdue 7 days', TEXTS.en[0], 'Liu Yang and Sun Liqun'],
      ['', '2026-11-30', TEXTS.en[2], 'Wang Jianguo and Xu Jing'],
      ['Zhao Min', `${DAY}due today`, TEXTS.en[1], 'Ma Zhenhua'],
      ['', '2026-11-29', TEXTS.en[3], 'Wu Ting'],
    ]);
    // The overdue date is red; the others are not.
    const cells = [...slide!.matchAll(/<a:tc>[\s\S]*?<\/a:tc>/g)].map((m) => m[0]);
    const dueCell = (text: string) => cells.find((cell) => textsOf(cell).join('').startsWith(text))!;
    expect(dueCell('2026-11-15')).toContain('C23A2B');
    expect(dueCell('2026-11-30')).not.toContain('C23A2B');
    // It follows the action list and comes before the people.
    const order = slides.map((xml) => textsOf(xml)[0] ?? '');
    expect(order.findIndex((t) => t.startsWith('Plan — '))).toBe(order.findLastIndex((t) => t.startsWith('What to do — ')) + 1);
    expect(order.findIndex((t) => t.startsWith('People by layer — '))).toBeGreaterThan(order.findIndex((t) => t.startsWith('Plan — ')));
  });

  it('is all in Chinese in a Chinese deck: no English word on it', async () => {
    const { data, plan } = demoWithPlan('zh-CN');
    const slides = planSlidesOf(await slidesOf(await deckOf(data, plan, { locale: 'zh-CN' })), '行动计划 — ');
    expect(slides).toHaveLength(1);
    const rows = tableRows(slides[0]!);
    expect(rows[0]).toEqual(['负责人', '截止日期', '行动项', '相关人员']);
    expect(rows[1]).toEqual(['李伟', '2026-11-15已逾期 7 天', TEXTS['zh-CN'][0], '刘洋和孙立群']);
    expect(rows[3]![1]).toBe(`${DAY}今天到期`);
    expect(textsOf(slides[0]!)[1]).toBe(`未完成行动项 4 项，已逾期 1 项 · 按负责人和截止日期 · ${DAY}`);
    expect(textsOf(slides[0]!).join(' ')).not.toMatch(/[A-Za-z]/);
  });

  it('continues a long plan on more slides, owner named again at the top, and leaves no action off', async () => {
    const data = buildDemoAccount('en', DAY);
    const owners = data.team.map((member) => member.id);
    const actions = Array.from({ length: 40 }, (_, i) =>
      action(data, owners[i % owners.length]!, addDays(DAY, i - 10), `Action ${String(i + 1).padStart(2, '0')}: follow up with the people concerned on the pilot's milestones`, [data.people[i % data.people.length]!.id]),
    );
    const slides = planSlidesOf(await slidesOf(await deckOf(data, { contacts: [], actions })), 'Plan — ');
    expect(slides.length).toBeGreaterThan(1);
    expect(textsOf(slides[1]!)[0]).toBe('Plan — Eastlake University (continued)');
    const rows = slides.flatMap((slide) => tableRows(slide).slice(1));
    expect(rows.map((row) => row[2]).sort()).toEqual(actions.map((a) => a.text).sort());
    for (const slide of slides) expect(tableRows(slide)[1]![0], 'each slide names its first owner').not.toBe('');
    expect(slides.flatMap(textsOf).join(' ')).not.toMatch(/\+\d+ more/);
    // 10 overdue (due 10 to 1 days ago), one due today.
    expect(rows.filter((row) => row[1]!.includes('overdue'))).toHaveLength(10);
  });

  it('says there is nothing open when no action is open, and is left out when the caller has no plan', async () => {
    const { data, plan } = demoWithPlan('en');
    const closed = { contacts: [], actions: plan.actions.filter((a) => a.status !== 'open') };
    const empty = planSlidesOf(await slidesOf(await deckOf(data, closed)), 'Plan — ');
    expect(empty).toHaveLength(1);
    expect(textsOf(empty[0]!)).toContain('No open actions.');
    expect(textsOf(empty[0]!)[1]).toBe(`0 open actions · by owner and due date · ${DAY}`);
    const zh = planSlidesOf(await slidesOf(await deckOf(buildDemoAccount('zh-CN', DAY), { contacts: [], actions: [] }, { locale: 'zh-CN' })), '行动计划 — ');
    expect(textsOf(zh[0]!)).toContain('没有未完成的行动项。');
    expect(planSlidesOf(await slidesOf(await deckOf(data, undefined)), 'Plan — ')).toEqual([]);
  });
});

const SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');

describe.runIf(hasSoffice)('the Plan slide in a real reader (LibreOffice)', () => {
  it('shows every open action, its owner, due date and overdue mark, in English and Chinese; pictures for the README', async () => {
    const decks = [
      { name: 'plan-en', locale: 'en' as const, heading: 'Plan — Eastlake University', overdue: 'overdue 7 days', owner: 'Zhao Min' },
      { name: 'plan-zh', locale: 'zh-CN' as const, heading: '行动计划 — 东湖大学', overdue: '已逾期 7 天', owner: '赵敏' },
    ];
    for (const deck of decks) {
      const { data, plan } = demoWithPlan(deck.locale);
      writeFileSync(join(dir, `${deck.name}.pptx`), await deckOf(data, plan, { locale: deck.locale }));
    }
    toPdf(dir, decks.map((deck) => deck.name));
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const deck of decks) {
      const pages = Array.from({ length: pdfPages(dir, deck.name) }, (_, i) => i + 1);
      const planPages = pages.filter((page) => pdfPageText(dir, deck.name, page).includes(deck.heading));
      expect(planPages, deck.name).toHaveLength(1);
      const page = planPages[0]!;
      const text = pdfPageText(dir, deck.name, page);
      const flat = text.replace(/\s+/g, '');
      for (const words of TEXTS[deck.locale].slice(0, 4)) expect(flat, `${deck.name}: ${words}`).toContain(words.replace(/\s+/g, ''));
      expect(flat, 'a done action is not on the plan').not.toContain(TEXTS[deck.locale][4].replace(/\s+/g, ''));
      expect(text).toContain(deck.overdue);
      expect(text).toContain(deck.owner);
      if (deck.locale === 'zh-CN') expect(text.replace(/Microsoft YaHei/g, '')).not.toMatch(/[A-Za-z]/);
      // The slide as a picture for the README (docs/screenshots), drawn by the same reader.
      const base = join(dir, `${deck.name}-shot`);
      execFileSync('pdftoppm', ['-png', '-r', '96', '-f', String(page), '-l', String(page), '-singlefile', join(dir, `${deck.name}.pdf`), base]);
      copyFileSync(`${base}.png`, join(SCREENSHOTS, `plan-slide-${deck.locale}.png`));
    }
  }, 300_000);
});
