import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adviseFinding, analyze, isUnverified } from '../../shared/analysis';
import { buildDemoAccount } from '../../shared/demo';
import type { AccountData, Person } from '../../shared/model';
import { badgeLetters, badgeRolesOf, mapLabels } from '../../shared/visual';
import { UNVERIFIED_BADGE } from '../../shared/visual/vocabulary';
import { coversByPerson } from '../../shared/visual/chips';
import { buildDeck, type DeckAccount, type DeckOptions } from './deck';
import { hasSoffice, pdfPages as pdfPagesIn, pdfPageText as pdfPageTextIn, slidesOf, tableRows, textsOf, toPdf as toPdfIn, unescapeXml } from './testing/deck-reader';

const DAY = '2026-11-22';
const demo = (locale: 'en' | 'zh-CN' = 'en') => {
  const data = buildDemoAccount(locale, DAY);
  return { data, analysis: analyze(data, { today: DAY }) };
};
const withData = (data: AccountData, today = DAY): DeckAccount => ({ data, analysis: analyze(data, { today }) });
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
/** The slides whose heading (first text) starts with `title`. */
const slidesTitled = (slides: readonly string[], title: string) => slides.filter((slide) => textsOf(slide)[0]?.startsWith(title));
if (!hasSoffice) console.log('SKIPPED: LibreOffice (soffice) is not installed: the deck was not opened by a real reader.');

/** The demo account with `copies` more of each person (new ids and names, long titles and notes): a crowded table. */
function crowded(copies: number): AccountData {
  const { data } = demo();
  const extra: Person[] = [];
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const person of data.people) {
      extra.push({
        ...person,
        id: `${person.id}-copy${copy}`,
        name: `${person.name} ${copy}`,
        title: `${person.title}, acting head of the Committee for Digital Transformation and Campus Services`,
        privateNotes: `${person.privateNotes} `.repeat(6).trim(),
      });
    }
  }
  return { ...data, people: [...data.people, ...extra] };
}

describe('the account deck', () => {
  it('has a title, map, findings and people slide, in 16:9', async () => {
    const deck = await buildDeck([demo()], OPTIONS);
    const xml = pptxXml(deck, 'image.pptx');
    const slides = await slidesOf(deck);
    // Title, map, findings, the action list (27 actions: two slides), the people (17: two slides).
    expect(slidesTitled(slides, 'What to do — ')).toHaveLength(2);
    expect(slidesTitled(slides, 'People by layer — ')).toHaveLength(2);
    expect(slideCount(xml)).toBe(7);
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

  it('names every link on the editable map by its kind and ends, in English and Chinese', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { data, analysis } = demo(locale);
      const [, map] = await slidesOf(await buildDeck([{ data, analysis }], { ...OPTIONS, locale, editable: true }));
      const names = new Map([...data.people, ...data.team, ...data.competitors].map((entry) => [entry.id, entry.name]));
      const colon = locale === 'en' ? ': ' : '：';
      for (const link of data.links) {
        const arrow = link.kind === 'ally' || link.kind === 'rival' ? '↔' : '→';
        expect(map, `${locale} ${link.id}`).toContain(`name="${mapLabels(locale).link[link.kind]}${colon}${names.get(link.from)} ${arrow} ${names.get(link.to)}"`);
      }
    }
  });

  it('writes only what XML allows, whatever the account holds: control characters dropped, names escaped once', async () => {
    const { data } = demo();
    const odd = {
      ...data,
      people: data.people.map((person, i) => (i === 0 ? { ...person, name: "O'Brien & <Co>\u0001", title: 'Head\u000Bof IT', privateNotes: 'pasted\u0000 from a slide' } : person)),
    };
    for (const editable of [false, true]) {
      const slides = await slidesOf(await buildDeck([withData(odd)], { ...OPTIONS, editable, includePrivate: true }));
      for (const xml of slides) {
        // eslint-disable-next-line no-control-regex
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        expect(xml, 'an entity escaped twice').not.toMatch(/&amp;(amp|lt|gt|quot|apos);/);
      }
      const words = slides.map(textsOf).flat().join('\n');
      expect(words).toContain("O'Brien & <Co>");
      expect(words).toContain('pasted from a slide');
    }
  });

  it('lists a person\'s roles with the Chinese enumeration comma in a Chinese deck', async () => {
    const slides = await slidesOf(await buildDeck([demo('zh-CN')], { ...OPTIONS, locale: 'zh-CN' }));
    const cells = slidesTitled(slides, '各层级人物 — ').flatMap(tableRows).flat();
    expect(cells.some((cell) => cell.includes('、'))).toBe(true);
    expect(cells.filter((cell) => /[\u4e00-\u9fff], [\u4e00-\u9fff]/.test(cell))).toEqual([]);
   }, 30_000);

  it('draws the map slide for a room: every name alone in type of 8 pt or more, the job titles left to the people slide', async () => {
    const { data, analysis } = demo();
    const [, map] = await slidesOf(await buildDeck([{ data, analysis }], { ...OPTIONS, editable: true }));
    for (const person of data.people) {
      const label = [...map!.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).find((shape) => shape.includes(`name="${person.name} (name)"`));
      expect(label, person.name).toBeDefined();
      expect(textsOf(label!).join(' '), person.name).toBe(person.name);
      const sizes = [...label!.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
      expect(Math.min(...sizes), person.name).toBeGreaterThanOrEqual(8);
    }
    const words = textsOf(map!).join('\n');
    expect(data.people.filter((person) => words.includes(person.title)).map((person) => person.title)).toEqual([]);
  });

  it('groups each person on the editable map: shape, sign, role badges, covers chips and name move as one, named after them', async () => {
    const { data, analysis } = demo();
    const [, map] = await slidesOf(await buildDeck([{ data, analysis }], { ...OPTIONS, editable: true }));
    const groups = [...map!.matchAll(/<p:grpSp>([\s\S]*?)<\/p:grpSp>/g)].map((m) => m[1]!);
    const groupName = (group: string) => unescapeXml(/<p:nvGrpSpPr><p:cNvPr id="\d+" name="([^"]*)"/.exec(group)![1]!);
    expect(groups.map(groupName).sort()).toEqual(data.people.map((p) => p.name).sort());

    const ids = [...map!.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size, 'every shape and group has its own id').toBe(ids.length);
    expect(map).not.toMatch(/pm-group/);

    const letters = badgeLetters('en');
    for (const person of data.people) {
      const group = groups.find((g) => groupName(g) === person.name)!;
      const shapes = [...group.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]);
      const shapeNamed = (name: string) => shapes.find((shape) => shape.includes(`name="${name}"`));
      expect(shapeNamed(person.name), person.name).toBeDefined();
      expect(textsOf(shapeNamed(person.name)!), 'the attitude sign is in the shape').toHaveLength(1);
      // The name may be wrapped onto two lines (two runs) in its label.
      expect(textsOf(shapeNamed(`${person.name} (name)`)!).join(' '), 'the name label').toBe(person.name);
      // Role letters, then the mark of someone not verified within 90 days (rule 11), as the map draws them.
      const badges = [...badgeRolesOf(person.roles).map((role) => letters[role]), ...(isUnverified(person, DAY) ? [UNVERIFIED_BADGE] : [])];
      for (const badge of badges) {
        const disc = shapeNamed(`${person.name} (${badge})`);
        expect(disc, `${person.name} ${badge}`).toMatch(/prst="ellipse"/);
        expect(textsOf(disc!)).toEqual([badge]);
      }
      // Covers chips, as the map draws them: the team member's initials and the strength, in the person's group.
      const covers = coversByPerson(data.links, data.team).get(person.id);
      const chips = (covers?.chips ?? []).map((chip) => `${chip.initials} ${chip.strength}`);
      for (const chip of chips) expect(textsOf(shapeNamed(`${person.name} (${chip})`)!), `${person.name} ${chip}`).toEqual([chip]);
      expect(shapes).toHaveLength(2 + badges.length + chips.length + (covers && covers.more > 0 ? 1 : 0));

      // The group's frame is exactly the union of its members' boxes, with the children's space the same.
      const [off, ext, chOff, chExt] = ['off', 'ext', 'chOff', 'chExt'].map((tag) => /<a:(?:off|ext|chOff|chExt) (?:x|cx)="(-?\d+)" (?:y|cy)="(-?\d+)"\/>/.exec(group.slice(group.indexOf(`<a:${tag} `)))!.slice(1).map(Number));
      const boxes = shapes.map((shape) => /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape)!.slice(1).map(Number) as [number, number, number, number]);
      const left = Math.min(...boxes.map((b) => b[0]));
      const top = Math.min(...boxes.map((b) => b[1]));
      expect(off).toEqual([left, top]);
      expect(ext).toEqual([Math.max(...boxes.map((b) => b[0] + b[2])) - left, Math.max(...boxes.map((b) => b[1] + b[3])) - top]);
      expect(chOff).toEqual(off);
      expect(chExt).toEqual(ext);
    }
  });

  it('leaves private notes, contact details and personal drivers out unless asked for', async () => {
    const { data, analysis } = demo();
    const secrets = data.people.flatMap((p) => [p.privateNotes, p.contact]).filter((text) => text.length > 6);
    const shown = (xml: string) => secrets.filter((secret) => xml.includes(secret.slice(0, 20).replace(/&/g, '&amp;')));
    const closed = await buildDeck([{ data, analysis }], { ...OPTIONS, editable: true });
    const open = await buildDeck([{ data, analysis }], { ...OPTIONS, editable: true, includePrivate: true });
    expect(shown(pptxXml(closed, 'private-off.pptx'))).toEqual([]);
    expect(shown(pptxXml(open, 'private-on.pptx')).length).toBeGreaterThan(0);

    const driverLabel = { power: 'Power', achievement: 'Achievement', recognition: 'Recognition', belonging: 'Belonging', security: 'Security' };
    const peopleRows = async (deck: Buffer) => slidesTitled(await slidesOf(deck), 'People by layer — ').flatMap(tableRows);
    const closedRows = await peopleRows(closed);
    expect(closedRows[0]).not.toContain('Personal driver');
    expect(closedRows.flat().filter((cell) => Object.values(driverLabel).includes(cell))).toEqual([]);
    const openRows = await peopleRows(open);
    const column = openRows[0]!.indexOf('Personal driver');
    expect(column).toBeGreaterThan(0);
    for (const person of data.people) {
      const row = openRows.find((cells) => cells.includes(person.name))!;
      expect(row[column], person.name).toBe(person.driver ? driverLabel[person.driver] : '');
    }
  });

  it('continues the people table on as many slides as its rows need, each with the header, none lost', async () => {
    const data = crowded(3);
    const slides = await slidesOf(await buildDeck([withData(data)], { ...OPTIONS, editable: true, includePrivate: true }));
    const people = slidesTitled(slides, 'People by layer — ');
    expect(people.length).toBeGreaterThan(4);
    const rows = people.map(tableRows);
    for (const [page, pageRows] of rows.entries()) {
      expect(pageRows[0], `page ${page + 1} repeats the header`).toEqual(['Layer', 'Name', 'Title', 'Roles', 'Attitude', 'Influence', 'Our coverage', 'Personal driver', 'Contact', 'Private notes']);
      expect(textsOf(people[page]!)[0]).toBe(`People by layer — Eastlake University${page > 0 ? ' (continued)' : ''}`);
    }
    const names = rows.flatMap((pageRows) => pageRows.slice(1).map((cells) => cells[1]));
    expect([...names].sort()).toEqual(data.people.map((p) => p.name).sort());
    // A long note is cut with an ellipsis rather than making its row taller than a slide.
    const notes = rows.flatMap((pageRows) => pageRows.slice(1).map((cells) => cells[9]!));
    expect(notes.filter((note) => note.endsWith('…')).length).toBeGreaterThan(0);
    expect(Math.max(...notes.map((note) => note.length))).toBeLessThan(Math.max(...data.people.map((p) => p.privateNotes.length)));
  });

  it('lists as many red flags as the title slide counts, or says how many more there are', async () => {
    const { data } = demo();
    const blockers: Person[] = data.people.map((person) => ({ ...person, id: `${person.id}-dm`, name: `${person.name} Jr`, roles: ['decisionMaker'], attitude: 'skeptic' }));
    for (const [account, cut] of [[demo(), false], [withData({ ...data, people: [...data.people, ...blockers] }), true]] as const) {
      const [title, , findings] = await slidesOf(await buildDeck([account], { ...OPTIONS, editable: true }));
      const titleTexts = textsOf(title!);
      const counted = Number(titleTexts[titleTexts.indexOf('Red flags') + 1]);
      expect(counted).toBe(account.analysis.redFlags.length);
      const lines = textsOf(findings!);
      const flagList = lines.slice(lines.indexOf('Red flags') + 1, lines.indexOf('What to do'));
      const listed = flagList.filter((line) => /^[■▲] /.test(line)).length;
      const more = flagList.map((line) => /^\+(\d+) more$/.exec(line)).find((match) => match !== null);
      expect(listed + Number(more?.[1] ?? 0)).toBe(counted);
      // A long list of flags may be cut here: each one is still an action on the action slides.
      if (cut) expect(more).toBeDefined();
      const because = slidesTitled(await slidesOf(await buildDeck([account], { ...OPTIONS, editable: true })), 'What to do — ').flatMap((slide) => tableRows(slide).slice(1).map((cells) => cells[1]));
      for (const flag of account.analysis.redFlags) expect(because).toContain(adviseFinding(flag, account.data, 'en'));
    }
  });

  it('puts every action on a slide: the week\'s three on the findings slide, all of them in a table that continues', async () => {
    const { data } = demo();
    const blockers: Person[] = data.people.map((person) => ({ ...person, id: `${person.id}-dm`, name: `${person.name} Jr`, roles: ['decisionMaker'], attitude: 'skeptic' }));
    for (const account of [demo(), withData({ ...data, people: [...data.people, ...blockers] })]) {
      const slides = await slidesOf(await buildDeck([account], { ...OPTIONS, editable: true }));
      const findingsLines = textsOf(slidesTitled(slides, 'Findings — ')[0]!);
      const moves = findingsLines.slice(findingsLines.indexOf('What to do') + 1);
      expect(moves.filter((line) => /^\d\. /.test(line))).toHaveLength(3);
      expect(moves.some((line) => /more$/.test(line))).toBe(false);
      const actions = slidesTitled(slides, 'What to do — ');
      for (const slide of actions) expect(tableRows(slide)[0]).toEqual(['#', 'What to do', 'Because', 'Priority']);
      const listed = actions.flatMap((slide) => tableRows(slide).slice(1));
      const everyAdvice = new Set(account.analysis.findings.map((f) => adviseFinding(f, account.data, 'en')));
      expect(listed.map((cells) => cells[1])).toEqual([...everyAdvice]);
      expect(listed.map((cells) => Number(cells[0]))).toEqual(listed.map((_, i) => i + 1));
      expect(moves.at(-1)).toBe(`All ${everyAdvice.size} actions: on the next slides.`);
      if (account.data.people.length > 17) expect(actions.length).toBeGreaterThan(3);
    }
  });

  it('writes no English word of ours in a Chinese deck', async () => {
    const zh = demo('zh-CN');
    const slides = await slidesOf(await buildDeck([zh], { ...OPTIONS, locale: 'zh-CN', editable: true, includePrivate: true }));
    // The account's own words (names, titles, notes...) may hold Latin letters; everything else is ours.
    const own = [zh.data.account.name, zh.data.account.industry, zh.data.account.region, ...zh.data.competitors.map((c) => c.name), ...zh.data.team.map((t) => t.name)];
    for (const p of zh.data.people) own.push(p.name, p.title, p.department, p.contact, p.email, p.phone, p.privateNotes, p.judgesBy, p.nextStep);
    const words = own.filter((text) => text.trim() !== '').sort((a, b) => b.length - a.length);
    const stray = slides
      .flatMap(textsOf)
      .map((line) => words.reduce((rest, word) => rest.split(word).join(' '), line))
      .flatMap((line) => line.match(/[A-Za-z]{2,}/g) ?? []);
    expect(stray).toEqual([]);
  });

  it('says how contacts and owners are spread in Chinese words, not our English status names', async () => {
    // Two of our team, each with a working relationship to a different decision maker: no thread finding,
    // so the findings slide states the single-thread status itself.
    const wide = withData({
      ...demo('zh-CN').data,
      people: demo('zh-CN').data.people.slice(0, 2).map((p) => ({ ...p, influence: 3, roles: ['decisionMaker' as const], attitude: 'supporter' as const })),
      links: [],
    });
    const [teamA, teamB] = wide.data.team;
    const [p1, p2] = wide.data.people;
    const link = (id: string, from: string, to: string) => ({ id, accountId: wide.data.account.id, kind: 'covers' as const, from, to, strength: 3, lastContact: DAY });
    const data = { ...wide.data, links: [link('c1', teamA!.id, p1!.id), link('c2', teamB!.id, p2!.id)] };
    const slides = await slidesOf(await buildDeck([withData(data)], { ...OPTIONS, locale: 'zh-CN', editable: true }));
    const findings = textsOf(slidesTitled(slides, '分析发现 — ')[0]!).join('\n');
    expect(findings).toContain('客户侧联系：分散 · 我方负责人：分散 · 接触瓶颈：0');
    expect(findings).not.toMatch(/spread|single|none/);
  });

  it('writes Chinese labels with the Chinese colon', async () => {
    const slides = await slidesOf(await buildDeck([demo('zh-CN')], { ...OPTIONS, locale: 'zh-CN', editable: true }));
    const findings = textsOf(slides[2]!);
    expect(findings.some((line) => line.startsWith('加权覆盖度：'))).toBe(true);
    expect(findings.filter((line) => /^[■▲]/.test(line)).every((line) => line.includes('：'))).toBe(true);
    expect(slides.flatMap(textsOf).filter((line) => /[\u4e00-\u9fff]: /.test(line))).toEqual([]);
  });

  it('builds one portfolio deck for several accounts, with an overview first', async () => {
    const second = demo('en');
    second.data = { ...second.data, account: { ...second.data.account, name: 'Second account' } };
    const deck = await buildDeck([demo('en'), second], { ...OPTIONS, editable: true });
    const xml = pptxXml(deck, 'portfolio.pptx');
    const perAccount = slideCount(pptxXml(await buildDeck([demo('en')], { ...OPTIONS, editable: true }), 'single.pptx'));
    expect(slideCount(xml)).toBe(1 + 2 * perAccount);
    expect(xml).toContain('Account portfolio');
    expect(xml).toContain('Second account');
  });

  it('continues the portfolio overview over more slides instead of dropping accounts', async () => {
    const base = demo('en');
    const accounts = Array.from({ length: 24 }, (_, i) => ({ ...base, data: { ...base.data, account: { ...base.data.account, name: `Account ${String(i + 1).padStart(2, '0')}` } } }));
    const slides = await slidesOf(await buildDeck(accounts, { ...OPTIONS, editable: true }));
    const overview = slides.slice(0, slides.findIndex((slide) => textsOf(slide).includes('POWER MAP')));
    expect(overview.length).toBeGreaterThan(1);
    expect(textsOf(overview[1]!)[0]).toBe('Account portfolio (continued)');
    const listed = overview.flatMap((slide) => tableRows(slide).slice(1).map((cells) => cells[0]));
    expect(listed).toEqual(accounts.map((account) => account.data.account.name));
   }, 60_000);

  it('reports progress slide by slide, so a long export can show it and be cancelled', async () => {
    const seen: string[] = [];
    await buildDeck([demo()], { ...OPTIONS, editable: true, onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    await expect(
      buildDeck([demo()], {
        ...OPTIONS,
        onProgress: () => {
          throw new Error('cancelled');
        },
      }),
    ).rejects.toThrow('cancelled');
  });
});

const toPdf = (names: readonly string[]) => toPdfIn(dir, names);
const pdfPages = (name: string) => pdfPagesIn(dir, name);
const pdfPageText = (name: string, page: number) => pdfPageTextIn(dir, name, page);

/** The bottom edge, in points from the top, of the lowest word on a page, and the page's height. */
function lowestWord(name: string, page: number): { bottom: number; height: number } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(html)![1]);
  const bottoms = [...html.matchAll(/<word [^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
  return { bottom: Math.max(...bottoms), height };
}

describe.runIf(hasSoffice)('the deck in a real reader (LibreOffice)', () => {
  it('has every slide, in Chinese too, and every person on the people pages, no table past its slide', async () => {
    const decks = [
      { name: 'lo-en', locale: 'en', editable: false, includePrivate: false, data: demo('en').data },
      { name: 'lo-en-private', locale: 'en', editable: false, includePrivate: true, data: demo('en').data },
      { name: 'lo-zh', locale: 'zh-CN', editable: true, includePrivate: false, data: demo('zh-CN').data },
      { name: 'lo-zh-private', locale: 'zh-CN', editable: true, includePrivate: true, data: demo('zh-CN').data },
      { name: 'lo-crowded', locale: 'en', editable: true, includePrivate: true, data: crowded(2) },
    ] as const;
    const slides = new Map<string, number>();
    for (const deck of decks) {
      const pptx = await buildDeck([withData(deck.data)], { ...OPTIONS, locale: deck.locale, editable: deck.editable, includePrivate: deck.includePrivate });
      slides.set(deck.name, slideCount(pptxXml(pptx, `${deck.name}.pptx`)));
    }
    toPdf(decks.map((deck) => deck.name));
    for (const deck of decks) {
      const pages = pdfPages(deck.name);
      expect(pages, deck.name).toBe(slides.get(deck.name));
      const heading = deck.locale === 'en' ? 'People by layer' : '各层级人物';
      const peoplePages = Array.from({ length: pages }, (_, i) => i + 1).filter((page) => pdfPageText(deck.name, page).includes(heading));
      const actionHeading = deck.locale === 'en' ? 'What to do — ' : '行动建议 — ';
      const actionPages = Array.from({ length: pages }, (_, i) => i + 1).filter((page) => pdfPageText(deck.name, page).includes(actionHeading));
      expect(actionPages.length, deck.name).toBeGreaterThan(0);
      expect(peoplePages.length, deck.name).toBe(pages - 3 - actionPages.length);
      const text = peoplePages.map((page) => pdfPageText(deck.name, page)).join('\n').replace(/\s+/g, ' ');
      const missing = deck.data.people.filter((person) => !text.includes(person.name)).map((person) => person.name);
      expect(missing, `${deck.name}: people missing from the pages`).toEqual([]);
      for (const page of peoplePages) {
        const { bottom, height } = lowestWord(deck.name, page);
        expect(bottom, `${deck.name} page ${page}: the table ends above the slide's foot`).toBeLessThan(height - 18);
      }
    }
    expect(pdfPages('lo-en-private')).toBeGreaterThan(pdfPages('lo-en'));
    execFileSync('pdftoppm', ['-png', '-r', '40', join(dir, 'lo-zh.pdf'), join(dir, 'lo-zh')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('lo-zh-') && f.endsWith('.png') && !f.includes('private'))).toHaveLength(pdfPages('lo-zh'));
    const zh = execFileSync('pdftotext', [join(dir, 'lo-zh.pdf'), '-'], { encoding: 'utf8' });
    expect(zh).toContain('东湖大学');
    expect(zh).toContain('行动建议');
  }, 300_000);

  it('opens the editable deck with its people grouped, drawing every one of them on the map', async () => {
    const account = demo();
    writeFileSync(join(dir, 'lo-image.pptx'), await buildDeck([account], OPTIONS));
    const grouped = await buildDeck([account], { ...OPTIONS, editable: true });
    writeFileSync(join(dir, 'lo-grouped.pptx'), grouped);
    const [, map] = await slidesOf(grouped);
    expect((map!.match(/<p:grpSp>/g) ?? []).length).toBe(account.data.people.length);
    toPdf(['lo-image', 'lo-grouped']);
    expect(pdfPages('lo-grouped')).toBe(pdfPages('lo-image'));
    const text = pdfPageText('lo-grouped', 2).replace(/\s+/g, ' ');
    expect(account.data.people.filter((person) => !text.includes(person.name)).map((person) => person.name)).toEqual([]);
  }, 240_000);
});
