/**
 * Sorts by name the way a reader of `locale` expects: Chinese by pinyin under zh-CN, accents and case
 * folded sensibly, numbers in names compared as numbers ("Lab 2" before "Lab 10").
 */
export function sortByName<T>(items: readonly T[], locale: string, nameOf: (item: T) => string): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
