import { performance } from 'node:perf_hooks';
import { percentile, post, startApiProcess } from './api-process';

/**
 * What the safety layer (shape check, cost estimate, admission, deadline and session cap, the
 * JSON log line, metrics, compression, Host check) adds per request: the API of this tree against
 * one built from before it (BENCH_BEFORE_MAIN: path to that build's dist/src/main.js), both as
 * processes on the same Neo4j, in BENCH_ROUNDS (5) interleaved rounds of BENCH_N (300) requests
 * one at a time, then 8 at a time. Reports medians per system and the ratio after/before.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const N = Number(process.env.BENCH_N || 300);
const BEFORE = process.env.BENCH_BEFORE_MAIN;

const REQUESTS = {
  oneEntity: { query: 'query OneEntity($id: ID!) { entity(id: $id) { id name kind } }', variables: { id: 'armenia' } },
  controlledBy: {
    query: `query DeFactoControl { region: entity(id: "nagorno-karabakh") { name ... on Place { controlledBy(asOf: "2022-08-03") { subject { id name } extent validFrom validTo status assertedBy { id } sources { id } } } } }`,
  },
};

async function sequential(base: string, body: unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const a = await post(base, body);
    if (a.status !== 200 || a.codes.length) throw new Error(`failed: ${a.status} ${a.codes.join(',')}`);
    times.push(a.ms);
  }
  return times;
}

async function concurrent(base: string, body: unknown, clients = 8): Promise<number> {
  const t0 = performance.now();
  let left = N;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (left-- > 0) await post(base, body);
    }),
  );
  return (N / (performance.now() - t0)) * 1000;
}

async function main() {
  if (!BEFORE) throw new Error('set BENCH_BEFORE_MAIN to the dist/src/main.js of a build from before the safety layer');
  const systems = {
    before: await startApiProcess({ LOG_LEVEL: 'info', SEED_ON_START: 'false' }, BEFORE),
    after: await startApiProcess({ LOG_LEVEL: 'info', SEED_ON_START: 'false' }),
  };
  const results: Record<string, Record<string, number[]>> = { before: {}, after: {} };
  for (const sys of Object.keys(systems) as (keyof typeof systems)[])
    for (const r of Object.keys(REQUESTS) as (keyof typeof REQUESTS)[])
      for (let i = 0; i < 20; i++) await post(systems[sys].base, REQUESTS[r]);
  for (let round = 1; round <= ROUNDS; round++) {
    const order: (keyof typeof systems)[] = round % 2 ? ['before', 'after'] : ['after', 'before'];
    for (const sys of order) {
      for (const [name, body] of Object.entries(REQUESTS)) {
        const times = await sequential(systems[sys].base, body);
        (results[sys][`${name} p50 ms`] ??= []).push(percentile(times, 50));
        (results[sys][`${name} p99 ms`] ??= []).push(percentile(times, 99));
        (results[sys][`${name} req/s x8`] ??= []).push(await concurrent(systems[sys].base, body));
      }
    }
    console.log(`round ${round} done`);
  }
  await systems.before.stop();
  await systems.after.stop();
  console.log('\nmedian over rounds (before | after | after/before):');
  for (const key of Object.keys(results.before)) {
    const b = percentile(results.before[key], 50);
    const a = percentile(results.after[key], 50);
    console.log(`  ${key.padEnd(26)} ${b.toFixed(2).padStart(8)} | ${a.toFixed(2).padStart(8)} | ${(a / b).toFixed(3)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
