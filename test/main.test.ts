import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../src/graph/driver';
import { start, status, stop } from '../src/localdb/launcher';
import { testTarget } from './support/neo4j';
import { cleanEnv, errorLines, runBuilt } from './support/processes';

/** `npm start` is `node dist/src/main.js`: these tests run exactly that, as a child process. */
const READY = /GraphQL API ready at http:\/\/localhost:(\d+)\/graphql/;

describe('npm start refuses bad configuration with one actionable line', () => {
  async function failedStart(env: Record<string, string>) {
    const run = runBuilt('src/main.js', [], cleanEnv(env));
    const done = await run.exited;
    const lines = errorLines(done.stderr);
    expect(done.code, done.stdout + done.stderr).not.toBe(0);
    expect(lines, done.stderr).toHaveLength(1);
    expect(done.stderr).not.toMatch(/^\s+at /m); // no stack frames
    return lines[0];
  }

  it('a malformed NEO4J_URI', async () => {
    const line = await failedStart({ NEO4J_URI: 'not-a-uri', NEO4J_PASSWORD: 'whatever' });
    expect(line).toMatch(/^error: NEO4J_URI="not-a-uri" is malformed: expected scheme:\/\/host\[:port\]/);
  });

  it('an unknown URI scheme', async () => {
    const line = await failedStart({ NEO4J_URI: 'http://127.0.0.1:7474', NEO4J_PASSWORD: 'whatever' });
    expect(line).toMatch(/has scheme "http": use one of bolt, .*neo4j\+s/);
  });

  it('a wrong password for a running Neo4j', async () => {
    const target = testTarget();
    const line = await failedStart({ NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: `${target.password}-wrong` });
    expect(line).toBe(`error: Neo4j at ${target.uri} rejected user "${target.user}": check NEO4J_USER and NEO4J_PASSWORD.`);
  });

  it('an unreachable server', async () => {
    const line = await failedStart({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever' });
    expect(line).toMatch(
      /^error: Neo4j at bolt:\/\/127\.0\.0\.1:1 is unreachable \(.*ECONNREFUSED.*\): check that the server runs and that NEO4J_URI is right\.$/,
    );
  });

  it('an unreachable cluster address (neo4j://)', async () => {
    const line = await failedStart({ NEO4J_URI: 'neo4j://127.0.0.1:1', NEO4J_PASSWORD: 'whatever' });
    expect(line).toMatch(/^error: Neo4j at neo4j:\/\/127\.0\.0\.1:1 is unreachable/);
  });

  it('NEO4J_URI without NEO4J_PASSWORD', async () => {
    const line = await failedStart({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(line).toMatch(/NEO4J_PASSWORD is not/);
  });

  it('a PORT that is not a port', async () => {
    const line = await failedStart({ PORT: 'eighty' });
    expect(line).toBe('error: PORT="eighty" is not a TCP port: use a whole number from 0 to 65535.');
  });
});

describe('Ctrl-C on npm start', () => {
  // A dedicated instance: these tests start and stop it, which the shared test database must not see.
  const spare = inject('neo4jSpare');
  const env = () =>
    cleanEnv({
      NEO4J_LOCAL_HOME: spare.local.home,
      NEO4J_LOCAL_INSTANCE: spare.local.instanceDir.split(/[\\/]/).pop(),
      NEO4J_LOCAL_PORT: String(spare.local.port),
      NEO4J_LOCAL_HEAP: spare.local.heap,
      NEO4J_LOCAL_PAGECACHE: spare.local.pageCache,
      NEO4J_LOCAL_PASSWORD: spare.target.password,
      PORT: '0',
      SEED_ON_START: 'false',
    });

  beforeAll(async () => {
    // A clean slate even if an earlier run was cut short, and an empty database, so what npm
    // start writes (the schema) is known to come from this run.
    await stop(spare.local);
    fs.rmSync(path.join(spare.local.instanceDir, 'data'), { recursive: true, force: true });
  });
  afterAll(async () => {
    await stop(spare.local);
  });

  // Each test starts a Neo4j on an empty data directory and npm start applies the whole schema
  // (with the statement versions' constraints and indexes, docs/curation.md): alone on the shared
  // 2-core machine that took 55 to 95 s, against vitest's 60 s default. What they check is the outcome.
  const START_AND_STOP_MS = 180_000;

  it(
    'stops the Neo4j that npm start started, after draining',
    async () => {
      const api = runBuilt('src/main.js', [], env());
      const [, port] = await api.waitFor(READY);
      const neo4jPid = (await status(spare.local)).pid;
      expect(neo4jPid).not.toBeNull();
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
      // npm start applied the schema Cypher before it served.
      const driver = createDriver(spare.target);
      try {
        const constraints = await driver.executeQuery(
          'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
          {},
          { database: spare.target.database },
        );
        expect(constraints.records[0].get('names')).toContain('entity_id');
      } finally {
        await driver.close();
      }

      api.child.kill('SIGINT');
      const done = await api.exited;
      expect(done.code, done.stdout + done.stderr).toBe(0);
      expect(done.stdout).toContain('Stopping the local Neo4j this process started');
      expect((await status(spare.local)).running).toBe(false);
      expect(processAlive(neo4jPid!)).toBe(false);
    },
    START_AND_STOP_MS,
  );

  it(
    'leaves running a Neo4j that was running before npm start',
    async () => {
      const before = await start(spare.local, spare.target);
      expect(before.startedHere).toBe(true);
      const api = runBuilt('src/main.js', [], env());
      await api.waitFor(READY);
      expect(api.stdout).toContain('already running');

      api.child.kill('SIGINT');
      const done = await api.exited;
      expect(done.code, done.stdout + done.stderr).toBe(0);
      expect(done.stdout).not.toContain('Stopping the local Neo4j');
      const after = await status(spare.local);
      expect(after.running).toBe(true);
      expect(after.pid).toBe(before.pid);
    },
    START_AND_STOP_MS,
  );
});

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
