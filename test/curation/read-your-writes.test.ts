import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_SECRET } from '../support/auth';
import { testDriver, useSeededGraph } from '../support/neo4j';
import { cleanEnv, RunningProcess, runBuilt } from '../support/processes';
import { Authenticator } from '../../src/auth';
import { loadAuthConfig } from '../../src/config';

/**
 * Read-your-writes across API copies (README "Scaling out"): two `npm start` processes on one
 * Neo4j; a write through the first returns bookmarks, and a read through the second that sends
 * them back in the Neo4j-Bookmark header sees the write.
 */
const READY = /GraphQL API ready at http:\/\/[^:]+:(\d+)\/graphql/;
const target = inject('neo4j');
const apis: RunningProcess[] = [];
const ports: string[] = [];

async function post(port: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

beforeAll(async () => {
  const driver = testDriver();
  try {
    await useSeededGraph(driver);
  } finally {
    await driver.close();
  }
  const env = cleanEnv({
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    PORT: '0',
    SEED_ON_START: 'false',
    AUTH_JWT_SECRET: TEST_SECRET,
  });
  for (let i = 0; i < 2; i++) apis.push(runBuilt('src/main.js', [], env));
  for (const api of apis) ports.push((await api.waitFor(READY))[1]);
});

afterAll(async () => {
  for (const api of apis) api.child.kill('SIGTERM');
  await Promise.all(apis.map((a) => a.exited));
});

describe('read-your-writes with a bookmark, across two API processes', () => {
  it('a write on one copy returns bookmarks; a read on the other with them sees the write', async () => {
    expect(ports[0]).not.toBe(ports[1]);
    const { token } = await new Authenticator({ ...loadAuthConfig({}), jwtSecret: TEST_SECRET }).issue('alice', ['editor'], 600);
    const write = await post(
      ports[0],
      {
        query:
          'mutation { assertStatement(input: {id: "ryw-control", type: CONTROLS, subject: "azerbaijan", object: "lachin-corridor", validFrom: "2023-04-23", extent: "PART", sources: ["seed-article"]}) { statement { id version } } }',
      },
      { authorization: `Bearer ${token}` },
    );
    expect(write.json.errors).toBeUndefined();
    const bookmarks: string[] = write.json.extensions.bookmarks;
    expect(bookmarks.length).toBeGreaterThan(0);
    const read = await post(
      ports[1],
      { query: '{ statementHistory(id: "ryw-control") { version recordedBy } }' },
      { 'neo4j-bookmark': bookmarks.join(','), 'apollo-require-preflight': 'true' },
    );
    expect(read.status).toBe(200);
    expect(read.json.data.statementHistory).toEqual([{ version: 1, recordedBy: 'alice' }]);
  });

  it('a malformed bookmark is a client error, not a 500', async () => {
    const read = await post(ports[1], { query: '{ entity(id: "lachin-town") { id } }' }, { 'neo4j-bookmark': 'not-a-bookmark' });
    expect(read.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(read.status).toBeLessThan(500);
  });

  it('over HTTP, a mutation without a token is 401 and with a reader token 403', async () => {
    const reader = await new Authenticator({ ...loadAuthConfig({}), jwtSecret: TEST_SECRET }).issue('rita', ['reader'], 600);
    const query = 'mutation { addAlias(entity: "lachin-town", alias: {name: "Berdzor (test)"}) { replayed } }';
    const anonymous = await post(ports[0], { query });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.json.errors[0].extensions.http).toBeUndefined();
    const forbidden = await post(ports[0], { query }, { authorization: `Bearer ${reader.token}` });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
