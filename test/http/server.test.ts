import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { createApiServer, listen, ApiServer } from '../../src/http/server';
import { buildApiSchema } from '../../src/schema';
import { testDriver, testGraph } from '../support/neo4j';

let driver: Driver;
let api: ApiServer;
let base: string;

async function gql(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

beforeAll(async () => {
  driver = testDriver();
  api = await createApiServer(await buildApiSchema(), testGraph(driver));
  base = `http://127.0.0.1:${await listen(api.httpServer, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe('HTTP endpoints', () => {
  it('GET /health answers while the process is up', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).status).toBe('ok');
  });

  it('GET /ready answers 200 when Neo4j is reachable', async () => {
    const res = await fetch(`${base}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers a GraphQL query from the real Neo4j', async () => {
    const { status, json } = await gql({ query: '{ about { apiVersion neo4jVersion neo4jEdition } }' });
    expect(status).toBe(200);
    expect(json.data.about.neo4jVersion).toMatch(/^5\.26\./);
    expect(json.data.about.neo4jEdition).toBe('community');
  });

  it('rejects malformed JSON with 400 and no stack trace', async () => {
    const { status, json } = await gql('{not json');
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(json)).not.toMatch(/at .*\.js:\d+/);
  });

  it('rejects an unknown field with a validation error code', async () => {
    const { status, json } = await gql({ query: '{ nope }' });
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].extensions.stacktrace).toBeUndefined();
  });
});
