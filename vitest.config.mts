import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests that need no database: `npm run test:unit` runs only these, in seconds, without starting Neo4j. */
const UNIT = ['test/**/*.unit.test.ts'];

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
    // The API's JSON log (one line per operation) stays out of the test output unless asked for.
    // The deadline is longer than the API's default (5 s): on a busy 2-core CI machine a view's
    // first run (Cypher planning included) can take several seconds. Tests of the deadline set theirs.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', OPERATION_TIMEOUT_MS: process.env.OPERATION_TIMEOUT_MS ?? '30000' },
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    // `vitest run` (npm test) runs both projects; `vitest run --project unit` only the first.
    projects: [
      // One module cache for all unit files (isolate: false): they share no state, and the driver is imported once.
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: UNIT,
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['reflect-metadata'],
          // Test files share one database and take turns: see "How tests keep their data apart" in README.
          fileParallelism: false,
        },
      },
    ],
  },
});
