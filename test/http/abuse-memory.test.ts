import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { testDriver, testTarget, useSeededGraph } from '../support/neo4j';
import { cleanEnv, RunningProcess, runBuilt } from '../support/processes';
import { aliasedNeighborhoods, NESTED_152, nested } from './support';

/**
 * The API process under a burst of the abusive queries of issue 8 (the built `npm start`, as a
 * child process, so its resident memory is its own): every request is refused with its code,
 * no Cypher runs, /health keeps answering, and the resident memory stays far below 400 MB.
 * (Before the limits, the 152-byte query alone drove the process to its 4 GB heap limit.)
 */
let driver: Driver;
let api: RunningProcess;
let base: string;

const ABUSE: [string, string][] = [
  [NESTED_152, 'QUERY_TOO_COMPLEX'],
  [nested(50), 'QUERY_TOO_DEEP'],
  [aliasedNeighborhoods(1000), 'TOO_MANY_ALIASES'],
  [
    `{ entity(id: "armenia") { ...B0 } }\n${Array.from({ length: 40 }, (_, i) => `fragment B${i} on Entity { ...B${i + 1} ...B${i + 1} }`).join('\n')}\nfragment B40 on Entity { id name }`,
    'QUERY_TOO_COMPLEX',
  ],
];

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

beforeAll(async () => {
  driver = testDriver();
  await useSeededGraph(driver);
  const target = testTarget();
  api = runBuilt(
    'src/main.js',
    [],
    cleanEnv({
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      PORT: '0',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
    }),
  );
  const m = await api.waitFor(/GraphQL API ready at http:\/\/localhost:(\d+)\/graphql/);
  base = `http://127.0.0.1:${m[1]}`;
});

afterAll(async () => {
  api?.child.kill('SIGTERM');
  await api?.exited;
  await driver?.close();
});

describe('the API under abuse', () => {
  it('refuses a burst of abusive queries before any Cypher, keeps /health answering, and its memory bounded', async () => {
    const pid = api.child.pid!;
    let rssMax = rssMb(pid);
    const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMb(pid))), 20);
    const codes: Record<string, number> = {};
    const health: number[] = [];
    let next = 0;
    const TOTAL = 400;
    const clients = Array.from({ length: 16 }, async () => {
      while (next < TOTAL) {
        const [query, expected] = ABUSE[next++ % ABUSE.length];
        const res = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = await res.json();
        const code = `${res.status} ${body.errors?.[0]?.extensions?.code}`;
        codes[code] = (codes[code] ?? 0) + 1;
        expect(code).toBe(`400 ${expected}`);
      }
    });
    const healthChecks = (async () => {
      while (next < TOTAL) {
        const res = await fetch(`${base}/health`);
        health.push(res.status);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await Promise.all([...clients, healthChecks]);
    clearInterval(sampler);
    expect(Object.values(codes).reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((s) => s === 200)).toBe(true);
    expect(rssMax).toBeLessThan(400);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).not.toMatch(/^neo4j_cypher_queries_total [1-9]/m);
    expect(metrics).toMatch(/graphql_errors_total\{code="TOO_MANY_ALIASES"\} 100/);
  });
});
