// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Folder boundaries (ARCHITECTURE.md), enforced here rather than remembered in review:
 * - shared/ imports no Node, DOM-only, Electron, React, Cytoscape or SQLite module, and neither side;
 * - renderer/ and electron/ never import each other;
 * - node/ and cli/ (Node-only code the main process and the command line share) never import electron/
 *   or Electron, so the command line runs without it;
 * - only renderer/src/map/ imports Cytoscape; only node/db/ imports better-sqlite3.
 */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'worker_threads'];
const pattern = (group, message) => ({ group, message });

const sharedRules = [
  pattern(['**/electron/**', '**/renderer/**'], 'shared/ must not import from electron/ or renderer/.'),
  pattern(['electron', 'better-sqlite3', 'react', 'react-dom', 'cytoscape', 'cytoscape-*', ...nodeBuiltins], 'shared/ holds pure code that runs in both processes.'),
];
const rendererRules = [
  pattern(['**/electron/**', 'electron', 'better-sqlite3', ...nodeBuiltins], 'renderer/ talks to the main process only through renderer/src/ipc.'),
];
const cytoscapeRule = pattern(['cytoscape', 'cytoscape-*'], 'Only renderer/src/map/ owns Cytoscape.');
const electronRules = [
  pattern(['**/renderer/**', 'react', 'react-dom', 'cytoscape', 'cytoscape-*'], 'electron/ must not import renderer code.'),
];
const sqliteRule = pattern(['better-sqlite3'], 'Only node/db/ holds SQL and the SQLite driver.');
const nodeRules = [
  pattern(['**/electron/**', 'electron', '**/renderer/**', 'react', 'react-dom', 'cytoscape', 'cytoscape-*'], 'node/ and cli/ run without Electron: they never import electron/ or renderer/.'),
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/artifacts/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['shared/**/*.ts'], rules: restrict(sharedRules) },
  { files: ['renderer/**/*.{ts,tsx}'], ignores: ['renderer/src/map/**'], rules: restrict([...rendererRules, cytoscapeRule]) },
  { files: ['renderer/src/map/**/*.{ts,tsx}'], rules: restrict(rendererRules) },
  { files: ['electron/**/*.ts'], rules: restrict([...electronRules, sqliteRule]) },
  { files: ['node/**/*.ts'], ignores: ['node/db/**'], rules: restrict([...nodeRules, sqliteRule]) },
  { files: ['node/db/**/*.ts'], rules: restrict(nodeRules) },
  { files: ['cli/**/*.ts'], rules: restrict([...nodeRules, sqliteRule]) },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
