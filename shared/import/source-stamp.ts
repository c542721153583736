import type { IsoDate } from '../model';

/**
 * What each imported person's `source` says: which file and when. DOMAIN's person.source is free text
 * the user reads and edits ("met in person, a colleague, an imported file or CRM export and its
 * date"), so the import writes it once, as a person would, in the language the app shows.
 */

export type StampLocale = 'en' | 'zh-CN';

const STAMPS: Record<StampLocale, { file: (fileName: string, date: IsoDate) => string; pasted: (date: IsoDate) => string }> = {
  en: { file: (fileName, date) => `${fileName}, imported ${date}`, pasted: (date) => `pasted cells, imported ${date}` },
  'zh-CN': { file: (fileName, date) => `${fileName}，${date} 导入`, pasted: (date) => `粘贴的表格，${date} 导入` },
};

/** "contacts.csv, imported 2026-12-06" / "contacts.csv，2026-12-06 导入". */
export function sourceStamp(fileName: string, today: IsoDate, locale: StampLocale = 'en'): string {
  const stamps = STAMPS[locale];
  const name = fileName.trim();
  return (name ? stamps.file(name, today) : stamps.pasted(today)).slice(0, 500);
}
