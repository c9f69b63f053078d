import { performance } from 'node:perf_hooks';
import { countBy, percentile, post, startApiProcess, summary } from './api-process';
import { startProbe } from './probe';

/**
 * A light query while heavy ones run. BENCH_HEAVY (8) clients send, back to back, the heaviest
 * operation the default limits accept (30 aliased depth-3 neighborhoods of up to 500 nodes: 30
 * aliases is the alias limit, cost 225,090 of 1,000,000), while one client sends a one-entity
 * query every 50 ms from a thread of its own (bench/probe.ts), so the heavy clients' answers,
 * parsed on the main thread, do not delay it. Rounds alternate the light client alone and with the heavy ones
 * (BENCH_ROUNDS, 3; BENCH_SECONDS per phase, 30). Prints the light query's latency in each
 * phase and what the heavy requests got (answers, 503 OVERLOADED, TIMEOUT).
 */
const HEAVY_CLIENTS = Number(process.env.BENCH_HEAVY || 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 30);

const CENTRES = ['azerbaijan', 'armenia', 'russia', 'nagorno-karabakh', 'turkiye', 'artsakh'];
export const HEAVIEST = `query Heaviest { ${Array.from({ length: 30 }, (_, i) => `n${i}: neighborhood(id: "${CENTRES[i % CENTRES.length]}", depth: 3, maxNodes: 500, asOf: "${2000 + i}-06-01") { nodes { id kind name } edges { id type source target } }`).join(' ')} }`;
const LIGHT = { query: 'query OneEntity($id: ID!) { entity(id: $id) { id name kind } }', variables: { id: 'armenia' } };

async function phase(base: string, withHeavy: boolean) {
  const end = performance.now() + SECONDS * 1000;
  const light: number[] = [];
  const lightFailures: string[] = [];
  const heavy: string[] = [];
  const heavyMs: number[] = [];
  const heavyClients = withHeavy
    ? Array.from({ length: HEAVY_CLIENTS }, async () => {
        while (performance.now() < end) {
          const a = await post(base, { query: HEAVIEST });
          heavy.push(a.codes.length ? `${a.status} ${[...new Set(a.codes)].join(',')}` : `${a.status} ok`);
          heavyMs.push(a.ms);
          if (a.status === 503) await new Promise((r) => setTimeout(r, 1000)); // Retry-After
        }
      })
    : [];
  const lightClient = (async () => {
    await new Promise((r) => setTimeout(r, 500));
    const probe = startProbe({ url: `${base}/graphql`, body: LIGHT, intervalMs: 50, expect: '"id":"armenia"' });
    await new Promise((r) => setTimeout(r, Math.max(0, end - performance.now())));
    const got = await probe.stop();
    light.push(...got.ok);
    lightFailures.push(...got.failures);
  })();
  await Promise.all([...heavyClients, lightClient]);
  return { light, lightFailures, heavy, heavyMs };
}

async function main() {
  const api = await startApiProcess({ LOG_LEVEL: 'warn' });
  console.log(`API at ${api.base}; ${HEAVY_CLIENTS} heavy clients, ${ROUNDS} rounds of ${SECONDS} s per phase`);
  // Warm up: plans for both operations.
  await post(api.base, LIGHT);
  await post(api.base, { query: HEAVIEST });
  const alone: number[] = [];
  const loaded: number[] = [];
  const heavyOutcomes: string[] = [];
  const heavyMs: number[] = [];
  let failures: string[] = [];
  let rssMax = 0;
  const rss = setInterval(() => (rssMax = Math.max(rssMax, api.rssMb())), 250);
  for (let r = 1; r <= ROUNDS; r++) {
    const a = await phase(api.base, false);
    const b = await phase(api.base, true);
    alone.push(...a.light);
    loaded.push(...b.light);
    heavyOutcomes.push(...b.heavy);
    heavyMs.push(...b.heavyMs);
    failures = failures.concat(a.lightFailures, b.lightFailures);
    console.log(
      `round ${r}: light alone p99 ${percentile(a.light, 99).toFixed(1)} ms; with heavy p99 ${percentile(b.light, 99).toFixed(1)} ms; heavy ${JSON.stringify(countBy(b.heavy))}`,
    );
  }
  clearInterval(rss);
  await api.stop();
  console.log(`\nlight alone:      ${summary(alone)}`);
  console.log(`light with heavy: ${summary(loaded)}`);
  console.log(`ratio of p99 (with heavy / alone): ${(percentile(loaded, 99) / percentile(alone, 99)).toFixed(2)}`);
  console.log(`light failures: ${failures.length} ${JSON.stringify(countBy(failures))}`);
  console.log(`heavy outcomes: ${JSON.stringify(countBy(heavyOutcomes))}; heavy latency ${summary(heavyMs)}`);
  console.log(`API RSS max ${rssMax.toFixed(1)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
