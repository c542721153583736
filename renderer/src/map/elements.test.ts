import { describe, expect, it } from 'vitest';
import { newPerson } from '../../../shared/edit/defaults';
import { planLayout } from '../../../shared/layout';
import type { AccountData, Link, Person } from '../../../shared/model';
import { buildElements, personRoomLabel, titleId, type MapElementDef } from './elements';
import { mapLabels } from './labels';
import { PERSON_LABEL, PROJECTOR_LABEL, UNVERIFIED_BADGE } from './style';
import { textWidth, wrapText } from './text';

const ACCOUNT = 'acc';

function account(people: Person[], links: Link[] = []): AccountData {
  return {
    account: {
      id: ACCOUNT, name: 'A', industry: '', region: '', notes: '', tier: 'core', funnelClass: 'A', stage: 'initial',
      shareOfWallet: null, visitCadenceDays: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    },
    competitors: [{ id: 'c1', accountId: ACCOUNT, name: 'Rival Corp' }],
    team: [{ id: 't1', accountId: ACCOUNT, name: 'Li Wei', function: 'sales', x: null, y: null }],
    people,
    links,
  };
}

const covers = (id: string, to: string, strength: number): Link => ({ id, accountId: ACCOUNT, kind: 'covers', from: 't1', to, strength, lastContact: null });

function build(data: AccountData, locale = 'en'): Map<string, MapElementDef> {
  const defs = buildElements(data, planLayout(data), { labels: mapLabels(locale), theme: 'light', locale });
  return new Map(defs.map((d) => [d.data.id, d]));
}

const classesOf = (def: MapElementDef | undefined) => (def?.classes ?? '').split(' ');

describe('buildElements', () => {
  it('maps attitude, main role shape, influence size and best covers strength to classes and data', () => {
    const boss = newPerson(ACCOUNT, { name: 'Wang', title: 'President', layer: 'image', roles: ['decisionMaker', 'coach'], attitude: 'skeptic', influence: 5 }, 'p1');
    const user = newPerson(ACCOUNT, { name: 'Gao', title: 'Lecturer', layer: 'user', roles: ['user'], attitude: 'unknown', influence: 1 }, 'p2');
    const els = build(account([boss, user], [covers('l1', 'p1', 1), covers('l2', 'p1', 3)]));

    expect(classesOf(els.get('p1'))).toEqual(expect.arrayContaining(['person', 'att-skeptic', 'shape-decisionMaker', 'cov-3', 'role-decisionMaker', 'role-coach']));
    expect(els.get('p1')?.data.size).toBe(84);
    expect(classesOf(els.get('p2'))).toEqual(expect.arrayContaining(['att-unknown', 'shape-user', 'cov-0']));
    expect(els.get('p2')?.data.size).toBe(44);
  });

  it('marks a person who left or is on leave with a class and a line under the name, in the map\'s language', () => {
    const left = newPerson(ACCOUNT, { name: 'Ma', title: 'Director', status: 'left', leftToCompetitorId: 'c1' }, 'p1');
    const away = newPerson(ACCOUNT, { name: 'Sun', status: 'onLeave' }, 'p2');
    const here = newPerson(ACCOUNT, { name: 'Liu', title: 'Director' }, 'p3');
    const en = build(account([left, away, here]));
    expect(classesOf(en.get('p1'))).toContain('status-left');
    expect(en.get('p1')?.data.label).toBe('Ma\n(left)');
    expect(en.get('p2')?.data.label).toBe('Sun\n(on leave)');
    expect(en.get('p3')?.data.label).toBe('Liu');
    expect(classesOf(en.get('p3')).some((c) => c.startsWith('status-'))).toBe(false);
    // The title hangs one line lower, under the sign.
    const offset = (els: Map<string, MapElementDef>, id: string) => Number(els.get(titleId(id))?.data.offset);
    expect(offset(en, 'p1') - offset(en, 'p3')).toBeCloseTo(PERSON_LABEL.fontSize * PERSON_LABEL.lineHeight, 6);
    expect(build(account([left]), 'zh-CN').get('p1')?.data.label).toBe('Ma\n（已离职）');
  });

  it('gives a person with no main role the plain shape and a badge naming their role', () => {
    const p = newPerson(ACCOUNT, { name: 'He', layer: 'decision', roles: ['purchaser'] }, 'p1');
    const def = build(account([p])).get('p1');
    expect(classesOf(def)).toEqual(expect.arrayContaining(['shape-none', 'role-other']));
    const icons = String(def?.data.icons).split(' ');
    expect(icons).toHaveLength(2);
    expect(decodeURIComponent(icons[1]!)).toContain('>P<');
    const nobody = newPerson(ACCOUNT, { name: 'She', layer: 'decision', roles: [] }, 'p2');
    expect(String(build(account([nobody])).get('p2')?.data.icons).split(' ')).toHaveLength(1);
  });

  it('marks people not verified within 90 days of today (or never) with a class and a "90+" badge after their role badges (rule 11)', () => {
    const today = '2026-12-07';
    const fresh = newPerson(ACCOUNT, { name: 'Fresh', roles: ['decisionMaker'], verifiedOn: '2026-09-08' }, 'p1'); // 90 days ago: still within
    const stale = newPerson(ACCOUNT, { name: 'Stale', roles: ['decisionMaker'], verifiedOn: '2026-09-07' }, 'p2'); // 91 days
    const never = newPerson(ACCOUNT, { name: 'Never', roles: [], verifiedOn: null }, 'p3');
    const gone = newPerson(ACCOUNT, { name: 'Gone', verifiedOn: null, status: 'left' }, 'p4'); // takes no part in the rules
    const data = account([fresh, stale, never, gone]);
    const defs = buildElements(data, planLayout(data), { labels: mapLabels('en'), theme: 'light', locale: 'en', today });
    const els = new Map(defs.map((d) => [d.data.id, d]));
    const badge = (id: string) => String(els.get(id)?.data.icons).split(' ').slice(1).map(decodeURIComponent).join(' ');
    expect(classesOf(els.get('p1'))).not.toContain('unverified');
    expect(badge('p1')).not.toContain(`>${UNVERIFIED_BADGE}<`);
    expect(classesOf(els.get('p2'))).toContain('unverified');
    expect(badge('p2')).toMatch(new RegExp(`>DM<.*>${UNVERIFIED_BADGE.replace('+', '\\+')}<`));
    // Someone with no role badge gets the mark alone, where role badges go.
    expect(classesOf(els.get('p3'))).toContain('unverified');
    expect(String(els.get('p3')?.data.icons).split(' ')).toHaveLength(2);
    expect(badge('p3')).toContain(`>${UNVERIFIED_BADGE}<`);
    expect(classesOf(els.get('p4'))).not.toContain('unverified');
    // Without a day to count from (no clock yet), nobody is marked.
    expect(defs.length).toBe(build(data).size);
    expect([...build(data).values()].some((d) => classesOf(d).includes('unverified'))).toBe(false);
  });

  it('draws badges in the chosen language', () => {
    const p = newPerson(ACCOUNT, { name: 'Sun', layer: 'decision', roles: ['decisionMaker'] }, 'p1');
    const en = decodeURIComponent(String(build(account([p]), 'en').get('p1')?.data.icons));
    const zh = decodeURIComponent(String(build(account([p]), 'zh-CN').get('p1')?.data.icons));
    expect(en).toContain('>DM<');
    expect(zh).toContain('>决<');
  });

  it('places a person without a position where the band layout puts them, and keeps a stored one', () => {
    const placed = newPerson(ACCOUNT, { name: 'New', layer: 'implementation' }, 'p1');
    const data = account([placed]);
    const plan = planLayout(data);
    expect(build(data).get('p1')?.position).toEqual(plan.positions.get('p1'));

    const inside = plan.positions.get('p1')!;
    const stored = { ...placed, x: inside.x + 184, y: inside.y };
    expect(build(account([stored])).get('p1')?.position).toEqual({ x: inside.x + 184, y: inside.y });
  });

  it('draws the four bands and both columns as unselectable, locked background nodes', () => {
    const els = build(account([]));
    for (const key of ['image', 'decision', 'implementation', 'user', 'team', 'competitors']) {
      const band = els.get(`band:${key}`);
      expect(band).toMatchObject({ selectable: false, grabbable: false, locked: true });
      expect(classesOf(band)).toContain('band');
    }
    expect(els.get('band-title:decision')?.data.label).toBe('Decision layer');
  });

  it('turns links into edges with kind and strength classes, curving only links that share both ends', () => {
    const a = newPerson(ACCOUNT, { name: 'A', layer: 'decision' }, 'a');
    const b = newPerson(ACCOUNT, { name: 'B', layer: 'user' }, 'b');
    const links: Link[] = [
      { id: 'r', accountId: ACCOUNT, kind: 'reportsTo', from: 'b', to: 'a', strength: null, lastContact: null },
      { id: 'i', accountId: ACCOUNT, kind: 'influences', from: 'a', to: 'b', strength: 2, lastContact: null },
      covers('c', 'a', 0),
    ];
    const els = build(account([a, b], links));
    expect(els.get('r')?.data).toMatchObject({ source: 'b', target: 'a', kind: 'reportsTo' });
    expect(classesOf(els.get('i'))).toEqual(expect.arrayContaining(['kind-influences', 'str-2', 'parallel']));
    expect(classesOf(els.get('r'))).toContain('parallel');
    expect(classesOf(els.get('c'))).toEqual(expect.arrayContaining(['kind-covers', 'str-0']));
    expect(classesOf(els.get('c'))).not.toContain('parallel');
  });

  it('labels team members with their function and competitors with their name', () => {
    const els = build(account([]), 'zh-CN');
    expect(els.get('t1')?.data.label).toBe('Li Wei\n销售');
    expect(els.get('c1')?.data).toMatchObject({ kind: 'competitor', label: 'Rival Corp' });
    expect(els.get('c1')?.grabbable).toBe(false);
  });
});

describe('the projector theme\'s name label', () => {
  it('draws a name in at most two lines of its cell, cutting a longer one, so it never reaches the row below', () => {
    expect(personRoomLabel({ name: 'Wang Jianguo' })).toBe('Wang Jianguo');
    const long = personRoomLabel({ name: 'Professor Dr. Maximilian Alexander von Hohenzollern-Sigmaringen' }).split('\n');
    expect(long).toHaveLength(2);
    expect(long[1]).toMatch(/…$/);
    for (const line of long) expect(textWidth(line, PROJECTOR_LABEL.personFontSize)).toBeLessThanOrEqual(PROJECTOR_LABEL.personMaxWidth);
  });
});

describe('labels and chips on the map', () => {
  it('draws the name large and the title as its own smaller label under it, on a plate', () => {
    const p = newPerson(ACCOUNT, { name: 'Wang Jianguo', title: 'President', layer: 'image', influence: 5 }, 'p1');
    const els = build(account([p]));
    expect(els.get('p1')?.data.label).toBe('Wang Jianguo');
    const title = els.get(titleId('p1'));
    expect(title?.data.label).toBe('President');
    expect(title?.position).toEqual(els.get('p1')?.position);
    expect(Number(title?.data.offset)).toBeGreaterThan(84 / 2 + PERSON_LABEL.fontSize);
    expect(PERSON_LABEL.fontSize).toBeGreaterThan(PERSON_LABEL.titleFontSize);
    // Nobody without a title gets an empty title label.
    const untitled = build(account([newPerson(ACCOUNT, { name: 'Gao', title: '', layer: 'user' }, 'p2')]));
    expect(untitled.has(titleId('p2'))).toBe(false);
  });

  it('marks decision makers, coaches and people of influence 4-5 as key people, whose names stay on a large map', () => {
    const people = [
      newPerson(ACCOUNT, { name: 'A', layer: 'decision', roles: ['decisionMaker'], influence: 2 }, 'dm'),
      newPerson(ACCOUNT, { name: 'B', layer: 'user', roles: ['coach', 'user'], influence: 1 }, 'coach'),
      newPerson(ACCOUNT, { name: 'C', layer: 'user', roles: ['user'], influence: 4 }, 'heavy'),
      newPerson(ACCOUNT, { name: 'D', layer: 'user', roles: ['influencer'], influence: 3 }, 'plain'),
    ];
    const els = build(account(people));
    expect(['dm', 'coach', 'heavy', 'plain'].map((id) => classesOf(els.get(id)).includes('key'))).toEqual([true, true, true, false]);
  });

  it('hangs covers chips on covered people only, with a third image for them', () => {
    const covered = newPerson(ACCOUNT, { name: 'Wang', layer: 'image' }, 'p1');
    const alone = newPerson(ACCOUNT, { name: 'Gao', layer: 'user' }, 'p2');
    const els = build(account([covered, alone], [covers('l1', 'p1', 2)]));
    expect(classesOf(els.get('p1'))).toContain('has-chips');
    expect(els.get('p1')?.data.chips).toBe('LW:2');
    const images = String(els.get('p1')?.data.icons).split(' ');
    expect(images).toHaveLength(3);
    expect(decodeURIComponent(images[2]!)).toMatch(/>LW<\/tspan>.*>2<\/tspan>/);
    expect(classesOf(els.get('p2'))).not.toContain('has-chips');
  });
});

describe('wrapText', () => {
  it('wraps Latin text at spaces and Chinese text anywhere, within the line limit', () => {
    const latin = wrapText('Secretary of the University Party Committee', 166, 12, 3);
    expect(latin.join(' ')).toBe('Secretary of the University Party Committee');
    expect(latin.length).toBeGreaterThan(1);
    for (const line of latin) expect(textWidth(line, 12)).toBeLessThanOrEqual(166);
    const zh = wrapText('网络与基础设施科科长兼信息化建设办公室副主任', 120, 12, 2);
    expect(zh).toHaveLength(2);
    expect(zh[0]).toBe('网络与基础设施科科长');
    expect(zh[1]?.endsWith('…')).toBe(true);
  });

  it('cuts with an ellipsis instead of growing past the last line', () => {
    const lines = wrapText('Deputy General Manager of the Logistics Services Group and Campus Facilities', 166, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('returns nothing for blank text', () => {
    expect(wrapText('   ', 100, 12, 2)).toEqual([]);
  });
});
