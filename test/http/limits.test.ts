import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { testDriver, useSeededGraph } from '../support/neo4j';
import { WRITE_COST } from '../../src/http/limits/cost';
import { bearer, useTestAuthenticator } from '../support/auth';
import { aliasedNeighborhoods, getWithHost, LimitedApi, NESTED_152, nested, startLimitedApi } from './support';

/**
 * Query limits over HTTP on the seeded graph: every abusive shape of issue 8, and the same shapes
 * hidden in fragments, is refused with its own code and figures before any Cypher runs (the root
 * client's query counter does not move); accepted answers report their cost.
 */
let driver: Driver;
let api: LimitedApi;
/** The same API with the alias limit lifted, to show the cost analysis refuses the query too. */
let noAliasLimit: LimitedApi;

beforeAll(async () => {
  driver = testDriver();
  await useSeededGraph(driver);
  api = await startLimitedApi(driver);
  noAliasLimit = await startLimitedApi(driver, { limits: { maxAliases: 100_000, maxTokens: 100_000 } });
});

afterAll(async () => {
  await api?.close();
  await noAliasLimit?.close();
  await driver?.close();
});

/** Posts `query` and checks it was refused with `code` before any Cypher ran. */
async function refused(target: LimitedApi, query: string, code: string, variables: Record<string, unknown> = {}) {
  const before = target.graph.stats.queries;
  const res = await target.post({ query, variables });
  expect(res.status, res.text).toBe(400);
  expect(res.json.errors).toHaveLength(1);
  expect(res.json.errors[0].extensions.code, res.text).toBe(code);
  expect(res.json.data).toBeUndefined();
  expect(target.graph.stats.queries).toBe(before);
  return res.json.errors[0] as { message: string; extensions: Record<string, any> };
}

describe('cost analysis', () => {
  it("refuses the issue's 152-byte nested query with QUERY_TOO_COMPLEX, naming the limit and the estimate", async () => {
    expect(NESTED_152.length).toBe(152);
    const error = await refused(api, NESTED_152, 'QUERY_TOO_COMPLEX');
    expect(error.extensions.cost).toEqual({ estimated: 202_020_201, limit: 1_000_000 });
    expect(error.message).toMatch(/estimated cost is 202,020,201, over the limit of 1,000,000 \(MAX_QUERY_COST\)/);
  });

  it('refuses the same nesting hidden in named fragments and in inline fragments', async () => {
    const named = `
      query Hidden { entity(id: "nagorno-karabakh") { ...L1 } }
      fragment L1 on Entity { id relations { object { ...L2 } } }
      fragment L2 on Entity { id relations { object { ...L3 } } }
      fragment L3 on Entity { id relations { object { ...L4 } } }
      fragment L4 on Entity { id relations { object { id } } }`;
    expect((await refused(api, named, 'QUERY_TOO_COMPLEX')).extensions.cost.estimated).toBe(202_020_201);
    const inline =
      '{ entity(id:"nagorno-karabakh") { ... on Place { relations { object { ... on Entity { relations { object { ... { relations { object { relations { object { id } } } } } } } } } } } } }';
    expect((await refused(api, inline, 'QUERY_TOO_COMPLEX')).extensions.cost.estimated).toBeGreaterThan(1_000_000);
  });

  it("refuses the issue's 1,000 aliased neighborhoods by their aliases, and by their cost when aliases are unlimited", async () => {
    const query = aliasedNeighborhoods(1000);
    const byAliases = await refused(api, query, 'TOO_MANY_ALIASES');
    expect(byAliases.extensions).toMatchObject({ aliases: 1000, limit: 30 });
    expect(byAliases.message).toMatch(/uses 1,000 aliases \(fragments expanded\), over the limit of 30 \(MAX_QUERY_ALIASES\)/);
    const byCost = await refused(noAliasLimit, query, 'QUERY_TOO_COMPLEX');
    expect(byCost.extensions.cost.estimated).toBe(1000 * 3 * (1 + 500 * 5));
  });

  it('counts aliases in fragments as often as they are spread', async () => {
    const fields = Array.from({ length: 8 }, (_, i) => `a${i}: id`).join(' ');
    const query = `{ entity(id: "armenia") { ...A ...B ...C ...D ... on Entity { ...A } } } fragment A on Entity { ${fields} } fragment B on Entity { ...A } fragment C on Entity { ...A } fragment D on Entity { ...A }`;
    expect((await refused(api, query, 'TOO_MANY_ALIASES')).extensions.aliases).toBe(40);
  });

  it('refuses depth, plain or hidden in fragments, with QUERY_TOO_DEEP', async () => {
    const deep = await refused(api, nested(50), 'QUERY_TOO_DEEP');
    expect(deep.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 102, limit: 12 });
    const levels = Array.from({ length: 8 }, (_, i) => `fragment F${i} on Entity { relations { object { ...F${i + 1} } } }`).join('\n');
    const hidden = `{ entity(id: "armenia") { ...F0 } }\n${levels}\nfragment F8 on Entity { id }`;
    expect((await refused(api, hidden, 'QUERY_TOO_DEEP')).extensions.depth).toBe(18);
  });

  it('refuses a fragment bomb (each fragment spreading the next twice) without expanding it', async () => {
    const defs = Array.from({ length: 40 }, (_, i) =>
      `fragment B${i} on Entity { ...B${i + 1} x${i}: ...B${i + 1} }`.replace(`x${i}: `, ''),
    );
    const query = `{ entity(id: "armenia") { ...B0 } }\n${defs.join('\n')}\nfragment B40 on Entity { id name }`;
    const started = Date.now();
    const error = await refused(api, query, 'QUERY_TOO_COMPLEX');
    expect(error.extensions.fields).toBeGreaterThan(1e9);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a document over the token limit with QUERY_TOO_LARGE', async () => {
    const query = `{ ${Array.from({ length: 15_000 }, () => 'about { apiVersion }').join(' ')} }`;
    const before = api.graph.stats.queries;
    const res = await api.post({ query });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
    expect(res.json.errors[0].message).toBe('The document has more than 50000 tokens, the limit (MAX_QUERY_TOKENS): send a smaller one.');
    expect(api.graph.stats.queries).toBe(before);
  });

  it('reports the cost of every accepted answer in extensions, with variables taken into account', async () => {
    const query = 'query Page($n: Int) { entities(first: $n) { edges { node { id name } } } }';
    const small = await api.post({ query, variables: { n: 2 } });
    expect(small.status).toBe(200);
    expect(small.json.data.entities.edges).toHaveLength(2);
    expect(small.json.extensions.cost).toEqual({ estimated: 1 + 2 * 2, limit: 1_000_000, cypherQueries: 1 });
    const large = await api.post({ query, variables: { n: 50 } });
    expect(large.json.extensions.cost.estimated).toBe(1 + 50 * 2);
    const one = await api.post({ query: '{ entity(id: "armenia") { id name } }' });
    expect(one.json).toEqual({
      data: { entity: { id: 'armenia', name: 'Armenia' } },
      extensions: { cost: { estimated: 1, limit: 1_000_000, cypherQueries: 1 } },
    });
  });
});

describe('operation types and HTTP protections', () => {
  it('refuses subscriptions with OPERATION_NOT_SUPPORTED, never INTERNAL_SERVER_ERROR', async () => {
    const before = api.graph.stats.queries;
    const res = await api.post({ query: 'subscription { entity(id: "armenia") { id } }' });
    expect(res.status, res.text).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(res.json.errors[0].message).toMatch(/Subscriptions are not supported/);
    expect(api.graph.stats.queries).toBe(before);
  });

  it('refuses a mutation without a token (401) or without the editor role (403) before it is costed or runs any Cypher', async () => {
    const auth = useTestAuthenticator();
    const reader = await bearer('rita', ['reader'], auth);
    const query = 'mutation { addAlias(entity: "armenia", alias: {name: "Hayastan"}) { replayed } }';
    for (const [headers, status, code] of [
      [{}, 401, 'UNAUTHENTICATED'],
      [{ authorization: 'Bearer not-a-token' }, 401, 'UNAUTHENTICATED'],
      [reader, 403, 'FORBIDDEN'],
    ] as const) {
      const before = api.graph.stats.queries;
      const res = await api.post({ query }, headers);
      expect(res.status, res.text).toBe(status);
      expect(res.json.errors).toHaveLength(1);
      expect(res.json.errors[0].extensions.code).toBe(code);
      expect(res.json.extensions?.cost, 'refused before the cost analysis').toBeUndefined();
      expect(api.graph.stats.queries).toBe(before);
    }
  });

  it("accepts an editor's mutation and costs each write at WRITE_COST plus its payload", async () => {
    const editor = await bearer('alice', ['editor'], useTestAuthenticator());
    // Refused by the contract (no such entity), so the seed is left as it is; it was admitted and costed.
    const one = await api.post({ query: 'mutation { addAlias(entity: "no-such-entity", alias: {name: "X"}) { replayed } }' }, editor);
    expect(one.json.errors[0].extensions.code, one.text).toBe('BAD_USER_INPUT');
    expect(one.json.errors[0].extensions.field).toBe('entity');
    expect(one.json.extensions.cost.estimated).toBe(WRITE_COST);
    const two = await api.post(
      {
        query:
          'mutation { a: addAlias(entity: "no-such-entity", alias: {name: "X"}) { replayed entity { id } } b: addAlias(entity: "no-such-entity", alias: {name: "Y"}) { replayed } }',
      },
      editor,
    );
    expect(two.json.extensions.cost.estimated).toBe(2 * WRITE_COST + 1);
    const tooMany = await noAliasLimit.post(
      {
        query: `mutation { ${Array.from({ length: 1001 }, (_, i) => `m${i}: addAlias(entity: "x", alias: {name: "X"}) { replayed }`).join(' ')} }`,
      },
      editor,
    );
    expect(tooMany.json.errors[0].extensions.code, tooMany.text).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers only Host names on the allowlist (loopback names by default)', async () => {
    const evil = await getWithHost(api.port, '/health', 'evil.example');
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    const rebinding = await getWithHost(api.port, '/ready', 'attacker.example:4000');
    expect(rebinding.status).toBe(403);
    for (const host of [`localhost:${api.port}`, `127.0.0.1:${api.port}`, `[::1]:${api.port}`, 'LOCALHOST']) {
      expect((await getWithHost(api.port, '/health', host)).status, host).toBe(200);
    }
  });

  it('accepts configured Host names, and any with ALLOWED_HOSTS=*', async () => {
    const custom = await startLimitedApi(driver, { http: { allowedHosts: ['kg.example.org'] } });
    const open = await startLimitedApi(driver, { http: { allowedHosts: '*' } });
    try {
      expect((await getWithHost(custom.port, '/health', 'kg.example.org')).status).toBe(200);
      expect((await getWithHost(custom.port, '/health', 'localhost')).status).toBe(403);
      expect((await getWithHost(open.port, '/health', 'anything.example')).status).toBe(200);
    } finally {
      await custom.close();
      await open.close();
    }
  });

  it('refuses a body over the limit with 413 QUERY_TOO_LARGE', async () => {
    const res = await api.post({ query: `{ about { apiVersion } } # ${'x'.repeat(1_100_000)}` });
    expect(res.status).toBe(413);
    expect(res.json.errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
  });

  it('compresses answers for clients that accept gzip', async () => {
    const body = JSON.stringify({ query: '{ entities(first: 100) { edges { node { id name kind description } } } }' });
    const res = await new Promise<{ encoding?: string; json: any }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: api.port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        },
        (r: any) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () =>
            resolve({ encoding: r.headers['content-encoding'], json: JSON.parse(zlib.gunzipSync(Buffer.concat(chunks)).toString('utf8')) }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(res.encoding).toBe('gzip');
    expect(res.json.data.entities.edges.length).toBeGreaterThan(10);
  });

  it('switches off introspection and GraphiQL by configuration', async () => {
    const closed = await startLimitedApi(driver, { http: { introspection: false, graphiql: false } });
    try {
      const res = await closed.post({ query: '{ __schema { queryType { name } } }' });
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.json.errors[0].message).toMatch(/introspection/i);
      const page = await fetch(`${closed.base}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/graphiql/i);
      // On by default.
      expect((await api.post({ query: '{ __schema { queryType { name } } }' })).json.data.__schema.queryType.name).toBe('Query');
      const graphiql = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } });
      expect(await graphiql.text()).toMatch(/graphiql/i);
    } finally {
      await closed.close();
    }
  });
});

describe('observability', () => {
  it('serves Prometheus metrics: latency by operation, errors by code, pool use and work in flight', async () => {
    await api.post({ query: 'query OneEntity { entity(id: "armenia") { id } }' }, { 'x-request-id': 'metrics-test-1' });
    await api.post({ query: NESTED_152 });
    const res = await fetch(`${api.base}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{operation="OneEntity",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/graphql_errors_total\{code="QUERY_TOO_COMPLEX"\} [1-9]/);
    expect(text).toMatch(/^neo4j_sessions_in_use 0$/m);
    expect(text).toMatch(/^neo4j_pool_max_size \d+$/m);
    expect(text).toMatch(/^graphql_operations_in_flight 0$/m);
    expect(text).toMatch(/^neo4j_available 1$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await api.post({ query: '{ about { apiVersion } }' }, { 'x-request-id': 'abc-123' });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await api.post({ query: '{ about { apiVersion } }' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
