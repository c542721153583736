/**
 * Text as the importer compares it: full-width forms folded (NFKC: "ＡＢＣ" and "ABC", "：" and ":"),
 * case ignored, spaces gone, and the traditional characters of contact-sheet headers read as their
 * simplified forms (職稱 as 职称), so 繁體 and 简体 headers and names match alike.
 */

const TRADITIONAL = '職稱務崗銜門電話郵號碼聯繫係絡級態響權層備註說負責進戶經屬彙匯報對時間後銷機讓總處長關輯員師專務業與為這個們來會';
const SIMPLIFIED = '职称务岗衔门电话邮号码联系系络级态响权层备注说负责进户经属汇汇报对时间后销机让总处长关辑员师专务业与为这个们来会';

const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((char, index) => [char, [...SIMPLIFIED][index] as string]));

export function foldTraditional(text: string): string {
  let out = '';
  for (const char of text) out += TO_SIMPLIFIED.get(char) ?? char;
  return out;
}

/**
 * True when normalizeKey would return the text unchanged: visible ASCII without capitals, and CJK
 * unified ideographs (NFKC leaves both alone). Most names and e-mails are, and an import of 10,000 rows
 * asks for a key several times per row.
 */
function isKeyAlready(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) {
      if (code >= 0x41 && code <= 0x5a) return false;
    } else if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return true;
}

/** For names and e-mails: full-width folded, case and every kind of space ignored. */
export function normalizeKey(text: string): string {
  if (isKeyAlready(text)) return text;
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u200b\u00a0\u3000]+/g, '');
}

/** For headers: also without punctuation (":", "*", "_", "-", "/", brackets) and traditional forms. */
export function normalizeHeader(text: string): string {
  return foldTraditional(normalizeKey(text)).replace(/[\p{P}\p{S}]+/gu, '');
}
