import { describe, expect, it } from 'vitest';
import {
  ATTITUDES,
  DEFAULT_CADENCE_DAYS,
  DRIVERS,
  FITS,
  LAYERS,
  LINK_KINDS,
  ROLES,
  accountDataSchema,
  describeIssues,
  type AccountData,
  type Link,
  type Person,
} from '../model';
import { analyze } from '../analysis';
import { DEMO_ACCOUNT_ID, DEMO_KEY_PEOPLE, buildDemoAccount, type DemoLocale } from './index';

const TODAY = '2026-06-15';
const LOCALES: DemoLocale[] = ['en', 'zh-CN'];
const CJK = /[\u4e00-\u9fff]/;

const demo = (locale: DemoLocale, today = TODAY): AccountData => buildDemoAccount(locale, today);

const ageInDays = (today: string, date: string): number => (Date.parse(today) - Date.parse(date)) / 86_400_000;

/** Everything but the words: what must be identical in both languages. */
function structureOf(data: AccountData) {
  const { name: _n, industry: _i, region: _r, notes: _o, ...account } = data.account;
  return {
    account,
    competitors: data.competitors.map(({ name: _name, ...rest }) => rest),
    team: data.team.map(({ name: _name, ...rest }) => rest),
    people: data.people.map(
      ({ name: _a, title: _b, department: _c, contact: _d, judgesBy: _e, nextStep: _f, privateNotes: _g, ...rest }) => rest,
    ),
    links: data.links,
  };
}

const personTexts = (p: Person): string[] => [p.name, p.title, p.department, p.contact, p.judgesBy, p.nextStep, p.privateNotes];

const covers = (data: AccountData): Link[] => data.links.filter((l) => l.kind === 'covers');
const strongCovers = (data: AccountData): Link[] => covers(data).filter((l) => (l.strength ?? 0) >= 2);
const bestCovers = (data: AccountData, personId: string): number =>
  Math.max(0, ...covers(data).filter((l) => l.to === personId).map((l) => l.strength ?? 0));
const person = (data: AccountData, id: string): Person => {
  const found = data.people.find((p) => p.id === id);
  if (!found) throw new Error(`no person ${id}`);
  return found;
};

describe.each(LOCALES)('demo account (%s)', (locale) => {
  const data = demo(locale);

  it('is a valid account file', () => {
    const parsed = accountDataSchema.safeParse(data);
    expect(parsed.success ? [] : describeIssues(parsed.error)).toEqual([]);
  });

  it('tells a story of a core university account in its first stage of cooperation', () => {
    expect(data.account).toMatchObject({ tier: 'core', stage: 'initial', shareOfWallet: 30 });
    expect(data.people.length).toBeGreaterThanOrEqual(16);
    expect(data.people.length).toBeLessThanOrEqual(22);
    expect(data.team.map((t) => t.function).sort()).toEqual(['executive', 'presales', 'sales']);
    expect(data.competitors.length).toBeGreaterThanOrEqual(1);
  });

  it('shows every layer, role, attitude, driver, fit value and influence weight', () => {
    expect(new Set(data.people.map((p) => p.layer))).toEqual(new Set(LAYERS));
    expect(new Set(data.people.flatMap((p) => p.roles))).toEqual(new Set(ROLES));
    expect(new Set(data.people.map((p) => p.attitude))).toEqual(new Set(ATTITUDES));
    expect(new Set(data.people.map((p) => p.driver).filter((d) => d !== null))).toEqual(new Set(DRIVERS));
    expect(new Set(data.people.flatMap((p) => [p.fitOurs, p.fitCompetitor]))).toEqual(new Set(FITS));
    expect(new Set(data.people.map((p) => p.influence))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(data.people.some((p) => p.targetRelationship !== null && p.targetRelationship > bestCovers(data, p.id))).toBe(true);
  });

  it('shows every link kind and every covers strength', () => {
    expect(new Set(data.links.map((l) => l.kind))).toEqual(new Set(LINK_KINDS));
    expect(new Set(covers(data).map((l) => l.strength))).toEqual(new Set([0, 1, 2, 3]));
    expect(new Set(data.links.filter((l) => l.kind === 'influences').map((l) => l.strength))).toEqual(new Set([1, 2, 3]));
  });

  it('has fresh, stale and cold relationships for a 15-day cadence', () => {
    const cadence = DEFAULT_CADENCE_DAYS[data.account.tier];
    const ages = covers(data).map((l) => ageInDays(TODAY, l.lastContact ?? ''));
    expect(ages.some((a) => a <= cadence)).toBe(true);
    expect(ages.some((a) => a > cadence && a <= 2 * cadence)).toBe(true);
    expect(ages.some((a) => a > 2 * cadence)).toBe(true);
  });

  it('links only things that exist, each end of the right kind', () => {
    const people = new Set(data.people.map((p) => p.id));
    const team = new Set(data.team.map((t) => t.id));
    const competitors = new Set(data.competitors.map((c) => c.id));
    for (const link of data.links) {
      const fromSet = link.kind === 'covers' ? team : link.kind === 'competitorTie' ? competitors : people;
      expect(fromSet.has(link.from), `${link.id} from`).toBe(true);
      expect(people.has(link.to), `${link.id} to`).toBe(true);
    }
    for (const p of data.people) {
      if (p.favouredCompetitorId !== null) expect(competitors.has(p.favouredCompetitorId)).toBe(true);
    }
    const pairs = data.links.map((l) => `${l.kind} ${l.from} ${l.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('uses unique readable ids, all in the demo account, and leaves placement to the layout', () => {
    const ids = [data.account.id, ...[data.competitors, data.team, data.people, data.links].flat().map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('demo-'))).toBe(true);
    const children = [data.competitors, data.team, data.people, data.links].flat();
    expect(children.every((e) => e.accountId === DEMO_ACCOUNT_ID)).toBe(true);
    expect([...data.team, ...data.people].every((e) => e.x === null && e.y === null)).toBe(true);
  });

  it('gives every person words, a next step and a private note of their own', () => {
    for (const p of data.people) {
      expect(p.name && p.title && p.department && p.judgesBy && p.nextStep && p.privateNotes, p.id).toBeTruthy();
    }
    const notes = data.people.map((p) => p.privateNotes);
    expect(new Set(notes).size).toBe(notes.length);
    // Private notes must be recognisable: none of them repeats in a field workshop mode shows.
    const shown = data.people.flatMap((p) => [p.name, p.title, p.department, p.judgesBy, p.nextStep]).join('\n');
    expect(notes.filter((n) => shown.includes(n))).toEqual([]);
    expect(data.people.filter((p) => p.contact !== '').length).toBeGreaterThan(data.people.length / 2);
  });

  it("records a person's last contact as the newest contact anyone on our team had", () => {
    for (const p of data.people) {
      const dates = covers(data).filter((l) => l.to === p.id).map((l) => l.lastContact ?? '').sort();
      expect(p.lastContact, p.id).toBe(dates.length > 0 ? dates[dates.length - 1] : null);
    }
  });
});

describe('demo account in two languages', () => {
  const en = demo('en');
  const zh = demo('zh-CN');

  it('has the same structure in both languages', () => {
    expect(structureOf(zh)).toEqual(structureOf(en));
  });

  it('differs in the words: Chinese names in Chinese, English text without Chinese characters', () => {
    expect(zh.account.name).not.toBe(en.account.name);
    for (const p of zh.people) {
      expect(p.name, p.id).toMatch(CJK);
      expect(p.title, p.id).toMatch(CJK);
      expect(p.privateNotes, p.id).toMatch(CJK);
    }
    for (const t of [...zh.team, ...zh.competitors]) expect(t.name).toMatch(CJK);
    const englishTexts = [
      ...Object.values(en.account).filter((v): v is string => typeof v === 'string'),
      ...en.people.flatMap(personTexts),
      ...en.team.map((t) => t.name),
      ...en.competitors.map((c) => c.name),
    ];
    expect(englishTexts.filter((t) => CJK.test(t))).toEqual([]);
  });
});

describe('demo account is deterministic', () => {
  it('gives the same data for the same arguments', () => {
    for (const locale of LOCALES) expect(demo(locale)).toEqual(demo(locale));
  });

  it('counts every date back from today', () => {
    const later = demo('en', '2027-03-01'); // across a year and the end of February
    const now = demo('en');
    const shift = ageInDays('2027-03-01', TODAY);
    covers(now).forEach((link, i) => {
      const moved = covers(later)[i];
      expect(moved?.id).toBe(link.id);
      expect(ageInDays(moved?.lastContact ?? '', link.lastContact ?? '')).toBe(shift);
    });
    expect(later.account.updatedAt.startsWith('2027-03-01')).toBe(true);
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => buildDemoAccount('en', '2026-02-30')).toThrow(RangeError);
    expect(() => buildDemoAccount('en', '15/06/2026')).toThrow(RangeError);
  });
});

describe('the story the findings are drawn from', () => {
  const data = demo('en');

  it('runs most of our strong access through a coach in the implementation layer', () => {
    const coach = person(data, DEMO_KEY_PEOPLE.coach);
    expect(coach.roles).toContain('coach');
    expect(coach.layer).toBe('implementation');
    expect(data.people.filter((p) => p.roles.includes('coach'))).toHaveLength(1);
    const strong = strongCovers(data);
    expect(strong.filter((l) => l.to === coach.id).length).toBeGreaterThan(strong.length / 2);
    // Without the coach, at most one customer person keeps a strong covers link: contact single-thread.
    expect(new Set(strong.filter((l) => l.to !== coach.id).map((l) => l.to)).size).toBe(1);
  });

  it('has a skeptic decision maker who favours a competitor tied to him', () => {
    const blocker = person(data, DEMO_KEY_PEOPLE.blocker);
    expect(blocker.roles).toContain('decisionMaker');
    expect(blocker.attitude).toBe('skeptic');
    expect(blocker.favouredCompetitorId).toBe(DEMO_KEY_PEOPLE.favouredCompetitor);
    expect(data.links.some((l) => l.kind === 'competitorTie' && l.from === blocker.favouredCompetitorId && l.to === blocker.id)).toBe(true);
  });

  it('leaves a decision maker without a working relationship', () => {
    const uncovered = person(data, DEMO_KEY_PEOPLE.uncoveredDecisionMaker);
    expect(uncovered.roles).toContain('decisionMaker');
    expect(bestCovers(data, uncovered.id)).toBeLessThan(2);
    expect(DEMO_KEY_PEOPLE.decisionMakers.some((id) => bestCovers(data, id) >= 2)).toBe(true);
  });

  it('identifies the user layer but covers nobody in it', () => {
    const users = data.people.filter((p) => p.layer === 'user');
    expect(users.length).toBeGreaterThan(0);
    expect(users.filter((p) => bestCovers(data, p.id) >= 2)).toEqual([]);
  });

  it('puts most but not all strong covers with one member of our team', () => {
    const owners = strongCovers(data).map((l) => l.from);
    const mine = owners.filter((o) => o === DEMO_KEY_PEOPLE.mainOwner).length;
    expect(mine).toBeGreaterThan(owners.length / 2);
    expect(mine).toBeLessThan(owners.length);
  });

  it('hides the most informal influence in a quiet implementation-layer person, who sways the decision makers', () => {
    // An influences link A -> B reads "A sways B": the influence is the sum of A's outgoing strengths.
    const sways = new Map<string, number>();
    for (const l of data.links) if (l.kind === 'influences') sways.set(l.from, (sways.get(l.from) ?? 0) + (l.strength ?? 1));
    const hidden = person(data, DEMO_KEY_PEOPLE.hiddenInfluencer);
    expect(hidden.layer).toBe('implementation');
    const others = data.people.filter((p) => p.id !== hidden.id).map((p) => sways.get(p.id) ?? 0);
    expect(sways.get(hidden.id)).toBe(9);
    expect(Math.max(...others)).toBe(4);
    const swayedDecisionMakers = data.links.filter((l) => l.kind === 'influences' && l.from === hidden.id && (DEMO_KEY_PEOPLE.decisionMakers as readonly string[]).includes(l.to));
    expect(swayedDecisionMakers.length).toBe(2);
  });

  it('shows a high title with little weight and a quiet person with a lot', () => {
    expect(data.people.some((p) => p.layer === 'image' && p.influence <= 2)).toBe(true);
    expect(data.people.some((p) => p.layer === 'implementation' && p.influence >= 4)).toBe(true);
  });
});

describe('the demo map is mostly verified, with a few people to check', () => {
  it('dates verifiedOn back from today: three people are stale (two old, one never), the rest within 90 days', () => {
    const today = '2026-06-15';
    const data = buildDemoAccount('en', today);
    const analysis = analyze(data, { today });
    const stale = analysis.findings.filter((f) => f.code === 'unverified-people');
    expect(stale).toHaveLength(1);
    expect(stale[0]!.personIds).toEqual(['demo-p-party-secretary', 'demo-p-teacher-english', 'demo-p-helpdesk-operator']);
    expect(data.people.find((p) => p.id === 'demo-p-appdev-chief')!.verifiedOn).toBe('2026-06-11');
  });
});
