import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountData, Competitor, Link, Person, TeamMember } from '../../shared/model';
import { makePerson, putOps, sampleAccountData, steppingClock, storeErrorFrom, useTempStore } from './test-support';

const fx = useTempStore(() => ({ now: steppingClock() }));
let data: AccountData;
let boss: Person;
let engineer: Person;
let seller: TeamMember;
let rival: Competitor;

beforeEach(() => {
  data = sampleAccountData();
  [boss, engineer] = data.people as [Person, Person];
  [seller] = data.team as [TeamMember];
  [rival] = data.competitors as [Competitor];
  fx.store.applyOps(putOps(data));
});

const current = () => {
  const opened = fx.store.openAccount(data.account.id);
  if (opened === null) throw new Error('sample account vanished');
  return opened;
};

const newLink = (overrides: Partial<Link>): Link => ({
  id: 'new-link',
  accountId: data.account.id,
  kind: 'influences',
  from: engineer.id,
  to: boss.id,
  strength: 1,
  lastContact: null,
  ...overrides,
});

describe('put, patch and delete', () => {
  it('puts a new person and upserts an existing one in place', () => {
    const newcomer = makePerson(data.account.id, { name: 'Ødegård 欧' });
    fx.store.applyOps([{ op: 'put', entity: 'person', value: newcomer }]);
    fx.store.applyOps([{ op: 'put', entity: 'person', value: { ...boss, title: 'CEO' } }]);

    const after = current();
    expect(after.people).toEqual([{ ...boss, title: 'CEO' }, engineer, newcomer]);
    // Replacing a person in place must not drop the links that touch it.
    expect(after.links).toEqual(data.links);
  });

  it('patches only the given fields', () => {
    fx.store.applyOps([{ op: 'patch', entity: 'person', id: boss.id, patch: { attitude: 'opponent', influence: 2 } }]);
    expect(current().people[0]).toEqual({ ...boss, attitude: 'opponent', influence: 2 });
  });

  it('deletes by id, and ignores an id that is already gone', () => {
    const [firstLink] = data.links as [Link];
    fx.store.applyOps([
      { op: 'delete', entity: 'link', id: firstLink.id },
      { op: 'delete', entity: 'link', id: firstLink.id },
    ]);
    expect(current().links).toEqual(data.links.slice(1));
  });

  it("bumps the account's updatedAt and returns it", () => {
    const before = current().account.updatedAt;
    const { updatedAt } = fx.store.applyOps([{ op: 'patch', entity: 'team', id: seller.id, patch: { x: 1, y: 2 } }]);
    expect(updatedAt > before).toBe(true);
    expect(current().account.updatedAt).toBe(updatedAt);
    expect(fx.store.listAccounts()[0]?.updatedAt).toBe(updatedAt);
  });
});

describe('refusals', () => {
  it('writes nothing when a later op fails: the earlier ops are rolled back', () => {
    const before = current();
    const error = storeErrorFrom(() =>
      fx.store.applyOps([
        { op: 'patch', entity: 'person', id: boss.id, patch: { name: 'Renamed' } },
        { op: 'put', entity: 'link', value: newLink({ kind: 'covers', from: 'nobody', strength: 2 }) },
      ]),
    );
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toBe('ops[1] (link new-link): from: no team member with id nobody in this account');
    expect(current()).toEqual(before);

    // And nothing reached the file either.
    fx.store.close();
    const raw = new Database(fx.temp.dbPath, { readonly: true });
    expect(raw.prepare('SELECT name FROM people WHERE id = ?').pluck().get(boss.id)).toBe(boss.name);
    raw.close();
    fx.reopen();
  });

  it('refuses a link whose from end is of the wrong kind', () => {
    // A covers link starts at a team member; the boss is a person.
    const error = storeErrorFrom(() =>
      fx.store.applyOps([{ op: 'put', entity: 'link', value: newLink({ kind: 'covers', from: boss.id, to: engineer.id, strength: 1 }) }]),
    );
    expect(error.message).toBe(`ops[0] (link new-link): from: no team member with id ${boss.id} in this account`);

    const tie = storeErrorFrom(() =>
      fx.store.applyOps([{ op: 'put', entity: 'link', value: newLink({ kind: 'competitorTie', from: seller.id, strength: 1 }) }]),
    );
    expect(tie.message).toBe(`ops[0] (link new-link): from: no competitor with id ${seller.id} in this account`);

    const toTeam = storeErrorFrom(() => fx.store.applyOps([{ op: 'put', entity: 'link', value: newLink({ to: seller.id }) }]));
    expect(toTeam.message).toBe(`ops[0] (link new-link): to: no person with id ${seller.id} in this account`);
    expect(current().links).toEqual(data.links);
  });

  it('checks a link against the people and team members the same edit put or deleted before it', () => {
    const newcomer = makePerson(data.account.id, { name: 'Newcomer' });
    const member: TeamMember = { ...seller, id: 'member-2', name: 'Second seller' };
    fx.store.applyOps([
      { op: 'put', entity: 'person', value: newcomer },
      { op: 'put', entity: 'team', value: member },
      { op: 'put', entity: 'link', value: newLink({ id: 'to-newcomer', to: newcomer.id }) },
      { op: 'put', entity: 'link', value: newLink({ id: 'covers-newcomer', kind: 'covers', from: member.id, to: newcomer.id, strength: 2 }) },
    ]);
    expect(current().links.filter((link) => link.to === newcomer.id).map((link) => link.id)).toEqual(['to-newcomer', 'covers-newcomer']);

    // Put, then deleted, in one edit: a link after that finds no one.
    const gone = makePerson(data.account.id, { name: 'Gone' });
    const deleted = storeErrorFrom(() =>
      fx.store.applyOps([
        { op: 'put', entity: 'person', value: gone },
        { op: 'delete', entity: 'person', id: gone.id },
        { op: 'put', entity: 'link', value: newLink({ id: 'to-gone', to: gone.id }) },
      ]),
    );
    expect(deleted.message).toBe(`ops[2] (link to-gone): to: no person with id ${gone.id} in this account`);

    // Put in another account by the same edit: not an end for this one, nor a person a covers link may start at.
    const other = sampleAccountData({ name: 'Other' });
    fx.store.applyOps([{ op: 'put', entity: 'account', value: other.account }]);
    const stranger = makePerson(other.account.id, { name: 'Stranger' });
    const elsewhere = storeErrorFrom(() =>
      fx.store.applyOps([
        { op: 'put', entity: 'person', value: stranger },
        { op: 'put', entity: 'link', value: newLink({ id: 'to-stranger', to: stranger.id }) },
      ]),
    );
    expect(elsewhere.message).toBe(`ops[1] (link to-stranger): to: no person with id ${stranger.id} in this account`);
    const wrongKind = storeErrorFrom(() =>
      fx.store.applyOps([
        { op: 'put', entity: 'person', value: gone },
        { op: 'put', entity: 'link', value: newLink({ id: 'covers-from-person', kind: 'covers', from: gone.id, to: boss.id, strength: 1 }) },
      ]),
    );
    expect(wrongKind.message).toBe(`ops[1] (link covers-from-person): from: no team member with id ${gone.id} in this account`);
    expect(current().people.map((person) => person.id)).not.toContain(gone.id);
  });

  it('refuses a link to a person of another account', () => {
    const other = sampleAccountData({ name: 'Other' });
    fx.store.applyOps(putOps(other));
    const stranger = other.people[0] as Person;
    const error = storeErrorFrom(() => fx.store.applyOps([{ op: 'put', entity: 'link', value: newLink({ to: stranger.id }) }]));
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toContain(`to: no person with id ${stranger.id} in this account`);
  });

  it("refuses a favoured competitor from outside the person's account, on put and on patch", () => {
    const other = sampleAccountData({ name: 'Other' });
    fx.store.applyOps(putOps(other));
    const foreign = other.competitors[0] as Competitor;

    const onPut = storeErrorFrom(() =>
      fx.store.applyOps([{ op: 'put', entity: 'person', value: makePerson(data.account.id, { id: 'p-new', favouredCompetitorId: foreign.id }) }]),
    );
    expect(onPut.message).toBe(`ops[0] (person p-new): favouredCompetitorId: no competitor with id ${foreign.id} in this account`);

    const onPatch = storeErrorFrom(() =>
      fx.store.applyOps([{ op: 'patch', entity: 'person', id: engineer.id, patch: { favouredCompetitorId: foreign.id } }]),
    );
    expect(onPatch.code).toBe('invalid-payload');
    expect(current().people).toEqual(data.people);
  });

  it('refuses a patch of an id that does not exist', () => {
    const error = storeErrorFrom(() => fx.store.applyOps([{ op: 'patch', entity: 'competitor', id: 'ghost', patch: { name: 'X' } }]));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('ops[0] (competitor ghost): no competitor with this id');
  });

  it('refuses a put into an account that does not exist', () => {
    const error = storeErrorFrom(() =>
      fx.store.applyOps([{ op: 'put', entity: 'competitor', value: { id: 'c1', accountId: 'nowhere', name: 'X' } }]),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('ops[0] (competitor c1): accountId: no account with id nowhere');
  });

  it('refuses to move a record to another account by putting it there', () => {
    const other = sampleAccountData({ name: 'Other' });
    fx.store.applyOps(putOps(other));
    const error = storeErrorFrom(() => fx.store.applyOps([{ op: 'put', entity: 'person', value: { ...boss, accountId: other.account.id } }]));
    expect(error.code).toBe('conflict');
    expect(current().people).toEqual(data.people);
  });

  it("refuses a link patch that does not fit the link's kind", () => {
    const reportsTo = data.links.find((l) => l.kind === 'reportsTo') as Link;
    const error = storeErrorFrom(() => fx.store.applyOps([{ op: 'patch', entity: 'link', id: reportsTo.id, patch: { strength: 2 } }]));
    expect(error.message).toBe(`ops[0] (link ${reportsTo.id}): strength: a reportsTo link has no strength`);
  });
});

describe('deleting what links point at', () => {
  it('removes every link touching a deleted person', () => {
    fx.store.applyOps([{ op: 'delete', entity: 'person', id: engineer.id }]);
    const after = current();
    expect(after.people).toEqual([boss]);
    expect(after.links).toEqual(data.links.filter((l) => l.from !== engineer.id && l.to !== engineer.id));
    expect(after.links.length).toBeGreaterThan(0);
  });

  it("removes a deleted team member's covers links", () => {
    fx.store.applyOps([{ op: 'delete', entity: 'team', id: seller.id }]);
    expect(current().links).toEqual(data.links.filter((l) => l.from !== seller.id));
  });

  it("removes a deleted competitor's ties and clears it as anyone's favourite", () => {
    expect(boss.favouredCompetitorId).toBe(rival.id);
    fx.store.applyOps([{ op: 'delete', entity: 'competitor', id: rival.id }]);
    const after = current();
    expect(after.links.some((l) => l.kind === 'competitorTie')).toBe(false);
    expect(after.people[0]).toEqual({ ...boss, favouredCompetitorId: null });
  });

  it('clears a deleted competitor as where a person who left went, keeping that they left', () => {
    const left = { status: 'left', statusSince: '2026-11-02', leftToCompetitorId: rival.id } as const;
    fx.store.applyOps([{ op: 'patch', entity: 'person', id: engineer.id, patch: left }]);
    expect(current().people[1]).toEqual({ ...engineer, ...left });
    fx.store.applyOps([{ op: 'delete', entity: 'competitor', id: rival.id }]);
    expect(current().people[1]).toEqual({ ...engineer, ...left, leftToCompetitorId: null });
  });
});

it("refuses a person who left to a competitor of another account, on put and on patch", () => {
  const other = sampleAccountData({ name: 'Other' });
  fx.store.applyOps(putOps(other));
  const foreign = other.competitors[0] as Competitor;
  const onPut = storeErrorFrom(() =>
    fx.store.applyOps([
      { op: 'put', entity: 'person', value: makePerson(data.account.id, { id: 'p-new', status: 'left', leftToCompetitorId: foreign.id }) },
    ]),
  );
  expect(onPut.message).toBe(`ops[0] (person p-new): leftToCompetitorId: no competitor with id ${foreign.id} in this account`);
  const onPatch = storeErrorFrom(() =>
    fx.store.applyOps([{ op: 'patch', entity: 'person', id: engineer.id, patch: { status: 'left', leftToCompetitorId: foreign.id } }]),
  );
  expect(onPatch.code).toBe('invalid-payload');
  expect(current().people).toEqual(data.people);
});
