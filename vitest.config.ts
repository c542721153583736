import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'node/**/*.test.ts', 'renderer/src/**/*.test.ts', 'test/unit/**/*.test.ts', 'cli/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default for a run is one worker fewer than the cores: a single worker on the 2-core CI and
    // dev machines, while the main process mostly waits. One worker per core runs the files two at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
