import { describe, expect, it } from 'vitest';
import { accountDataSchema } from '../../shared/model';
import { syntheticAccount } from '../support/synthetic-account';

describe('synthetic benchmark accounts', () => {
  it('are valid accounts of the asked size with about two links per person', () => {
    for (const size of [50, 300, 2000]) {
      const data = syntheticAccount(size);
      expect(accountDataSchema.safeParse(data).success).toBe(true);
      expect(data.people).toHaveLength(size);
      expect(data.links.length / size).toBeGreaterThan(1.5);
      expect(data.links.length / size).toBeLessThan(2.1);
    }
  });

  it('are the same every run', () => {
    expect(syntheticAccount(300, 7)).toEqual(syntheticAccount(300, 7));
  });
});
