// ESLint (flat config): typescript-eslint, the Office generator's add-in rules, and the layers.
// Formatting is Prettier's (npm run lint runs both); eslint-config-prettier turns off the rules
// that would fight it.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What a layer may not import: a module-path pattern and why, in the message a developer reads. */
const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const up = (group, message) => ({ group, message });

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'zlib',
  'crypto',
  'stream',
  'url',
  'util',
  'http',
  'https',
  'net',
];
const CORE_IS_PURE =
  'src/core is pure: no Node, files, exceljs, DOM or Office. Put host code in an adapter (src/node, src/xlsx, src/docx, src/browser, src/office) and pass data in.';
const ADAPTERS_BELOW_UI =
  'Adapters sit below the CLI, the pane and the ribbon: move the shared piece down (src/core or the adapter).';
const UI_APART = 'The CLI, the pane and the ribbon never import each other: share through src/core or an adapter.';

// The core is flat: feature folders stand on the shared base only, never on each other, and the
// base never reaches up into a feature. A new feature folder is added to this list.
const CORE_FEATURES = [
  'agenda',
  'batch',
  'diff',
  'export',
  'import',
  'renew',
  'report',
  'signatures',
  'tracking',
  'verify',
];
const FEATURE_APART =
  'A feature of the core stands on the shared base only (model, layout, values, text, i18n, vietnamese, deadline, tracking-book, rules/index.ts …), never on another feature: move what two features share down into the base.';
const BASE_BELOW_FEATURES =
  'The shared base of the core never imports a feature folder: move the piece it needs down into the base.';
const RULES_PUBLIC =
  "Outside src/core/rules, use the rules' public API (src/core/rules/index.ts), not its inner files.";
const featureZones = [
  ...CORE_FEATURES.map((f) => ({
    target: `./src/core/${f}/**`,
    from: `./src/core/{${CORE_FEATURES.filter((o) => o !== f).join(',')}}/**`,
    message: FEATURE_APART,
  })),
  {
    target: `./src/core/!(${CORE_FEATURES.join('|')})/**`,
    from: `./src/core/{${CORE_FEATURES.join(',')}}/**`,
    message: BASE_BELOW_FEATURES,
  },
  { target: './src/core/*.ts', from: `./src/core/{${CORE_FEATURES.join(',')}}/**`, message: BASE_BELOW_FEATURES },
  {
    target: `./src/core/!(rules)/**`,
    from: './src/core/rules/!(index).ts',
    message: RULES_PUBLIC,
  },
  { target: './src/core/*.ts', from: './src/core/rules/!(index).ts', message: RULES_PUBLIC },
];

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'dist/**',
      'out/**',
      'coverage/**',
      'test-output/**',
      'bench/tmp/**',
      'node_modules/**',
      'templates/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Off on purpose: the sanitisers match the control characters XML 1.0 forbids and terminal
      // escapes, which is the one thing this rule assumes nobody means to do.
      'no-control-regex': 'off',
    },
  },
  {
    // The launcher in bin/ stays CommonJS so it runs before anything is compiled.
    files: ['bin/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The Office generator's rules (office-addin-lint), for the code that talks to Excel.
    files: ['src/office/**/*.ts', 'src/pane/**/*.ts', 'src/ribbon/**/*.ts', 'src/browser/**/*.ts'],
    languageOptions: {
      globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // No import circles anywhere in src (type-only imports aside: they vanish when compiled).
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: featureZones }] },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...layer([
        up(NODE_BUILTINS, CORE_IS_PURE),
        up(['exceljs', 'mammoth', 'docx', 'fflate', '@microsoft/office-js', 'office-addin-*'], CORE_IS_PURE),
        up(
          [
            '**/xlsx/**',
            '**/docx/**',
            '**/node/**',
            '**/browser/**',
            '**/office/**',
            '**/cli/**',
            '**/pane/**',
            '**/ribbon/**',
          ],
          CORE_IS_PURE,
        ),
      ]),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'Office',
        'Excel',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['src/xlsx/**/*.ts', 'src/docx/**/*.ts'],
    rules: {
      ...layer([
        up(['**/cli/**', '**/pane/**', '**/ribbon/**'], ADAPTERS_BELOW_UI),
        up(
          ['**/node/**', '**/browser/**', '**/office/**'],
          'xlsx and docx work on bytes for both Node and the pane: no files, DOM or Office here.',
        ),
        up(
          NODE_BUILTINS.filter((m) => m !== 'zlib'),
          'xlsx and docx work on bytes for both Node and the pane: pass files and streams in from src/node.',
        ),
      ]),
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      ...layer([
        up(['**/cli/**', '**/pane/**', '**/ribbon/**'], ADAPTERS_BELOW_UI),
        up(['**/browser/**', '**/office/**'], 'Node adapters do not reach into the browser or Office adapters.'),
      ]),
    },
  },
  {
    files: ['src/browser/**/*.ts'],
    rules: {
      ...layer([
        up(['**/cli/**', '**/pane/**', '**/ribbon/**'], ADAPTERS_BELOW_UI),
        up(
          ['**/office/**', '**/node/**'],
          'The browser adapter knows nothing of Office or Node: Office builds on it, not the other way.',
        ),
        up(NODE_BUILTINS, 'The browser adapter runs in a browser: no Node modules.'),
      ]),
    },
  },
  {
    files: ['src/office/**/*.ts'],
    rules: {
      ...layer([
        up(['**/cli/**', '**/pane/**', '**/ribbon/**'], ADAPTERS_BELOW_UI),
        up(['**/node/**'], 'The Office adapter runs in the add-in: no Node adapters.'),
        up(NODE_BUILTINS, 'The Office adapter runs in the add-in: no Node modules.'),
      ]),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { ...layer([up(['**/pane/**', '**/ribbon/**', '**/office/**', '**/browser/**'], UI_APART)]) },
  },
  {
    files: ['src/pane/**/*.ts'],
    rules: {
      // The pane is written against the Workspace port: Office.js lives in src/office alone.
      'no-restricted-globals': [
        'error',
        {
          name: 'Office',
          message: 'The pane talks to Excel through the Workspace port: put Office.js calls in src/office.',
        },
        {
          name: 'Excel',
          message: 'The pane talks to Excel through the Workspace port: put Office.js calls in src/office.',
        },
        {
          name: 'OfficeExtension',
          message: 'The pane talks to Excel through the Workspace port: put Office.js calls in src/office.',
        },
      ],
      ...layer([
        up(['**/cli/**', '**/node/**', '**/ribbon/**'], UI_APART),
        up(NODE_BUILTINS, 'The pane runs in the add-in: no Node modules.'),
      ]),
    },
  },
  {
    files: ['src/ribbon/**/*.ts'],
    rules: {
      ...layer([
        up(['**/cli/**', '**/node/**', '**/pane/**'], UI_APART),
        up(NODE_BUILTINS, 'The ribbon runs in the add-in: no Node modules.'),
      ]),
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
