// Flat config: typescript-eslint's recommended rules plus the layer rules of ARCHITECTURE.md
// (no package reaches into another's src/, no relative import leaves its package).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const forbiddenDeepImports = {
  group: ['@passerelle/*/src', '@passerelle/*/src/**', '@passerelle/*/internal/**', '@passerelle/*/dist/**'],
  message:
    "Import another package through its public entry point (its package.json 'exports'), never its files.",
};
const leavingThePackage = {
  group: ['../../../packages/**', '../../packages/**', '../../../../packages/**'],
  message: 'A relative import must not leave its package: depend on the package by name.',
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [forbiddenDeepImports, leavingThePackage] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Core depends on nothing of ours.
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbiddenDeepImports,
            leavingThePackage,
            { group: ['@passerelle/*'], message: '@passerelle/core depends on no other Passerelle package.' },
          ],
        },
      ],
    },
  },
  {
    // Matching and reporting depend on core only.
    files: ['packages/matching/**/*.ts', 'packages/reporting/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbiddenDeepImports,
            leavingThePackage,
            {
              group: ['@passerelle/*', '!@passerelle/core', '!@passerelle/core/testing'],
              message: 'matching and reporting depend on @passerelle/core only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Widgets: the eager bundle takes only types from core, matching and reporting (their values bring zod and
    // the starter data, several times the widgets' budget); values come in through src/lazy/, loaded on use.
    files: ['packages/widgets/src/**/*.ts'],
    ignores: ['packages/widgets/src/lazy/**', 'packages/widgets/src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@passerelle/*'],
              allowTypeImports: true,
              message:
                'Widgets import types only from Passerelle packages; load values in src/lazy/ (a lazily loaded chunk).',
            },
          ],
        },
      ],
    },
  },
);
