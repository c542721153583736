import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { TODAY, accountData, covers, member, person } from './testing';

const run = (data: Parameters<typeof analyze>[0]) => analyze(data, { today: TODAY });
const statusOf = (a: ReturnType<typeof run>, layer: string) => a.layerCoverage.find((l) => l.layer === layer)!;

describe('layer coverage', () => {
  it('tells missing, identified and covered layers apart and divides covered layers by four', () => {
    const data = accountData({
      team: [member('li')],
      people: [
        person('dm', { layer: 'decision', attitude: 'champion' }),
        person('eng', { layer: 'implementation', attitude: 'neutral' }),
        person('u1', { layer: 'user', attitude: 'unknown' }),
        person('u2', { layer: 'user', attitude: 'supporter' }),
      ],
      links: [covers('li', 'dm', 3), covers('li', 'eng', 2), covers('li', 'u1', 3), covers('li', 'u2', 1)],
    });
    const a = run(data);
    // decision: dm strength 3, champion -> covered; implementation: eng strength 2, neutral -> covered;
    // user: u1 has strength 3 but unknown attitude, u2 only strength 1 -> identified; image: nobody -> missing.
    expect(statusOf(a, 'decision').status).toBe('covered');
    expect(statusOf(a, 'implementation').status).toBe('covered');
    expect(statusOf(a, 'user')).toMatchObject({ status: 'identified', personIds: ['u1', 'u2'], coveredIds: [] });
    expect(statusOf(a, 'image').status).toBe('missing');
    expect(a.layerCoverageRatio).toBe(2 / 4);

    const missing = a.findings.find((f) => f.code === 'layer-missing')!;
    expect(missing).toMatchObject({ severity: 'warning', params: { layer: 'image' } });
    const uncovered = a.findings.find((f) => f.code === 'layer-uncovered')!;
    expect(uncovered).toMatchObject({ params: { layer: 'user' }, personIds: ['u1', 'u2'], numbers: { unknownAttitude: 1 } });
  });

  it('does not count unknown attitude as neutral, and says so in an unknown-attitude finding', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('dm', { layer: 'decision', attitude: 'unknown' })],
      links: [covers('li', 'dm', 3)],
    });
    const a = run(data);
    expect(statusOf(a, 'decision').status).toBe('identified');
    expect(a.findings.find((f) => f.code === 'unknown-attitude')?.personIds).toEqual(['dm']);
    // An uncovered decision layer is critical: nobody there approves the deal for us.
    expect(a.findings.find((f) => f.code === 'layer-uncovered')?.severity).toBe('critical');
  });

  it('does not let an opponent with a trusted link cover a layer', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('opp', { layer: 'implementation', attitude: 'opponent' })],
      links: [covers('li', 'opp', 3)],
    });
    expect(statusOf(run(data), 'implementation').status).toBe('identified');
  });

  it('ignores covers links from a team member or to a person who is not in the account', () => {
    const data = accountData({
      team: [member('li')],
      people: [person('eng', { layer: 'implementation' })],
      links: [covers('ghost', 'eng', 3), covers('li', 'nobody', 3)],
    });
    expect(statusOf(run(data), 'implementation').status).toBe('identified');
  });
});
