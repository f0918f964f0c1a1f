import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import testingLibrary from 'eslint-plugin-testing-library';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { layers } from './eslint-layers.js';

// The README's architecture, one way only. `*` is one folder name; in `forbid`
// it means any folder but the importing file's own (a feature may import itself).
const ZONES = [
  { from: 'rules', forbid: ['src'], because: 'the domain imports nothing from the app' },
  {
    from: 'src/features/*',
    forbid: ['src/features/*', 'src/app'],
    because: 'features never import each other or the app shell; src/app composes them',
  },
  {
    from: 'src/components',
    forbid: ['src/features', 'src/app'],
    because: 'shared components serve every feature, so they import none',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/**/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.{ts,tsx}', 'rules/**/*.ts'],
    plugins: { layers: { rules: { imports: layers } } },
    rules: { 'layers/imports': ['error', ZONES] },
  },
  {
    // The domain stays framework-free: no React, DOM or state library in rules/.
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'xstate', 'zustand', '@xstate/*'] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is never HTML: render it as text.',
        },
      ],
    },
  },
  {
    // Every Vitest file; Playwright specs use Playwright's own locators, not Testing Library.
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  prettier,
);
