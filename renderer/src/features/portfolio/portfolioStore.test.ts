import { describe, expect, it } from 'vitest';
import { analyze, portfolioRow, type PortfolioRow } from '../../../../shared/analysis';
import { buildDemoAccount } from '../../../../shared/demo';
import { accountData } from '../../../../shared/analysis/testing';
import type { AppError, Result } from '../../../../shared/model';
import type { IpcClient } from '../../stores/client';
import { createPortfolioStore } from './portfolioStore';

/**
 * The store's own behaviour. Ranking the rows and applying the thresholds is the main process's job,
 * tested on a real database in electron/main/ipc/handlers.test.ts; here the main process's answers are
 * given, and what the store makes of them is checked.
 */
const TODAY = '2026-11-22';
const rowOf = (name: string): PortfolioRow => {
  const data = name === 'Eastlake University' ? buildDemoAccount('en', TODAY) : accountData({ account: { ...accountData().account, id: name, name } });
  return portfolioRow(data, analyze(data, { today: TODAY }));
};

/** A main process whose answers to portfolio.list arrive when the test releases them, in any order. */
function answeringClient() {
  const pending: Array<(result: Result<PortfolioRow[]>) => void> = [];
  const client = {
    call: () => new Promise<Result<PortfolioRow[]>>((resolve) => pending.push(resolve)),
  } as unknown as IpcClient;
  return { client, answer: (index: number, result: Result<PortfolioRow[]>) => pending[index]!(result) };
}

describe('portfolio store', () => {
  it("shows the main process's rows in the order it ranked them, without re-sorting", async () => {
    const { client, answer } = answeringClient();
    const store = createPortfolioStore(client, () => undefined);
    expect(store.getState().loaded).toBe(false);
    const loading = store.getState().load();
    const ranked = [rowOf('Zeta Co'), rowOf('Eastlake University'), rowOf('Alpha Co')];
    answer(0, { ok: true, value: ranked });
    await loading;
    expect(store.getState().rows.map((row) => row.name)).toEqual(['Zeta Co', 'Eastlake University', 'Alpha Co']);
    expect(store.getState()).toMatchObject({ loaded: true, error: null });
  });

  it('keeps the newest answer when an older, slower one arrives after it', async () => {
    const { client, answer } = answeringClient();
    const store = createPortfolioStore(client, () => undefined);
    const older = store.getState().load();
    const newer = store.getState().load();
    answer(1, { ok: true, value: [rowOf('After the edit')] });
    await newer;
    answer(0, { ok: true, value: [rowOf('Before the edit')] });
    await older;
    expect(store.getState().rows.map((row) => row.name)).toEqual(['After the edit']);
  });

  it('reports a failure and keeps the rows it had', async () => {
    const { client, answer } = answeringClient();
    const errors: AppError[] = [];
    const store = createPortfolioStore(client, (e) => errors.push(e));
    const first = store.getState().load();
    answer(0, { ok: true, value: [rowOf('Alpha Co')] });
    await first;
    const failure: AppError = { code: 'internal', message: 'disk on fire' };
    const second = store.getState().load();
    answer(1, { ok: false, error: failure });
    await second;
    expect(store.getState()).toMatchObject({ loaded: true, error: failure });
    expect(store.getState().rows.map((row) => row.name)).toEqual(['Alpha Co']);
    expect(errors).toEqual([failure]);
  });
});
