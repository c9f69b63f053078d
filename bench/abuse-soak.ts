import { performance } from 'node:perf_hooks';
import { countBy, percentile, post, startApiProcess, summary } from './api-process';
import { startProbe } from './probe';

/**
 * Abusive traffic against the API process: the 152-byte nested query, its 50-level
 * version, 1,000 aliased depth-3 neighborhoods, a fragment bomb and the nesting hidden in
 * fragments, sent by BENCH_CLIENTS (16) clients for BENCH_SECONDS (600). Meanwhile /health is
 * timed every 250 ms from a thread of its own (bench/probe.ts: the load generator's event loop
 * does not delay it) and the API's RSS read every 250 ms. Prints the figures for bench/RESULTS.md.
 * Run with the Neo4j of npm start (NEO4J_URI or NEO4J_LOCAL_*): `npm run bench:abuse`.
 */
const SECONDS = Number(process.env.BENCH_SECONDS || 600);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 16);

function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `id relations { object { ${inner} } }`;
  return `{ entity(id:"nagorno-karabakh") { ${inner} } }`;
}

const ABUSE: Record<string, string> = {
  nested152:
    '{ entity(id:"nagorno-karabakh") { id relations { object { id relations { object { id relations { object { id relations { object { id } } } } } } } } } }',
  nested50: nested(50),
  aliases1000: `{ ${Array.from({ length: 1000 }, (_, i) => `n${i}: neighborhood(id:"azerbaijan", depth:3, maxNodes:500) { nodes { id } edges { id } }`).join(' ')} }`,
  fragmentBomb: `{ entity(id: "armenia") { ...B0 } }\n${Array.from({ length: 40 }, (_, i) => `fragment B${i} on Entity { ...B${i + 1} ...B${i + 1} }`).join('\n')}\nfragment B40 on Entity { id name }`,
  hiddenNesting: `query H { entity(id: "nagorno-karabakh") { ...L1 } }
    fragment L1 on Entity { id relations { object { ...L2 } } }
    fragment L2 on Entity { id relations { object { ...L3 } } }
    fragment L3 on Entity { id relations { object { ...L4 } } }
    fragment L4 on Entity { id relations { object { id } } }`,
};

async function main() {
  const api = await startApiProcess();
  console.log(`API at ${api.base}, RSS at start ${api.rssMb().toFixed(1)} MB; ${CLIENTS} clients for ${SECONDS} s`);
  const end = performance.now() + SECONDS * 1000;
  const latency: Record<string, number[]> = Object.fromEntries(Object.keys(ABUSE).map((k) => [k, []]));
  const outcomes: string[] = [];
  let rssMax = 0;
  const rssSamples: number[] = [];
  const names = Object.keys(ABUSE);

  const healthProbe = startProbe({ url: `${api.base}/health`, intervalMs: 250, expect: '"ok"' });
  const sampler = (async () => {
    while (performance.now() < end) {
      const rss = api.rssMb();
      rssSamples.push(rss);
      rssMax = Math.max(rssMax, rss);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const clients = Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = c; performance.now() < end; i++) {
      const name = names[i % names.length];
      const a = await post(api.base, { query: ABUSE[name] });
      latency[name].push(a.ms);
      outcomes.push(`${name} ${a.status} ${a.codes.join(',')}`);
    }
  });
  let last = 0;
  const progress = setInterval(() => {
    const done = outcomes.length;
    console.log(
      `  ${Math.round((SECONDS * 1000 - (end - performance.now())) / 1000)} s: ${done} requests (+${done - last}), RSS ${api.rssMb().toFixed(1)} MB (max ${rssMax.toFixed(1)})`,
    );
    last = done;
  }, 30_000);
  await Promise.all([...clients, sampler]);
  const health = await healthProbe.stop();
  clearInterval(progress);
  const metrics = await (await fetch(`${api.base}/metrics`)).text();
  await api.stop();

  console.log(`\nrequests: ${outcomes.length} in ${SECONDS} s (${(outcomes.length / SECONDS).toFixed(0)}/s)`);
  console.log('outcomes:', JSON.stringify(countBy(outcomes), null, 1));
  for (const n of names) console.log(`refusal latency ${n}: ${summary(latency[n])}`);
  console.log(`API RSS: max ${rssMax.toFixed(1)} MB, p50 ${percentile(rssSamples, 50).toFixed(1)} MB over ${rssSamples.length} samples`);
  console.log(`/health: ${summary(health.ok)}; failures ${health.failures.length}`);
  console.log(`Cypher queries run during the soak: ${/^neo4j_cypher_queries_total (\d+)/m.exec(metrics)?.[1] ?? '0'}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
