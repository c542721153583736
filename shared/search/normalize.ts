/**
 * The form names are stored and searched in: NFKC folds full-width Latin and compatibility forms
 * (ＡＢＣ -> ABC), toLowerCase folds case in every script that has it. Chinese is unchanged, so a
 * substring of a Chinese name still matches. The store's cross-account search keeps names in this form.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * normalizeForSearch with accents set aside as well (José -> jose, Müller -> muller), for matching
 * typed text in the page, where nothing is stored and a KAM may type without accents.
 */
export function foldForMatch(text: string): string {
  return normalizeForSearch(text).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
