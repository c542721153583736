import type { AccountData, Link, Person } from '../model';
import type { DemoContent } from './content';
import { contentEn } from './content.en';
import { contentZhCN } from './content.zh-CN';
import { daysBefore } from './dates';
import { DEMO_ACCOUNT_ID, demoCompetitorId, demoLinkId, demoPersonId, demoTeamId } from './ids';
import {
  ACCOUNT_SHAPE,
  COMPETITOR_KEYS,
  DEMO_LINKS,
  PERSON_KEYS,
  PERSON_SHAPE,
  TEAM_KEYS,
  TEAM_SHAPE,
  type DemoLink,
  type PersonKey,
  VERIFIED_DAYS_AGO,
} from './structure';

export type DemoLocale = 'en' | 'zh-CN';

const CONTENT: Record<DemoLocale, DemoContent> = { en: contentEn, 'zh-CN': contentZhCN };

function toLink(link: DemoLink, today: string): Link {
  const base = { id: demoLinkId(link), accountId: DEMO_ACCOUNT_ID, kind: link.kind, to: demoPersonId(link.to) };
  switch (link.kind) {
    case 'covers':
      return {
        ...base,
        from: demoTeamId(link.from),
        strength: link.strength,
        lastContact: daysBefore(today, link.daysAgo),
      };
    case 'competitorTie':
      return { ...base, from: demoCompetitorId(link.from), strength: link.strength, lastContact: null };
    case 'influences':
      return { ...base, from: demoPersonId(link.from), strength: link.strength, lastContact: null };
    default:
      return { ...base, from: demoPersonId(link.from), strength: null, lastContact: null };
  }
}

/** A person's last contact is the newest covers contact anyone on our team had with them. */
function lastContactOf(key: PersonKey): number | null {
  const ages = DEMO_LINKS.flatMap((link) => (link.kind === 'covers' && link.to === key ? [link.daysAgo] : []));
  return ages.length > 0 ? Math.min(...ages) : null;
}

/**
 * The demo account a new user sees on first start: Eastlake University buying a smart-campus platform.
 * Pure and deterministic: ids are fixed and shared by both languages; dates count back from `today`.
 */
export function buildDemoAccount(locale: DemoLocale, today: string): AccountData {
  const text = CONTENT[locale];
  const stamp = (days: number): string => `${daysBefore(today, days)}T09:00:00.000Z`;

  const people = PERSON_KEYS.map((key): Person => {
    const shape = PERSON_SHAPE[key];
    const words = text.people[key];
    const age = lastContactOf(key);
    const verifiedAgo = VERIFIED_DAYS_AGO[key];
    return {
      id: demoPersonId(key),
      accountId: DEMO_ACCOUNT_ID,
      name: words.name,
      title: words.title,
      department: words.department,
      contact: words.contact,
      email: '',
      phone: '',
      layer: shape.layer,
      roles: [...shape.roles],
      attitude: shape.attitude,
      influence: shape.influence,
      favouredCompetitorId: shape.favouredCompetitor === null ? null : demoCompetitorId(shape.favouredCompetitor),
      driver: shape.driver,
      judgesBy: words.judgesBy,
      fitOurs: shape.fitOurs,
      fitCompetitor: shape.fitCompetitor,
      targetRelationship: shape.targetRelationship,
      lastContact: age === null ? null : daysBefore(today, age),
      nextStep: words.nextStep,
      privateNotes: words.privateNotes,
      verifiedOn: verifiedAgo === null ? null : daysBefore(today, verifiedAgo),
      source: '',
      status: 'active',
      statusSince: null,
      leftTo: '',
      leftToCompetitorId: null,
      x: null,
      y: null,
    };
  });

  return {
    account: {
      id: DEMO_ACCOUNT_ID,
      name: text.account.name,
      industry: text.account.industry,
      region: text.account.region,
      notes: text.account.notes,
      tier: ACCOUNT_SHAPE.tier,
      funnelClass: ACCOUNT_SHAPE.funnelClass,
      stage: ACCOUNT_SHAPE.stage,
      shareOfWallet: ACCOUNT_SHAPE.shareOfWallet,
      visitCadenceDays: ACCOUNT_SHAPE.visitCadenceDays,
      createdAt: stamp(ACCOUNT_SHAPE.createdDaysAgo),
      updatedAt: stamp(0),
    },
    competitors: COMPETITOR_KEYS.map((key) => ({
      id: demoCompetitorId(key),
      accountId: DEMO_ACCOUNT_ID,
      name: text.competitors[key],
    })),
    team: TEAM_KEYS.map((key) => ({
      id: demoTeamId(key),
      accountId: DEMO_ACCOUNT_ID,
      name: text.team[key],
      function: TEAM_SHAPE[key].function,
      x: null,
      y: null,
    })),
    people,
    links: DEMO_LINKS.map((link) => toLink(link, today)),
  };
}
