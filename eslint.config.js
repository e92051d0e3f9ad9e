// Lint: typescript-eslint's recommended rules, plus the boundary that keeps the core pure (STYLE.md §2).
import tseslint from 'typescript-eslint';

const platformAndIo = [
  { group: ['@slack/*', 'discord.js', 'node-cron', 'pg', 'pino'], message: 'The core is platform-free: adapters and main wire platforms in.' },
  { group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http', 'node:https', 'node:child_process'], message: 'The core does no I/O.' },
  { group: ['**/adapters/**', '**/config.js', '**/store/**', '**/schedule/**', '**/ingest/read-files.js'], message: 'The core never imports outward.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'var/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/time/**', 'src/events/**', 'src/engine/**', 'src/answer/**', 'src/domain.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: platformAndIo }] },
  },
  {
    files: ['adapters/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/src/store/**', '**/src/ingest/**', '**/src/schedule/**', '**/src/config.js'], message: 'An adapter receives its config slice and a Bot; it imports only the core.' }],
      }],
    },
  },
);
