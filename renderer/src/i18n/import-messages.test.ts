import { describe, expect, it } from 'vitest';
import { DUPLICATE_ACTIONS, ENCODINGS, FIELD_TARGETS, PROBLEM_CODES, REFUSAL_CODES } from '../../../shared/import/types';
import { importMessagesEn } from './import-messages';

describe('import messages', () => {
  it('name every field a column can become, every encoding and every choice for a match', () => {
    expect(Object.keys(importMessagesEn.fields).sort()).toEqual([...FIELD_TARGETS].sort());
    expect(Object.keys(importMessagesEn.encodings).sort()).toEqual([...ENCODINGS].sort());
    expect(Object.keys(importMessagesEn.duplicate).sort()).toEqual([...DUPLICATE_ACTIONS].sort());
  });

  it('say every problem and every refusal the core can report in words of our own', () => {
    expect(Object.keys(importMessagesEn.problem).sort()).toEqual([...PROBLEM_CODES].sort());
    for (const code of REFUSAL_CODES) expect(importMessagesEn.refused[code], code).toContain('{{name}}');
  });
});
