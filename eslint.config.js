import js from '@eslint/js'
import query from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// STYLE §1: the core is imported as `#core/…` from outside it, never by a relative or src/ path.
const CORE_PATH = { regex: '^(\\.\\./)+core(/|$)', message: 'Import the core as #core/….' }
const SRC_PATH = {
  regex: '(^|/)src/',
  message: 'Import the core as #core/…, and within a folder use relative imports.',
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Transcript text renders as text: never use dangerouslySetInnerHTML.',
        },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never write HTML strings into the DOM.' },
        { property: 'outerHTML', message: 'Never write HTML strings into the DOM.' },
        { property: 'insertAdjacentHTML', message: 'Never write HTML strings into the DOM.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'test/app/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  ...query.configs['flat/recommended'],
  {
    // STYLE §1: the core is pure TypeScript, shared by the app and the CLI.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@tanstack/*'],
              message: 'The core has no React.',
            },
            { group: ['node:*'], message: 'The core runs in the browser too: no Node APIs.' },
            { regex: '^(\\.\\./)+(app|cli)(/|$)', message: 'Imports go cli → core ← app.' },
            SRC_PATH,
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'process'],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+cli(/|$)', message: 'Imports go cli → core ← app.' },
            CORE_PATH,
            SRC_PATH,
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+app(/|$)', message: 'Imports go cli → core ← app.' },
            CORE_PATH,
            SRC_PATH,
          ],
        },
      ],
    },
  },
  {
    files: ['vite.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
