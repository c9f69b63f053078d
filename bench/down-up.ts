import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { start, stop } from '../src/localdb/launcher';
import { countBy, percentile, post, startApiProcess, summary, timedGet } from './api-process';

/**
 * Neo4j goes away and comes back under a running API: how long a request takes to fail while it
 * is down (and with which code), and how long after Neo4j accepts connections again both a query
 * and /ready answer. Uses the local instance of NEO4J_LOCAL_* (it stops and starts it), for
 * BENCH_ROUNDS (3) rounds. `npm run bench:down-up`.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const QUERY = { query: '{ entity(id: "armenia") { id name } }' };

async function main() {
  const config = loadConfig();
  if (config.external) throw new Error('bench:down-up stops and starts the local Neo4j: unset NEO4J_URI.');
  await start(config.local, config.localTarget, () => {});
  const api = await startApiProcess();
  console.log(`API at ${api.base}`);
  const failMs: number[] = [];
  const codes: string[] = [];
  const readyDownMs: number[] = [];
  const queryUp: number[] = [];
  const readyUp: number[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    if ((await post(api.base, QUERY)).status !== 200) throw new Error('the API does not answer before the round');
    await stop(config.local);
    const stoppedAt = performance.now();
    // /ready notices
    for (;;) {
      const ready = await timedGet(`${api.base}/ready`);
      if (ready.status === 503) {
        readyDownMs.push(performance.now() - stoppedAt);
        break;
      }
      await new Promise((res) => setTimeout(res, 50));
    }
    // Requests while it is down: the first ones and later ones.
    for (let i = 0; i < 20; i++) {
      const a = await post(api.base, QUERY);
      failMs.push(a.ms);
      codes.push(`${a.status} ${a.codes.join(',')}`);
      await new Promise((res) => setTimeout(res, 100));
    }
    await start(config.local, config.localTarget, () => {});
    const upAt = performance.now();
    let q: number | null = null;
    let rd: number | null = null;
    while (q === null || rd === null) {
      if (q === null && (await post(api.base, QUERY)).status === 200) q = performance.now() - upAt;
      if (rd === null && (await timedGet(`${api.base}/ready`)).status === 200) rd = performance.now() - upAt;
      if (performance.now() - upAt > 60_000) throw new Error('no recovery within 60 s');
      await new Promise((res) => setTimeout(res, 50));
    }
    queryUp.push(q);
    readyUp.push(rd);
    console.log(
      `round ${r}: /ready 503 after ${readyDownMs.at(-1)!.toFixed(0)} ms; failed requests ${summary(failMs.slice(-20))}; query back after ${q.toFixed(0)} ms, /ready after ${rd.toFixed(0)} ms`,
    );
  }
  await api.stop();
  console.log(`\nwhile down: ${summary(failMs)}; answers ${JSON.stringify(countBy(codes))}`);
  console.log(`/ready 503 after Neo4j stopped: max ${Math.max(...readyDownMs).toFixed(0)} ms`);
  console.log(
    `after Neo4j accepts connections again: query ok after max ${Math.max(...queryUp).toFixed(0)} ms (p50 ${percentile(queryUp, 50).toFixed(0)}), /ready ok after max ${Math.max(...readyUp).toFixed(0)} ms`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
