import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { personSchema } from '../../../shared/model';
import { fieldProblem, parseNumber } from './validate';

const t = ((key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key)) as unknown as TFunction;

describe('field validation messages', () => {
  it('words the model schema problems a user can make', () => {
    expect(fieldProblem(personSchema.shape.name, '   ', t)).toBe('validation.required');
    expect(fieldProblem(personSchema.shape.title, 'x'.repeat(201), t)).toBe('validation.tooLong {"max":200}');
    expect(fieldProblem(personSchema.shape.lastContact, '1/2/2026', t)).toBe('validation.date');
    expect(fieldProblem(personSchema.shape.name, '张三', t)).toBeNull();
    expect(fieldProblem(personSchema.shape.lastContact, null, t)).toBeNull();
  });

  it('reads typed numbers', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(' 45 ')).toBe(45);
    expect(parseNumber('62,5')).toBe(62.5);
    expect(parseNumber('80%')).toBe(80);
    expect(parseNumber('abc')).toBeNaN();
  });
});
