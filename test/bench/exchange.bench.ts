import { parseAccountFile, serializeAccountFile } from '../../shared/exchange';
import { nestedListsFile } from '../../shared/exchange/testing/hostile-files';
import { syntheticAccount } from '../support/synthetic-account';
import { median, ms, timeEach } from './stats';

/**
 * Reading a .powermap file (scan, JSON.parse, schema, references) against JSON.parse alone on the same
 * text. The hostile row is the 630 KB file of nested lists that once hung the import for minutes: it
 * is now refused by the scan before JSON.parse, which by itself spends most of a second on it.
 */
export function benchExchangeRead(): Record<string, string | number>[] {
  const files = [
    { file: '2,000 people', text: serializeAccountFile(syntheticAccount(2000), '2026-11-22T10:00:00.000Z') },
    { file: '630 KB nested lists (refused)', text: nestedListsFile() },
  ];
  return files.map(({ file, text }) => {
    const read = () => parseAccountFile(text);
    const reference = () => JSON.parse(text) as unknown;
    timeEach(3, read);
    timeEach(3, reference);
    const [readMs, referenceMs] = [median(timeEach(10, read)), median(timeEach(10, reference))];
    return { file, 'KB': Math.round(text.length / 1000), 'parseAccountFile p50': ms(readMs, 1), 'JSON.parse alone p50': ms(referenceMs, 1), ratio: (readMs / referenceMs).toFixed(2) };
  });
}
