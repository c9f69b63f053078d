import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config';
import { start, stop } from '../../src/localdb/launcher';

/**
 * Without NEO4J_URI, tests run against a local Neo4j of their own: instance "test" on port 7688
 * (NEO4J_TEST_PORT), separate from the dev instance that npm start uses, so a test run never
 * touches the data you work with. It is stopped afterwards if this run started it.
 * With NEO4J_URI set, tests use that server and wipe its database: see README.
 */
export default async function setup(project: TestProject) {
  // The lifecycle tests (Ctrl-C, /ready while Neo4j stops and comes back) start and stop a local
  // instance of their own, "<test instance>-spare" on NEO4J_TEST_SPARE_PORT, so the database the
  // other tests share is never disturbed.
  const spare = loadConfig({
    ...process.env,
    NEO4J_LOCAL_INSTANCE: `${process.env.NEO4J_TEST_INSTANCE || 'test'}-spare`,
    NEO4J_LOCAL_PORT: process.env.NEO4J_TEST_SPARE_PORT || '7689',
    NEO4J_LOCAL_HEAP: '512m',
    NEO4J_LOCAL_PAGECACHE: '128m',
  });
  project.provide('neo4jSpare', { local: spare.local, target: spare.localTarget });
  if (process.env.NEO4J_URI) {
    if (process.env.NEO4J_TEST_ALLOW_WIPE !== 'yes') {
      throw new Error(
        'NEO4J_URI is set: the tests would wipe that database. Set NEO4J_TEST_ALLOW_WIPE=yes to confirm, or unset NEO4J_URI to use a local test instance.',
      );
    }
    const cfg = loadConfig();
    project.provide('neo4j', cfg.external!);
    return async () => {
      await stop(spare.local);
    };
  }
  const env = {
    ...process.env,
    NEO4J_LOCAL_INSTANCE: process.env.NEO4J_TEST_INSTANCE || 'test',
    NEO4J_LOCAL_PORT: process.env.NEO4J_TEST_PORT || '7688',
    NEO4J_LOCAL_HEAP: process.env.NEO4J_TEST_HEAP || '1g',
    NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_TEST_PAGECACHE || '512m',
  };
  const cfg = loadConfig(env);
  const res = await start(cfg.local, cfg.localTarget, (line) => console.log(`[test-neo4j] ${line}`));
  project.provide('neo4j', cfg.localTarget);
  project.provide('neo4jLocal', cfg.local);
  return async () => {
    await stop(spare.local); // only ever started by tests; a failed test may leave it running
    if (res.startedHere) await stop(cfg.local);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: import('../../src/config').Neo4jTarget;
    neo4jLocal: import('../../src/config').LocalNeo4jConfig;
    neo4jSpare: { local: import('../../src/config').LocalNeo4jConfig; target: import('../../src/config').Neo4jTarget };
  }
}
