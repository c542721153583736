/**
 * The form names are stored and searched in: NFKC folds full-width Latin and compatibility forms
 * (ＡＢＣ -> ABC), toLowerCase folds case in every script that has it. Chinese is unchanged, so a
 * substring of a Chinese name still matches.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A LIKE pattern matching `needle` anywhere, with LIKE's wildcards taken literally (ESCAPE '\'). */
export function containsPattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
