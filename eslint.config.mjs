// The core is a vscode-free, I/O-free library: these rules make that a
// build failure rather than a promise.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must stay vscode-free: add a port instead.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core must stay I/O-free: take I/O through IWorkspace.' })),
        ],
        patterns: [{ group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on its clients.' }],
      }],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    // the clients reach the core through its façade only
    files: ['src/extension/**/*.ts', 'src/cli/**/*.ts', 'src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/core/**', '!**/core/service', '!**/core/model', '!**/core/ports'], message: 'Use the core through src/core/service (createCorpusService).' }],
      }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/harness/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
