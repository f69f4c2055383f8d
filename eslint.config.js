// Lint = the architecture written down. Each block below keeps one boundary of the tree (see README "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'util', 'http', 'https', 'net'];

export default defineConfig([
  globalIgnores(['dist', 'dist-electron', 'release', 'test-results', 'playwright-report', 'node_modules', 'coverage']),
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'test/*.mjs', 'build/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: globals.node } },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'react', 'react-*', 'react/*', 'dexie', 'dexie-*', 'zustand', 'zustand/*', 'node:*', ...nodeBuiltins], message: 'shared/ must stay pure; pass effects in as parameters.' },
          { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ must not depend on a host.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:*', ...nodeBuiltins], message: 'The renderer talks to the desktop only through renderer/platform.' },
          { group: ['**/electron/**', '**/cli/**'], message: 'The renderer talks to the desktop only through renderer/platform.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:*', ...nodeBuiltins, '**/electron/**', '**/cli/**'], message: 'The renderer talks to the desktop only through renderer/platform.' },
          { group: ['dexie', 'dexie-*'], message: 'Use a repository from renderer/db.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/store/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:*', ...nodeBuiltins, '**/electron/**', '**/cli/**'], message: 'The renderer talks to the desktop only through renderer/platform.' },
          { group: ['dexie', 'dexie-*'], message: 'Use a repository from renderer/db.' },
          { group: ['zustand', 'zustand/*'], message: 'Use the store hooks from renderer/store.' },
        ],
      }],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'services/ are Electron-free; inject the API (import type is fine).', allowTypeImports: true }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react', 'react-*', 'dexie', 'dexie-*', 'zustand', '**/renderer/**'], message: 'The main process does not use renderer code.' }],
      }],
    },
  },
]);
