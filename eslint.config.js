// Flat config. model and layout are pure: no React, no d3 DOM modules, no browser globals.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'SVGElement',
  'Element',
  'Node',
  'Event',
  'requestAnimationFrame',
  'fetch',
  'location',
  'history',
  'alert',
  'Blob',
  'URL',
  'Image',
  'getComputedStyle',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'docs/api/**',
      'storybook-static/**',
      'test-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'List public exports by name (no export *).' },
      ],
    },
  },
  {
    files: ['packages/model/src/**/*.ts', 'packages/layout/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'd3-selection', 'd3-zoom'].map((name) => ({
            name,
            message: 'model and layout are pure: no React and no DOM.',
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', '@kinmap/react', '@kinmap/demo'],
              message: 'Packages depend one way: model ← layout ← react ← demo.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({ name, message: 'model and layout never touch the DOM.' })),
      ],
    },
  },
  {
    files: ['packages/model/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@kinmap/*', '@dagrejs/*', 'react', 'react-dom', 'd3-*'],
              message: '@kinmap/model depends on zod only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/layout/src/**/*.ts'],
    ignores: ['packages/layout/src/dagre/runDagre.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@dagrejs/dagre', message: 'Only src/dagre/runDagre.ts imports dagre.' }],
          patterns: [
            {
              group: ['react', 'react-dom', 'd3-*', '@kinmap/react', '@kinmap/demo'],
              message: 'layout is pure: model and dagre only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'packages/react/src/**/*.{ts,tsx}',
      'packages/demo/src/**/*.{ts,tsx}',
      'stories/**/*.{ts,tsx}',
      'tests/**/*.{ts,tsx}',
      '.storybook/**/*.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['packages/react/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@kinmap/demo', '../../model/*', '../../layout/*'],
              message: 'react imports model and layout through their public entries only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/packages/*/src/**'],
              message: 'Import packages through their public entry (@kinmap/x).',
            },
          ],
        },
      ],
    },
  },
);
