// Lint: typescript-eslint's type-aware recommended rules over the server, tests, bench and the
// browser sources (each with its own tsconfig through the project service). Formatting is
// Prettier's job (npm run format), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // What .gitignore leaves out (build output, local Neo4j, the fuzz run's Python venv) is not ours to lint.
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.neo4j/**',
      'coverage/**',
      'test-results/**',
      '.venv-fuzz/**',
      '.schemathesis/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // GraphQL responses in tests are JSON whose shape the assertions check; typing each one would
    // only restate the assertion.
    // The same holds for the API benchmark, which compares the JSON answers of the API, the raw
    // driver baseline and the library operation by operation.
    files: ['test/**/*.ts', 'bench/api/*.ts', 'bench/api-process.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JavaScript and config files outside every tsconfig: syntax rules only.
    files: ['**/*.mjs', '**/*.cjs', '**/*.js', '*.config.mts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
  },
  {
    // A CommonJS file (npm-load.cjs runs before anything is built) can only require.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
