import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // The store's writer thread (node/db/writer.ts) runs from a file of its own.
      rollupOptions: { input: { index: resolve('electron/main/index.ts'), 'db-writer': resolve('node/db/writer-worker.ts') } },
    },
  },
  preload: {
    // A sandboxed preload can only require 'electron': bundle everything, emit CommonJS.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
