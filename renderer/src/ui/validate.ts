import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * The first problem zod finds with a field's value, as a message in the user's language. The schemas
 * of shared/model are the one source of the rules; this only words them.
 */
export function fieldProblem(schema: z.ZodType, value: unknown, t: TFunction): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return t('validation.invalid');
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? t('validation.required') : t('validation.invalid');
    case 'too_big':
      return issue.origin === 'string' ? t('validation.tooLong', { max: Number(issue.maximum) }) : t('validation.invalid');
    case 'invalid_format':
      return t('validation.date');
    default:
      return t('validation.invalid');
  }
}

/** Reads a number typed by the user: empty is null, a comma works as the decimal mark, junk is NaN. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const normalised = trimmed.replace(',', '.').replace(/%$/, '').trim();
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}
