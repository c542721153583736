import { describe, expect, it } from 'vitest';
import { applyOps } from './applyOps';
import { deleteElements } from './deleteElements';
import { setPersonStatus } from './status';
import { canonical, deepFreeze, sampleAccount } from './testData';

const data = deepFreeze(sampleAccount());
const cai = (after: typeof data) => after.people.find((p) => p.id === 'p-cai')!;

describe('setPersonStatus', () => {
  it('marks a person left to a competitor as one patch, and undo takes all of it back', () => {
    const edit = setPersonStatus(data, 'p-cai', { status: 'left', since: '2026-11-02', to: { competitorId: 'c-acme' } });
    expect(edit.forward).toEqual([
      { op: 'patch', entity: 'person', id: 'p-cai', patch: { status: 'left', statusSince: '2026-11-02', leftToCompetitorId: 'c-acme' } },
    ]);
    const after = applyOps(data, edit.forward);
    expect(cai(after)).toMatchObject({ status: 'left', statusSince: '2026-11-02', leftTo: '', leftToCompetitorId: 'c-acme' });
    expect(canonical(applyOps(after, edit.inverse))).toEqual(canonical(data));
  });

  it('keeps only what fits the new status: another employer as text, a leave with no employer, active with nothing', () => {
    const gone = applyOps(data, setPersonStatus(data, 'p-cai', { status: 'left', since: null, to: { competitorId: 'c-acme' } }).forward);
    const elsewhere = applyOps(gone, setPersonStatus(gone, 'p-cai', { status: 'left', since: '2026-11-03', to: { employer: '  Bright Tech ' } }).forward);
    expect(cai(elsewhere)).toMatchObject({ status: 'left', statusSince: '2026-11-03', leftTo: 'Bright Tech', leftToCompetitorId: null });
    const onLeave = applyOps(elsewhere, setPersonStatus(elsewhere, 'p-cai', { status: 'onLeave', since: '2026-12-01' }).forward);
    expect(cai(onLeave)).toMatchObject({ status: 'onLeave', statusSince: '2026-12-01', leftTo: '', leftToCompetitorId: null });
    const back = applyOps(onLeave, setPersonStatus(onLeave, 'p-cai', { status: 'active' }).forward);
    expect(cai(back)).toEqual(cai(data));
  });

  it('is no edit when nothing changes, and for an unknown person', () => {
    expect(setPersonStatus(data, 'p-cai', { status: 'active' }).forward).toEqual([]);
    expect(setPersonStatus(data, 'nobody', { status: 'onLeave', since: null }).forward).toEqual([]);
  });

  it('deleting the competitor a person left for clears it, and undo puts it back', () => {
    const left = applyOps(data, setPersonStatus(data, 'p-cai', { status: 'left', since: null, to: { competitorId: 'c-acme' } }).forward);
    const edit = deleteElements(left, ['c-acme']);
    const after = applyOps(left, edit.forward);
    expect(cai(after)).toMatchObject({ status: 'left', leftToCompetitorId: null });
    expect(after.people.find((p) => p.id === 'p-bo')?.favouredCompetitorId).toBeNull();
    expect(canonical(applyOps(after, edit.inverse))).toEqual(canonical(left));
  });
});
