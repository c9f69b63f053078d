import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { ApiServer, createApiServer, listen } from '../src/http/server';
import { buildApiSchema } from '../src/schema';
import { readmeQueries } from './support/readme';
import { testDriver, testGraph, useSeededGraph } from './support/neo4j';

/** Every ```graphql block of README.md runs over HTTP against the seeded API without errors. */
let driver: Driver;
let api: ApiServer;
let base: string;

beforeAll(async () => {
  driver = testDriver();
  await useSeededGraph(driver);
  api = await createApiServer(await buildApiSchema(), testGraph(driver));
  base = `http://127.0.0.1:${await listen(api.httpServer, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

const queries = readmeQueries();

describe('README examples', () => {
  it('has the example queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(5);
    expect(new Set(queries.map((q) => q.name)).size).toBe(queries.length);
  });

  it.each(queries.map((q) => [`${q.name} (README.md:${q.line})`, q.query]))('%s answers without errors', async (_name, query) => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(json.errors).toBeUndefined();
    expect(res.status).toBe(200);
    for (const [field, value] of Object.entries(json.data ?? {})) {
      expect(value, `${field} is empty`).not.toBeNull();
      if (Array.isArray(value)) expect(value.length, `${field} is empty`).toBeGreaterThan(0);
    }
  });
});
