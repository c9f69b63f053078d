import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { graphql, GraphQLSchema } from 'graphql';
import { Driver, Integer } from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/config';
import { GraphClient } from '../src/graph/client';
import { createDriver } from '../src/graph/driver';
import { createContext } from '../src/schema/context';
import { buildApiSchema } from '../src/schema/index';

/**
 * `npm run bench:flatness`: sequential latency of each root query and of README questions 1-5 on
 * two databases, the seed (FLAT_SEED_URI) and the large graph (FLAT_LARGE_URI), through the
 * GraphQL schema in-process (no HTTP: bench:api measures that side by side with other servers).
 * For each query the two databases take turns, FLAT_RUNS times each (default 30) after 3 warm-up
 * runs each, so both see the same machine load; p50 and p95 per database, and the large/seed ratio
 * of p95 (target: at most 2). Credentials: FLAT_USER / FLAT_PASSWORD (default neo4j /
 * karabakh-local, the local instances').
 */
const RUNS = Number(process.env.FLAT_RUNS ?? 30);
const SEED_URI = process.env.FLAT_SEED_URI ?? 'bolt://127.0.0.1:7720';
const LARGE_URI = process.env.FLAT_LARGE_URI ?? 'bolt://127.0.0.1:7722';
const USER = process.env.FLAT_USER ?? 'neo4j';
const PASSWORD = process.env.FLAT_PASSWORD ?? 'karabakh-local';

function readmeQuery(name: string): string {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  for (const m of text.matchAll(/^```graphql[ \t]*\n([\s\S]*?)^```/gm))
    if (new RegExp(`^\\s*query\\s+${name}\\b`, 'm').test(m[1])) return m[1];
  throw new Error(`README.md has no query ${name}`);
}

const QUERIES: Record<string, string> = {
  'README 1 DeFactoControl': readmeQuery('DeFactoControl'),
  'README 2 Recognition': readmeQuery('Recognition'),
  'README 3 PeacekeepersAugust2022': readmeQuery('PeacekeepersAugust2022'),
  'README 4 ArmenianMfaAllegations': readmeQuery('ArmenianMfaAllegations'),
  'README 5 CeasefireParties': readmeQuery('CeasefireParties'),
  'search (README FindByName)': readmeQuery('FindByName'),
  'entity(id) with aliases': '{ entity(id: "azerbaijan") { id name aliases { name language } } }',
  'entities(kind: SETTLEMENT, first: 20)':
    '{ entities(kind: SETTLEMENT, first: 20) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }',
  'entities(first: 20) { totalCount }': '{ entities(first: 20) { totalCount edges { node { id } } } }',
  'relations(subject: azerbaijan, first: 20)':
    '{ relations(subject: "azerbaijan", first: 20) { edges { node { id type object { id } } } pageInfo { hasNextPage } } }',
  'relations(object:, types:, asOf:)':
    '{ relations(object: "nagorno-karabakh", types: [CONTROLS], asOf: "2022-08-03", first: 20) { edges { node { id subject { id } } } } }',
  'relations(types: [CONTROLS], first: 20)': '{ relations(types: [CONTROLS], first: 20) { edges { node { id } } } }',
  'neighborhood(nagorno-karabakh, depth: 2)': '{ neighborhood(id: "nagorno-karabakh", depth: 2) { nodes { id } edges { id } truncated } }',
  'paths(azerbaijan -> lachin-corridor)': '{ paths(from: "azerbaijan", to: "lachin-corridor", maxHops: 4, asOf: "2022-08-03") { length } }',
  'timeline(nagorno-karabakh, 2020-2024)':
    '{ timeline(id: "nagorno-karabakh", from: "2020-01-01", to: "2024-12-31") { items { date change } truncated } }',
  about: '{ about { apiVersion neo4jVersion } }',
};

async function once(schema: GraphQLSchema, graph: GraphClient, source: string): Promise<number> {
  const started = process.hrtime.bigint();
  const result = await graphql({ schema, source, contextValue: createContext(graph) });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.errors?.length) throw new Error(`${result.errors[0].message} in ${source.slice(0, 80)}`);
  return ms;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

async function main(): Promise<void> {
  const schema = await buildApiSchema();
  const drivers: Driver[] = [SEED_URI, LARGE_URI].map((uri) => createDriver({ uri, user: USER, password: PASSWORD, database: 'neo4j' }));
  const [seed, large] = drivers.map((d) => new GraphClient(d, 'neo4j'));
  const size = async (d: Driver) =>
    ((await d.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n')).records[0].get('n') as Integer).toString();
  console.log(`# API latency on the seed and the large graph, ${new Date().toISOString()}`);
  console.log(
    `seed ${SEED_URI} (${await size(drivers[0])} relationships), large ${LARGE_URI} (${await size(drivers[1])} relationships); ${RUNS} sequential runs each, interleaved\n`,
  );
  console.log('| query | seed p50 ms | seed p95 ms | large p50 ms | large p95 ms | p95 large/seed |');
  console.log('|---|---:|---:|---:|---:|---:|');
  try {
    for (const [label, source] of Object.entries(QUERIES)) {
      for (let i = 0; i < 3; i++) {
        await once(schema, seed, source);
        await once(schema, large, source);
      }
      const times = { seed: [] as number[], large: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        times.seed.push(await once(schema, seed, source));
        times.large.push(await once(schema, large, source));
      }
      const [s50, s95, l50, l95] = [
        quantile(times.seed, 0.5),
        quantile(times.seed, 0.95),
        quantile(times.large, 0.5),
        quantile(times.large, 0.95),
      ];
      console.log(
        `| ${label} | ${s50.toFixed(1)} | ${s95.toFixed(1)} | ${l50.toFixed(1)} | ${l95.toFixed(1)} | ${(l95 / s95).toFixed(2)} |`,
      );
    }
  } finally {
    await Promise.all(drivers.map((d) => d.close()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
