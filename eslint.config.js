// Lint, and the layering rule that keeps the design honest (see docs/architecture.md, "Layers"):
// shared imports no runtime; renderer sees only the client; backend never imports electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

// Bare built-in names are matched exactly (as `paths`), so a folder such as features/events is not mistaken for
// Node's `events`; everything under `node:` and the other layers are matched as patterns.
const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads', 'stream', 'events', 'util'];

function forbid(names, groups, message) {
  return {
    'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })), patterns: [{ group: groups, message }] }],
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // No import cycles (issue 11): a cycle means two modules cannot be understood, tested or loaded one without the
    // other. import-x skips type-only imports; test/unit/lint/import-cycles.test.ts checks those too.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'test/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbid([...nodeBuiltins, 'electron', 'react', 'react-dom'], ['node:*', 'react/*', 'react-dom/*', '**/electron/**', '**/renderer/**'], 'shared/ runs everywhere: no Node, Electron, React, backend or renderer imports.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid([...nodeBuiltins, 'electron'], ['node:*', '**/electron/**'], 'renderer/ only sees the client (renderer/src/api): no Node, Electron or backend imports.'),
    },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: forbid(['electron'], ['**/main/**', '**/main', '**/web/**', '**/web', '**/renderer/**'], 'backend/ is plain Node: Electron abilities come in as ports passed to createBackend.'),
  },
  {
    files: ['electron/web/**/*.ts'],
    rules: forbid(['electron'], ['**/main/**', '**/main', '**/renderer/**'], 'browser mode runs without Electron.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(nodeBuiltins, ['node:*', '**/backend/**', '**/backend', '**/renderer/**'], 'the preload only bridges the typed client.'),
  },
);
