import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountData } from '../../shared/model';
import { makePerson, putOps, sampleAccountData, useTempStore } from './test-support';

const fx = useTempStore();

function accountWithPeople(name: string, people: { name: string; title?: string }[]): AccountData {
  const data = sampleAccountData({ name });
  return {
    ...data,
    people: people.map((p) => makePerson(data.account.id, { name: p.name, title: p.title ?? '', favouredCompetitorId: null })),
    links: [],
  };
}

let acme: AccountData;
let huawei: AccountData;

beforeEach(() => {
  acme = accountWithPeople('Acme Corporation', [{ name: 'Alice MÜLLER', title: 'CTO' }, { name: 'Bob Acme-Fan' }, { name: '50%_off Deals' }]);
  huawei = accountWithPeople('华为技术有限公司', [{ name: '张伟', title: '首席信息官' }, { name: '王芳' }, { name: 'Zhang Wei 张' }]);
  fx.store.applyOps(putOps(acme));
  fx.store.applyOps(putOps(huawei));
});

const names = (text: string, limit = 50) => fx.store.search(text, limit).map((hit) => hit.personName ?? hit.accountName);

describe('search', () => {
  it('finds Latin names whatever their case, anywhere in the name', () => {
    expect(names('müller')).toEqual(['Alice MÜLLER']);
    expect(names('CORPORATION')).toEqual(['Acme Corporation']);
    expect(names('ice mü')).toEqual(['Alice MÜLLER']);
  });

  it('treats full-width Latin like ordinary Latin', () => {
    expect(names('ＡＣＭＥ')).toEqual(['Acme Corporation', 'Bob Acme-Fan']);
  });

  it('finds Chinese names by any part of them', () => {
    expect(names('华为')).toEqual(['华为技术有限公司']);
    expect(names('技术')).toEqual(['华为技术有限公司']);
    expect(names('张')).toEqual(['张伟', 'Zhang Wei 张']);
    expect(names('芳')).toEqual(['王芳']);
  });

  it('lists accounts first, then people with their account', () => {
    const hits = fx.store.search('acme', 10);
    expect(hits).toEqual([
      { accountId: acme.account.id, accountName: 'Acme Corporation', personId: null, personName: null, personTitle: null },
      {
        accountId: acme.account.id,
        accountName: 'Acme Corporation',
        personId: acme.people[1]!.id,
        personName: 'Bob Acme-Fan',
        personTitle: '',
      },
    ]);
    expect(fx.store.search('张伟', 10)[0]).toMatchObject({ accountName: '华为技术有限公司', personTitle: '首席信息官' });
  });

  it('takes % and _ literally', () => {
    expect(names('%')).toEqual(['50%_off Deals']);
    expect(names('0%_o')).toEqual(['50%_off Deals']);
    expect(names('_')).toEqual(['50%_off Deals']);
  });

  it('returns at most `limit` hits, and none for blank text', () => {
    expect(names('a', 2)).toHaveLength(2);
    expect(names('   ')).toEqual([]);
    expect(names('nobody here')).toEqual([]);
  });

  it('follows renames', () => {
    fx.store.applyOps([{ op: 'patch', entity: 'person', id: huawei.people[1]!.id, patch: { name: '李娜' } }]);
    expect(names('王芳')).toEqual([]);
    expect(names('李')).toEqual(['李娜']);
  });
});
