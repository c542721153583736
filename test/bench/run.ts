/**
 * `npm run bench`: every benchmark, printed as tables. Figures only, never asserted: this machine is
 * shared and noisy, so each table carries a reference measured in the same run (bare Cytoscape on the
 * same elements, a raw SQLite statement on the same rows) and the ratio means more than the times.
 */
import { cpus } from 'node:os';
import { runAgendaBench } from './agenda.bench';
import { runStartBench } from './start.bench';
import { runAnalysisBench } from './analysis.bench';
import { benchExchangeRead } from './exchange.bench';
import { printExportBench } from './export.bench';
import { benchAsOf, benchEditPause, benchHistorySize } from './history.bench';
import { runImportBench } from './import.bench';
import { runMapBench } from './map.bench';
import { runEncryptionBench, runSafetyBench } from './safety.bench';
import { benchSearch } from './search.bench';
import { table } from './stats';
import { benchOpen, benchStore } from './store.bench';

console.log(`Power Map benchmarks — Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}`);

console.log('\nStore: one user edit persisted with its change record (applyOps, one transaction) vs a raw prepared UPDATE, and the UPDATE plus a raw change INSERT (target p95 < 0.2 ms)');
table(benchStore());

console.log('\nStore: opening an account (every record, mapped to domain types) vs raw SELECTs of the same rows');
table(benchOpen());

await runAnalysisBench();
runAgendaBench();
await runStartBench();

console.log('\nHistory: the map as of a day, 300 people and 20,000 recorded edits: the log read and replayed, vs a raw SELECT of its rows and opening today\'s account (target < 50 ms)');
table(benchAsOf());
console.log('\nHistory: one edit with its change record, and the longest of 2,000, with the checkpoint every 500 records in the edit (before) or on the writer thread (after), vs a raw UPDATE (target p95 < 0.2 ms)');
table(await benchEditPause());
console.log('\nHistory: what 100,000 recorded edits add to the database file, after a checkpoint (target < 40 MB)');
table(benchHistorySize());

console.log('\nReading a .powermap file (every check) vs JSON.parse alone on the same text');
table(benchExchangeRead());
console.log('\nFind: search as you type at 2,000 people, matching plus the map\'s overlay classes per keystroke (target < 16 ms) vs a bare includes over the names');
table(benchSearch());

console.log('\nMap: drawing in headless Chromium, ours vs bare Cytoscape with the same elements and positions (target within 1.3x)');
table((await runMapBench()) as unknown as Record<string, string | number>[]);

await printExportBench();

console.log('\nEncryption at rest: the same rows encrypted vs plain, timed in alternating rounds (targets: edit p95 < 1 ms and within 2x; open and portfolio within 1.3x)');
table(runEncryptionBench());

console.log('\nData safety: 200 accounts, 10,000 people, plain and encrypted — a backup on a worker (online backup API; encrypted: VACUUM INTO) vs a file copy, the check at start vs opening and counting');
table(await runSafetyBench());
await runImportBench();
