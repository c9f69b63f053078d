import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { connectNeo4j } from '../src/graph/connect';
import { GraphClient } from '../src/graph/client';
import { createApiServer, listen } from '../src/http/server';
import { prepareDatabase } from '../src/load/bootstrap';
import { buildApiSchema } from '../src/schema';

/**
 * `npm run bench:views`: latency of a depth-2 neighborhood over HTTP against the in-process server
 * on the seed graph. N requests (BENCH_N, default 200) after 20 warm-ups, one at a time; prints
 * p50, p90, p99 and max. Uses the same Neo4j as npm start (NEO4J_URI, or the local instance set
 * by NEO4J_LOCAL_*); it loads the seed only into an empty database and never deletes anything.
 */
const N = Number(process.env.BENCH_N || 200);
const WARMUP = 20;
const QUERY = `query($id: ID!, $asOf: Date) {
  neighborhood(id: $id, depth: 2, asOf: $asOf) {
    nodes { id kind name labels }
    edges { id type source target validFrom validFromPrecision validTo validToPrecision status sourceIds }
    truncated omittedNodes
  }
}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const { driver, target, close } = await connectNeo4j(loadConfig());
  try {
    await prepareDatabase(driver, target.database, true, (line) => console.log(line));
    const graph = new GraphClient(driver, target.database);
    const [centre] = await graph.read('view-entities', { ids: ['nagorno-karabakh'] });
    if (!centre)
      throw new Error('nagorno-karabakh is not in this database: run the bench on the seed graph (an empty database gets seeded).');
    const api = await createApiServer(await buildApiSchema(), graph);
    const url = `http://127.0.0.1:${await listen(api.httpServer, 0, '127.0.0.1')}/graphql`;
    const body = JSON.stringify({ query: QUERY, variables: { id: 'nagorno-karabakh', asOf: '2022-08-03' } });
    let nodes = 0;
    let edges = 0;
    const request = async () => {
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { data?: { neighborhood: { nodes: unknown[]; edges: unknown[] } }; errors?: unknown };
      const ms = performance.now() - t0;
      if (!json.data) throw new Error(`request failed: ${JSON.stringify(json.errors)}`);
      nodes = json.data.neighborhood.nodes.length;
      edges = json.data.neighborhood.edges.length;
      return ms;
    };
    for (let i = 0; i < WARMUP; i++) await request();
    const times: number[] = [];
    for (let i = 0; i < N; i++) times.push(await request());
    times.sort((a, b) => a - b);
    const f = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(
      `depth-2 neighborhood of nagorno-karabakh as of 2022-08-03 (${nodes} nodes, ${edges} edges), ${N} sequential requests over HTTP:`,
    );
    console.log(
      `p50 ${f(percentile(times, 50))}  p90 ${f(percentile(times, 90))}  p99 ${f(percentile(times, 99))}  max ${f(times[times.length - 1])}`,
    );
    await api.close();
  } finally {
    await close();
  }
}

main().catch((e: Error) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
