#!/usr/bin/env node
// The `power-map` command. The command line is written in TypeScript like the rest of the project;
// tsx (installed with the project) compiles it on the fly, so `npx power-map` works straight from a checkout.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  process.stderr.write('power-map: the "tsx" package is missing; run "npm install" in the Power Map folder first.\n');
  process.exit(2);
}
register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { runCli, nodeIo } = await import(pathToFileURL(join(root, 'cli', 'main.ts')).href);
process.exitCode = await runCli(process.argv.slice(2), nodeIo);
