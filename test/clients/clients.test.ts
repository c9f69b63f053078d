import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client/core';
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { PROJECT_ROOT } from '../../src/config';
import { useHttpApi } from '../support/api';
import { useSeededGraph } from '../support/neo4j';
import { readmeQuery } from '../support/readme';

/**
 * The two client setups of docs/clients.md, run against the API over HTTP on README query 1:
 * Apollo Client 3 with the shipped possibleTypes, and urql with Graphcache (POST, and GET with the
 * preflight header). Each must return every field the query asks for, with no cache warning.
 */
const api = useHttpApi(useSeededGraph);
const possibleTypes: Record<string, string[]> = JSON.parse(
  fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'possible-types.json'), 'utf8'),
);
const QUERY = readmeQuery('DeFactoControl');
/** As in docs/clients.md: types without an id are embedded in their parent. */
const KEYLESS = Object.fromEntries(
  ['SearchHit', 'GraphView', 'ViewPath', 'Timeline', 'TimelineItem', 'PageInfo', 'EntityEdge', 'RelationEdge', 'About'].map((t) => [
    t,
    () => null,
  ]),
);

/** What the server itself answers, the reference for every client. */
async function serverAnswer(): Promise<any> {
  const res = await api.post({ query: QUERY });
  expect(res.json.errors).toBeUndefined();
  return res.json.data;
}

/** Drops __typename, which caches add to every selection, so answers compare field for field. */
function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== '__typename')
        .map(([k, v]) => [k, withoutTypename(v)]),
    );
  }
  return value;
}

function captureWarnings(): string[] {
  const seen: string[] = [];
  for (const level of ['warn', 'error', 'log'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void seen.push(`${level}: ${args.map(String).join(' ')}`));
  }
  return seen;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Apollo Client 3 (docs/clients.md)', () => {
  it('gets every field of README query 1 with the shipped possibleTypes', async () => {
    const expected = await serverAnswer();
    const warnings = captureWarnings();
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${api.base}/graphql` }),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const { data, errors } = await client.query({ query: gql(QUERY), fetchPolicy: 'network-only' });
    expect(errors).toBeUndefined();
    expect(withoutTypename(data)).toEqual(expected);
    expect(data.region.onAugust3rd2022.length).toBeGreaterThan(0);
    expect(data.region.onMarch1st2024.length).toBeGreaterThan(0);
    // Normalized: the region and each statement are cache entries of their own, keyed by id.
    const cache = client.cache.extract() as Record<string, unknown>;
    expect(cache['Region:nagorno-karabakh']).toBeDefined();
    expect(Object.keys(cache).some((k) => k.startsWith('Relation:'))).toBe(true);
    // And read back from the cache alone, it is the same answer.
    const cached = client.readQuery({ query: gql(QUERY) });
    expect(withoutTypename(cached)).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('without possibleTypes loses the fields under "... on Place" (why the file is shipped)', async () => {
    captureWarnings();
    const client = new ApolloClient({ link: new HttpLink({ uri: `${api.base}/graphql` }), cache: new InMemoryCache() });
    const { data } = await client.query({ query: gql(QUERY), fetchPolicy: 'network-only' });
    // The server sent the statements, but the cache cannot tell that a Region is a Place.
    expect(data.region.name).toBe('Nagorno-Karabakh');
    expect(data.region.onAugust3rd2022).toBeUndefined();
  });
});

describe('urql with Graphcache (docs/clients.md)', () => {
  async function run(exchangeOptions: ConstructorParameters<typeof Client>[0] extends infer O ? Partial<O> : never) {
    const warnings = captureWarnings();
    const client = new Client({
      url: `${api.base}/graphql`,
      exchanges: [cacheExchange({ possibleTypes, keys: KEYLESS }), fetchExchange],
      ...exchangeOptions,
    });
    const result = await client.query(QUERY, {}).toPromise();
    return { result, warnings };
  }

  it('gets README query 1 over POST with no warning', async () => {
    const expected = await serverAnswer();
    const { result, warnings } = await run({ preferGetMethod: false });
    expect(result.error).toBeUndefined();
    expect(withoutTypename(result.data)).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('gets it over GET when the preflight header is sent, and a plain GET is refused by the CSRF check', async () => {
    const expected = await serverAnswer();
    const { result, warnings } = await run({ preferGetMethod: 'force', fetchOptions: { headers: { 'apollo-require-preflight': 'true' } } });
    expect(result.error).toBeUndefined();
    expect(result.operation.context.preferGetMethod).toBe('force');
    expect(withoutTypename(result.data)).toEqual(expected);
    expect(warnings).toEqual([]);

    const plain = await run({ preferGetMethod: 'force' });
    expect(plain.result.data).toBeUndefined();
    expect(plain.result.error?.message).toMatch(/CSRF|preflight|400/i);
  });
});
