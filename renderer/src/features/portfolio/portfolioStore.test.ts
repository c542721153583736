import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../../../shared/demo';
import { accountData, covers, member, person } from '../../../../shared/analysis/testing';
import type { AppError } from '../../../../shared/model';
import { fakeClient } from '../../stores/fakeClient';
import { createPortfolioStore } from './portfolioStore';

describe('portfolio store', () => {
  it('loads every account, riskiest first, with the thresholds in settings', async () => {
    const safe = accountData({
      account: { ...accountData().account, id: 'safe', name: 'Safe Co' },
      team: [member('li'), member('he')],
      people: [person('a', { layer: 'image' }), person('b', { layer: 'decision' }), person('c', { layer: 'implementation' }), person('d')],
      links: [covers('li', 'a', 3, '2026-11-20'), covers('he', 'b', 3, '2026-11-20'), covers('li', 'c', 3, '2026-11-20'), covers('he', 'd', 3, '2026-11-20')],
    });
    const fake = fakeClient([safe, buildDemoAccount('en', '2026-11-22')]);
    const errors: AppError[] = [];
    const store = createPortfolioStore(fake.client, (e) => errors.push(e));
    await store.getState().load();
    expect(store.getState().rows.map((r) => r.name)).toEqual(['Eastlake University', 'Safe Co']);
    expect(store.getState().rows[0]!.risk).toBe('high');
    expect(store.getState()).toMatchObject({ loaded: true, error: null });
    expect(errors).toEqual([]);
  });

  it('reports a failure and keeps what it had', async () => {
    const errors: AppError[] = [];
    const failure: AppError = { code: 'internal', message: 'disk on fire' };
    const store = createPortfolioStore({ call: async () => ({ ok: false, error: failure }) }, (e) => errors.push(e));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ rows: [], loaded: true, error: failure });
    expect(errors).toEqual([failure]);
  });
});
