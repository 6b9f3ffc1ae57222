// One linter for the whole tree. The import boundaries of DESIGN.md ("Dependency rules") and
// STYLE.md ("Funnel the dangerous imports") are enforced here, so a violation fails `npm run lint`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** One restricted-import rule per layer: names and path patterns that layer may not import. */
function layer(files, { names = [], patterns = [] }) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: names.map(({ name, message }) => ({ name, message, allowTypeImports: false })),
          patterns,
        },
      ],
    },
  };
}

const forbid = (list, message) => list.map((name) => ({ name, message }));
const funnelled = {
  dexie: 'Dexie is imported only in src-renderer/db.',
  zustand: "zustand's create is used only in src-renderer/state.",
};

/** The renderer never imports Electron, Node or the other layers; `funnelledHere` lists the
 *  funnelled libraries this folder may not import either. */
function rendererLayer(files, funnelledHere) {
  return layer(files, {
    names: [
      ...forbid(['electron', ...nodeBuiltins], 'src-renderer never imports Electron or Node.'),
      ...funnelledHere.map((name) => ({ name, message: funnelled[name] })),
    ],
    patterns: [
      {
        group: ['**/src-main/**', '**/src-server/**'],
        message: 'The renderer talks to main through the bridge and to the server over HTTP.',
      },
    ],
  });
}

const ui = ['react', 'react-dom', 'react-dom/client', 'react-router', 'zustand', 'dexie'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'release/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'assets/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='parseFloat'], CallExpression[callee.name='parseFloat']",
          message: 'Money and rates are decimal strings; parse them with decimal.js, never parseFloat.',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'src-server/**', 'src-main/**', 'test/**', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['src-renderer/**', 'test/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(['shared/**/*.ts'], {
    names: forbid(
      ['electron', ...ui, ...nodeBuiltins],
      'shared/ is pure: no Electron, Node, React, Dexie or DOM.',
    ),
    patterns: [
      { group: ['**/src-*/**', '**/src-*'], message: 'shared/ may not import from the app layers.' },
      { group: ['@electric-sql/*', 'pg', 'fastify', '@fastify/*'], message: 'shared/ is pure.' },
    ],
  }),
  // Dangerous imports are funnelled into one folder each (STYLE.md habit 7): dexie only in
  // src-renderer/db, zustand only in src-renderer/state.
  rendererLayer(['src-renderer/**/*.{ts,tsx}'], ['dexie', 'zustand']),
  rendererLayer(['src-renderer/db/**/*.ts'], ['zustand']),
  // The reference packs' own database (issue 9): large, versioned, kept apart from the cache.
  rendererLayer(['src-renderer/reference/**/*.ts'], ['zustand']),
  rendererLayer(['src-renderer/state/**/*.ts'], ['dexie']),
  // One direction between the renderer's stores and its sync side: state may take sync's types
  // (SyncError, the ports it implements), sync never imports state. The sync runtime and session
  // report through ports (SyncCycleStatus, SessionHolder) that the app wires to the stores.
  // ESLint's own rule, so it adds to the layer rules above instead of replacing their options.
  {
    files: ['src-renderer/sync/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+state(/.*)?$|/src-renderer/state(/.*)?$',
              message:
                'src-renderer/sync never imports src-renderer/state: take a port (SyncCycleStatus, ' +
                'SessionHolder) and let src-renderer/app wire it to the stores.',
            },
          ],
        },
      ],
    },
  },
  layer(['src-main/**/*.ts'], {
    names: forbid(
      ['react', 'react-dom', 'react-dom/client', 'dexie', 'zustand'],
      'src-main never imports React or Dexie.',
    ),
    patterns: [
      { group: ['**/src-renderer/**', '**/src-server/**'], message: 'src-main may import only shared/.' },
    ],
  }),
  layer(['src-server/**/*.ts'], {
    names: forbid(['electron', ...ui], 'src-server imports only shared/ and Node.'),
    patterns: [
      { group: ['**/src-renderer/**', '**/src-main/**'], message: 'src-server may import only shared/.' },
    ],
  }),
);
