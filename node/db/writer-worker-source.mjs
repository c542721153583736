// Starts the writer thread from source (tsx, vitest, the benchmarks): tsx's loader first, then the
// TypeScript entry through it. The built app runs its bundled entry instead (see writer.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
