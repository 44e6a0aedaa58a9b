// One lint setup for every package. Workflow code runs in Temporal's deterministic sandbox, so it
// may not import Node built-ins or call wall-clock, random or timer APIs directly.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const WORKFLOW_FILES = ['workflows/src/lifecycle/**/*.ts', 'workflows/src/workflows.ts'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.tools/**', '.data/**', 'schema/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'padding-line-between-statements': ['error', { blankLine: 'always', prev: '*', next: 'return' }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ['admin-portal/src/**/*.{ts,tsx}', 'rep-portal/src/**/*.{ts,tsx}', 'portal-kit/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: WORKFLOW_FILES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.flatMap((name) => [name, `node:${name}`]).map((name) => ({
            name,
            message: 'Workflow code runs in a deterministic sandbox; move Node APIs into an activity.',
          })),
          patterns: [
            { group: ['@accord/db', '@accord/db/*', 'typeorm', 'pg'], message: 'Workflows reach the database only through activities.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use sleep() or condition() from @temporalio/workflow.' },
        { name: 'setInterval', message: 'Use sleep() in a loop from @temporalio/workflow.' },
        { name: 'process', message: 'Workflow code has no process; pass values in the workflow input.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Randomness breaks replay; generate values in an activity.' },
      ],
    },
  },
);
