import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const engineBan = {
  paths: [
    { name: 'vscode', message: 'The engine must not depend on VS Code.' },
    { name: 'vscode-languageserver', message: 'The engine must not use the LSP connection; use vscode-languageserver-types.' },
    { name: 'vscode-languageserver/node', message: 'The engine must not use the LSP connection.' },
    { name: 'fs', message: 'The engine does no I/O; the CLI and the server read files.' },
    { name: 'node:fs', message: 'The engine does no I/O; the CLI and the server read files.' },
    { name: 'fs/promises', message: 'The engine does no I/O.' },
    { name: 'node:fs/promises', message: 'The engine does no I/O.' },
    { name: 'child_process', message: 'The engine does no I/O.' },
    { name: 'node:child_process', message: 'The engine does no I/O.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/fixtures/**', 'test-output/**', '.vscode-test/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-irregular-whitespace': 'off',
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The server must not depend on VS Code.' }] }] },
  },
  // Declared after the server-wide ban so that the stricter engine ban wins for the engine's files.
  {
    files: ['server/src/language/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', engineBan] },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/src/language/**', '**/language/*'], message: 'The client talks to the engine only through the server protocol.' }] }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
