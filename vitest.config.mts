import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql module for everyone, or "Cannot use GraphQLSchema from another module or realm".
    // graphql-query-complexity's ESM build would import graphql's ESM build: use its CommonJS one.
    alias: {
      graphql: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)),
      'graphql-query-complexity': fileURLToPath(new URL('./node_modules/graphql-query-complexity/dist/cjs/index.js', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    // The API's JSON log (one line per operation) stays out of the test output unless asked for.
    // The deadline is longer than the API's default (5 s): on a busy 2-core CI machine a view's
    // first run (Cypher planning included) can take several seconds. Tests of the deadline set theirs.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', OPERATION_TIMEOUT_MS: process.env.OPERATION_TIMEOUT_MS ?? '30000' },
    // Test files share one database and take turns: see "How tests keep their data apart" in README.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
