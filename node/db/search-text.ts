/** The store keeps names in the form the page searches by (shared/search), so both find the same people. */
export { normalizeForSearch } from '../../shared/search/normalize';

/** A LIKE pattern matching `needle` anywhere, with LIKE's wildcards taken literally (ESCAPE '\'). */
export function containsPattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
