import { pinyin } from 'pinyin-pro';

/** Full pinyin without tones or spaces ("zhangsan") and its initials ("zs"), for text holding Chinese. */
export interface PinyinForms {
  full: string;
  initials: string;
}

const HAN = /\p{Script=Han}/u;
const LETTERS = /[^\p{L}\p{N}]+/gu;

/**
 * Text seen before keeps its forms: a person's name rarely changes between keystrokes or edits, and
 * converting a name costs far more than matching it.
 */
const cache = new Map<string, PinyinForms | null>();
const CACHE_LIMIT = 50_000;

/** The pinyin forms of `text`, or null when it holds no Chinese character. Surnames read as surnames (单 shan). */
export function pinyinForms(text: string): PinyinForms | null {
  const known = cache.get(text);
  if (known !== undefined) return known;
  let forms: PinyinForms | null = null;
  if (HAN.test(text)) {
    const syllables = pinyin(text, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive', v: true })
      .map((part) => part.toLowerCase().replace(LETTERS, ''))
      .filter((part) => part !== '');
    forms = { full: syllables.join(''), initials: syllables.map((part) => part[0]).join('') };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, forms);
  return forms;
}
