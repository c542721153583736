import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'node/**/*.test.ts', 'renderer/src/**/*.test.ts', 'test/unit/**/*.test.ts', 'cli/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
