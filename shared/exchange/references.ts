import { LINK_FROM, type AccountData } from '../model';

type RecordKind = 'account' | 'competitor' | 'team' | 'person' | 'link';

const KIND_NAME: Record<RecordKind, string> = {
  account: 'the account',
  competitor: 'a competitor',
  team: 'a member of our team',
  person: 'a person',
  link: 'a link',
};

/**
 * Problems that the per-record schemas cannot see because they span records: ids used twice, records
 * of another account, link ends that are missing or of the wrong kind, a favoured or left-to competitor
 * that is not the account's. One line per problem, led by the path of the field at fault.
 */
export function checkReferences(data: AccountData): string[] {
  const problems: string[] = [];
  const owner = new Map<string, { kind: RecordKind; where: string }>();
  const accountId = data.account.id;

  const register = (id: string, kind: RecordKind, where: string): void => {
    const earlier = owner.get(id);
    if (earlier) problems.push(`${where}.id: "${id}" is used twice (also ${earlier.where}.id)`);
    else owner.set(id, { kind, where });
  };
  const sameAccount = (recordAccountId: string, where: string): void => {
    if (recordAccountId !== accountId) {
      problems.push(`${where}.accountId: "${recordAccountId}" differs from the account's id "${accountId}"`);
    }
  };

  register(accountId, 'account', 'account');
  const sections = [
    ['competitors', 'competitor', data.competitors],
    ['team', 'team', data.team],
    ['people', 'person', data.people],
    ['links', 'link', data.links],
  ] as const;
  for (const [section, kind, records] of sections) {
    records.forEach((record, i) => {
      register(record.id, kind, `${section}[${i}]`);
      sameAccount(record.accountId, `${section}[${i}]`);
    });
  }

  const expectEnd = (id: string, wanted: RecordKind, where: string, linkKind: string): void => {
    const found = owner.get(id);
    if (!found) problems.push(`${where}: "${id}" is not in this file`);
    else if (found.kind !== wanted) {
      problems.push(`${where}: "${id}" is ${KIND_NAME[found.kind]}, but a ${linkKind} link needs ${KIND_NAME[wanted]} here`);
    }
  };
  data.links.forEach((link, i) => {
    expectEnd(link.from, LINK_FROM[link.kind], `links[${i}].from`, link.kind);
    expectEnd(link.to, 'person', `links[${i}].to`, link.kind);
  });

  data.people.forEach((person, i) => {
    for (const field of ['favouredCompetitorId', 'leftToCompetitorId'] as const) {
      const competitorId = person[field];
      if (competitorId !== null && owner.get(competitorId)?.kind !== 'competitor') {
        problems.push(`people[${i}].${field}: "${competitorId}" is not one of this file's competitors`);
      }
    }
  });
  return problems;
}
