import { describe, expect, it } from 'vitest';
import { accountData, account, member, person } from '../analysis/testing';
import { escapeText, foldLine, writeCalendar, type CalendarAccount } from './ics';
import { action, contact } from './testing';

/**
 * No iCalendar parser is installed with the project, so the output is read back by a strict reader of
 * RFC 5545's syntax written here: CRLF only, lines of at most 75 octets that are each whole UTF-8,
 * unfolding, content lines `NAME;PARAM=V:VALUE`, nested BEGIN/END, and TEXT unescaping that refuses
 * any escape the RFC does not define.
 */
interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  props: Property[];
  children: Component[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function physicalLines(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) throw new Error(`a bare LF at octet ${i}`);
    if (bytes[i] !== 0x0d) continue;
    if (bytes[i + 1] !== 0x0a) throw new Error(`a bare CR at octet ${i}`);
    const line = bytes.slice(start, i);
    if (line.length > 75) throw new Error(`line of ${line.length} octets`);
    lines.push(strictUtf8.decode(line)); // throws when a fold split a character
    start = i + 2;
    i += 1;
  }
  if (start !== bytes.length) throw new Error('the last line does not end in CRLF');
  return lines;
}

function unfold(lines: string[]): string[] {
  const logical: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (logical.length === 0) throw new Error('a continuation line opens the file');
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  return logical;
}

function unescapeText(value: string): string {
  return value.replace(/\\(.)|[;,]/g, (match, escaped: string | undefined) => {
    if (escaped === undefined) throw new Error(`an unescaped ${match} in a TEXT value`);
    if (escaped === 'n' || escaped === 'N') return '\n';
    if (escaped === '\\' || escaped === ';' || escaped === ',') return escaped;
    throw new Error(`an undefined escape \\${escaped}`);
  });
}

function parseCalendar(text: string): Component {
  const stack: Component[] = [{ name: '', props: [], children: [] }];
  for (const line of unfold(physicalLines(text))) {
    const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    if (!match) throw new Error(`not a content line: ${line}`);
    const [, name, rawParams, value] = match as unknown as [string, string, string, string];
    const params = Object.fromEntries(
      rawParams
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    if (name === 'BEGIN') {
      const child = { name: value, props: [], children: [] };
      stack[stack.length - 1]!.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      if (stack.pop()?.name !== value) throw new Error(`END:${value} closes another component`);
    } else stack[stack.length - 1]!.props.push({ name, params, value });
  }
  if (stack.length !== 1) throw new Error('a component is not closed');
  const [calendar, ...rest] = stack[0]!.children;
  if (!calendar || calendar.name !== 'VCALENDAR' || rest.length > 0) throw new Error('expected one VCALENDAR');
  return calendar;
}

const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);

function events(text: string) {
  const calendar = parseCalendar(text);
  expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
  expect(prop(calendar, 'PRODID')?.value).toBeTruthy();
  return calendar.children.map((event) => {
    expect(event.name).toBe('VEVENT');
    expect(prop(event, 'DTSTAMP')?.value).toMatch(/^\d{8}T\d{6}Z$/);
    expect(prop(event, 'DTSTART')?.params).toEqual({ VALUE: 'DATE' });
    expect(prop(event, 'DTEND')?.params).toEqual({ VALUE: 'DATE' });
    return {
      uid: unescapeText(prop(event, 'UID')!.value),
      start: prop(event, 'DTSTART')!.value,
      end: prop(event, 'DTEND')!.value,
      stamp: prop(event, 'DTSTAMP')!.value,
      summary: unescapeText(prop(event, 'SUMMARY')!.value),
      description: unescapeText(prop(event, 'DESCRIPTION')?.value ?? ''),
    };
  });
}

const TODAY = '2026-11-22';
const STAMP = '2026-11-22T09:30:05.123Z';
const tricky = 'Ask 刘洋 to introduce 李伟 to Vice-President Sun; bring the offer, the figures\\the deck\nand the timeline — 请刘洋把李伟引荐给孙副校长，带上方案、数据和时间表，越早越好越早越好越早越好';

function calendarAccount(): CalendarAccount {
  const data = accountData({
    account: account({ name: 'Eastlake, University; East' }),
    team: [member('li', { name: 'Li Na' })],
    people: [person('liu', { name: '刘洋' }), person('wang', { name: 'Wang Lei' })],
  });
  return {
    data,
    plan: {
      actions: [
        action('a1', '2026-11-25', { text: tricky, personIds: ['liu'], origin: { kind: 'finding', code: 'path-to-power', personIds: ['liu'] } }),
        action('a2', '2026-11-10'),
        action('done', '2026-11-30', { status: 'done', doneOn: TODAY }),
      ],
      contacts: [
        contact('2026-11-28', ['li'], ['liu', 'wang'], { id: 'visit', note: 'Private: bring the contract', private: true }),
        contact('2026-11-29', ['li'], ['wang'], { id: 'call', channel: 'call', note: 'Shared, not secret', private: false }),
        contact('2026-11-20', ['li'], ['wang'], { id: 'past' }),
        contact(TODAY, ['li'], ['wang'], { id: 'today' }),
      ],
    },
  };
}

describe('iCalendar export of actions and planned contacts', () => {
  it('writes one all-day event per open action and per contact planned after today, read back by a strict parser', () => {
    const result = writeCalendar([calendarAccount()], { today: TODAY, stamp: STAMP, locale: 'en' });
    if (!result.ok) throw new Error(result.error.message);
    const read = events(result.text);
    expect(result.events).toBe(4);
    expect(read.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['action-acc-a1@power-map', '20261125', '20261126'],
      ['action-acc-a2@power-map', '20261110', '20261111'],
      ['contact-acc-visit@power-map', '20261128', '20261129'],
      ['contact-acc-call@power-map', '20261129', '20261130'],
    ]);
    expect(read[0]!.stamp).toBe('20261122T093005Z');
    expect(read[0]!.summary).toBe(tricky);
    expect(read[0]!.description).toBe('Account: Eastlake, University; East\nOwner: Li Na\nPeople: 刘洋\nFrom the finding: Path to power');
    expect(read[2]!.summary).toBe('Visit: 刘洋 and Wang Lei');
    expect(read[3]).toMatchObject({ summary: 'Call: Wang Lei', description: 'Account: Eastlake, University; East\nOur team: Li Na\nNote: Shared, not secret' });
    expect(read[2]!.description).not.toContain('contract');
  });

  it('keeps each record UID across exports, and private notes only when asked', () => {
    const first = writeCalendar([calendarAccount()], { today: TODAY, stamp: STAMP, locale: 'zh-CN' });
    const later = writeCalendar([calendarAccount()], { today: TODAY, stamp: '2026-12-01T00:00:00Z', locale: 'zh-CN', includePrivate: true });
    if (!first.ok || !later.ok) throw new Error('expected a calendar');
    expect(events(later.text).map((e) => e.uid)).toEqual(events(first.text).map((e) => e.uid));
    expect(events(later.text)[2]).toMatchObject({ summary: '拜访：刘洋和Wang Lei', description: '客户：Eastlake, University; East\n我方人员：Li Na\n备注：Private: bring the contract' });
  });

  it('refuses an export of nothing with a clear error value, in both languages', () => {
    const base = calendarAccount();
    const nothing = { data: base.data, plan: { actions: [action('x', TODAY, { status: 'dropped', doneOn: TODAY })], contacts: [contact('2026-11-01', ['li'], ['wang'])] } };
    expect(writeCalendar([nothing], { today: TODAY, stamp: STAMP, locale: 'en' })).toEqual({
      ok: false,
      error: { code: 'nothing-to-export', key: 'plan.ics.empty', message: 'There is nothing to put in a calendar: no open action and no planned contact.' },
    });
    const zh = writeCalendar([], { today: TODAY, stamp: STAMP, locale: 'zh-CN' });
    expect(!zh.ok && zh.error.message).toBe('没有可放入日历的内容：没有进行中的行动项，也没有计划中的联系。');
  });
});

describe('iCalendar text rules', () => {
  it('escapes backslash, semicolon, comma and every line break, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng\u0007h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
  });

  it('folds at 75 octets, continuation lines included, never inside a UTF-8 character', () => {
    const ascii75 = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(ascii75)).toBe(ascii75);
    expect(foldLine(`${ascii75}y`)).toBe(`${ascii75}\r\n y`);
    const chinese = `SUMMARY:${'权力地图'.repeat(30)}`;
    const folded = foldLine(chinese).split('\r\n');
    for (const line of folded) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // "SUMMARY:" is 8 octets, then 22 characters of 3 octets fit (74); each continuation holds 24 (1 + 72).
    expect(folded[0]).toBe(`SUMMARY:${'权力地图'.repeat(6).slice(0, 22)}`);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(chinese);
    const emoji = `X:${'😀'.repeat(40)}`;
    expect(foldLine(emoji).split('\r\n').map((l) => (l.startsWith(' ') ? l.slice(1) : l)).join('')).toBe(emoji);
  });
});
