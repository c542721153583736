import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { groupFindings, groupPeople, topFindings } from './priorities';
import { TODAY, accountData, covers, member, person, reportsTo } from './testing';

describe('what to do first, and what reads as one', () => {
  // Three decision makers, none with a contact date, two uncovered; one covered coach (contacted today);
  // a reports-to chain so paths to power exist (good news: never a top move).
  const dm = (id: string) => person(id, { layer: 'decision', roles: ['decisionMaker'] });
  const data = accountData({
    team: [member('li')],
    people: [person('coach', { roles: ['coach'], lastContact: TODAY }), dm('a'), dm('b'), dm('c')],
    links: [covers('li', 'coach', 3, TODAY), covers('li', 'c', 2), reportsTo('coach', 'a'), reportsTo('coach', 'b'), reportsTo('coach', 'c')],
  });
  const findings = analyze(data, { today: TODAY }).findings;

  it('takes the three most severe moves, one per person, leaving good news out', () => {
    // The analysis's order: dm-uncovered a, b (critical), contact-single-thread coach, owner-single-thread
    // (li, holding coach and c), access-bottleneck coach, layer-missing image, implementation, ...
    expect(topFindings(findings).map((f) => f.key)).toEqual(['decision-maker-uncovered:a', 'decision-maker-uncovered:b', 'contact-single-thread:coach']);
    // Five: the owner thread and the bottleneck start with the coach again, so the missing layers come next.
    expect(topFindings(findings, 5).map((f) => f.key)).toEqual([
      'decision-maker-uncovered:a',
      'decision-maker-uncovered:b',
      'contact-single-thread:coach',
      'layer-missing:image',
      'layer-missing:implementation',
    ]);
    // Paths to power are good news: never among the moves, however many are asked for.
    expect(topFindings(findings, 99).some((f) => f.code === 'path-to-power')).toBe(false);
  });

  it('groups the findings of one kind: three decision makers without a contact date are one group naming three people', () => {
    const groups = groupFindings(findings);
    const noDate = groups.find((g) => g.code === 'no-contact-date')!;
    expect(noDate.findings.map((f) => f.personIds[0])).toEqual(['a', 'b', 'c']);
    expect(groupPeople(noDate)).toEqual(['a', 'b', 'c']);
    // Two missing layers are a group about layers, not about the first person in each.
    expect(groupPeople(groups.find((g) => g.code === 'layer-missing')!)).toBeNull();
    // Each code appears in exactly one group, and no finding is lost.
    expect(new Set(groups.map((g) => g.code)).size).toBe(groups.length);
    expect(groups.flatMap((g) => g.findings)).toHaveLength(findings.length);
  });
});
