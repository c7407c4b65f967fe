// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'src/graph/generated/', 'coverage/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // The injected pino logger is the only way out; see STYLE.md.
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Command-line entry points and benchmarks print for a person to read.
    files: [
      'src/**/*-cli.ts',
      'src/main.ts',
      'src/emulator/main.ts',
      'bench/**',
      'scripts/**',
    ],
    rules: { 'no-console': 'off' },
  },
);
