import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.output-e2e', '.wxt', 'scratch', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // Page and provider text is never HTML: no innerHTML/outerHTML/insertAdjacentHTML/document.write.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      'svelte/no-at-html-tags': 'error',
      // Maps and URLs here are built inside derived values and never mutated afterwards: nothing to make reactive.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['entrypoints/**/*.ts'],
    languageOptions: {
      globals: { defineBackground: 'readonly', defineUnlistedScript: 'readonly', defineContentScript: 'readonly' },
    },
  },
);
