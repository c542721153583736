import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/model';
import { sampleAccount } from '../../../shared/edit/testData';
import { createAccountsStore } from './accounts';
import { sortByName } from './collate';
import { fakeClient } from './fakeClient';

describe('accounts store', () => {
  it('creates an account with DOMAIN defaults in one edit', async () => {
    const fake = fakeClient();
    const accounts = createAccountsStore(fake.client, () => {});
    const id = await accounts.getState().create('Harbor Hospital');
    const [ops] = fake.editCalls();
    expect(ops).toEqual([{ op: 'put', entity: 'account', value: expect.objectContaining({ id, name: 'Harbor Hospital', tier: 'mid', funnelClass: 'C', stage: 'development' }) }]);
    expect(accounts.getState().list.map((a) => a.name)).toEqual(['Harbor Hospital']);
  });

  it('deletes an account and restores exactly what was deleted', async () => {
    const fake = fakeClient([sampleAccount()]);
    const accounts = createAccountsStore(fake.client, () => {});
    await accounts.getState().load();
    const snapshot = await accounts.getState().remove('acc-1');
    expect(accounts.getState().list).toEqual([]);
    expect(snapshot?.people).toHaveLength(4);
    expect(await accounts.getState().restore(snapshot!)).toBe(true);
    expect(fake.calls.find((c) => c.channel === 'accounts.restore')?.args).toEqual({ data: snapshot });
    expect(accounts.getState().list.map((a) => a.id)).toEqual(['acc-1']);
  });

  it('reports errors but stays quiet when the user cancels a dialog', async () => {
    const fake = fakeClient();
    const errors: AppError[] = [];
    const accounts = createAccountsStore(fake.client, (error) => errors.push(error));
    expect(await accounts.getState().importFile()).toBeNull();
    expect(errors).toEqual([]);
    expect(await accounts.getState().remove('missing')).toBeNull();
    expect(errors.map((e) => e.code)).toEqual(['not-found']);
  });

  it('searches people across accounts and clears on empty text', async () => {
    const fake = fakeClient([sampleAccount()]);
    const accounts = createAccountsStore(fake.client, () => {});
    await accounts.getState().search('蔡');
    expect(accounts.getState().hits).toEqual([expect.objectContaining({ accountId: 'acc-1', personId: 'p-cai', personName: '蔡老师' })]);
    await accounts.getState().search('  ');
    expect(accounts.getState().hits).toEqual([]);
    expect(accounts.getState().query).toBe('');
  });
});

describe('sortByName', () => {
  it('sorts Chinese names by pinyin for a Chinese reader and numbers numerically', () => {
    const sorted = sortByName(['张伟', '安娜', 'Lab 10', '李雷', 'Lab 2'], 'zh-CN', (n) => n);
    expect(sorted.filter((n) => !n.startsWith('Lab'))).toEqual(['安娜', '李雷', '张伟']); // an, li, zhang
    expect(sorted.filter((n) => n.startsWith('Lab'))).toEqual(['Lab 2', 'Lab 10']);
  });

  it('ignores case and accents for an English reader', () => {
    expect(sortByName(['zoe', 'Émile', 'adam', 'Bob'], 'en', (n) => n)).toEqual(['adam', 'Bob', 'Émile', 'zoe']);
  });
});
