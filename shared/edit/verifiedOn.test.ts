import { describe, expect, it } from 'vitest';
import { applyOps } from './applyOps';
import { updatePerson } from './people';
import { deepFreeze, sampleAccount } from './testData';

const TODAY = '2026-12-06';

describe('editing a person\'s facts marks them verified on the injected today', () => {
  const data = deepFreeze(sampleAccount());
  const cai = data.people.find((p) => p.id === 'p-cai')!;
  const verifiedOf = (patch: Parameters<typeof updatePerson>[2]) =>
    applyOps(data, updatePerson(data, 'p-cai', patch, TODAY).forward).people.find((p) => p.id === 'p-cai')!.verifiedOn;

  it('stamps verifiedOn when the title, the layer or the attitude changes', () => {
    expect(cai.verifiedOn).not.toBe(TODAY);
    expect(verifiedOf({ title: `${cai.title} (acting)` })).toBe(TODAY);
    expect(verifiedOf({ layer: cai.layer === 'user' ? 'decision' : 'user' })).toBe(TODAY);
    expect(verifiedOf({ attitude: cai.attitude === 'opponent' ? 'champion' : 'opponent' })).toBe(TODAY);
  });

  it('leaves verifiedOn alone for notes, influence, or a fact set to what it already is', () => {
    expect(verifiedOf({ privateNotes: 'met at the fair' })).toBe(cai.verifiedOn);
    expect(verifiedOf({ influence: cai.influence === 5 ? 4 : 5 })).toBe(cai.verifiedOn);
    expect(verifiedOf({ title: cai.title, privateNotes: 'x' })).toBe(cai.verifiedOn);
  });

  it('is one edit: undo takes back the fact and the stamp together', () => {
    const edit = updatePerson(data, 'p-cai', { attitude: cai.attitude === 'opponent' ? 'champion' : 'opponent' }, TODAY);
    const undone = applyOps(applyOps(data, edit.forward), edit.inverse).people.find((p) => p.id === 'p-cai')!;
    expect(undone).toEqual(cai);
  });

  it('without today (no clock given) it changes only what the patch says', () => {
    const edit = updatePerson(data, 'p-cai', { title: 'Dean' });
    expect(applyOps(data, edit.forward).people.find((p) => p.id === 'p-cai')!.verifiedOn).toBe(cai.verifiedOn);
  });
});
