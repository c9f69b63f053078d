import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Driver } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { connectNeo4j } from '../../src/graph/connect';
import { prepareDatabase } from '../../src/load/bootstrap';
import { buildCases, Case, GraphParams, System } from './cases';

/**
 * `npm run bench:api`: this API against a raw-driver server that runs the same Cypher and a Neo4j
 * GraphQL Library server, on the same database in one run. See bench/RESULTS.md for the method.
 *
 * The target graph is whatever the configured Neo4j holds (NEO4J_URI, or the local instance set by
 * NEO4J_LOCAL_INSTANCE / NEO4J_LOCAL_PORT; an empty one gets the schema and the seed). Settings:
 *   BENCH_GRAPH    label for the report (default: "seed" when the seed's ids are present, else "large")
 *   BENCH_ROUNDS   rounds (default 3); systems are interleaved within each case and round, in rotated order
 *   BENCH_N        sequential requests per system, case and round (default 200, after BENCH_WARMUP = 20)
 *   BENCH_SECONDS  seconds of load at BENCH_CONNECTIONS (default 10) connections (default 5)
 *   BENCH_CASES    comma-separated case names to run (default all)
 *   BENCH_SYSTEMS  comma-separated systems (default api,raw,library)
 *   BENCH_BASELINE the project folder of another build of this API (its dist/ built, node_modules present):
 *                  adds system "base", that API on the same database, for before/after figures in one run
 *   BENCH_PROFILE  system names (comma-separated): run those servers under node --cpu-prof (bench/profiles/<system>/)
 *   BENCH_OUT      file for the markdown report (default bench/results/api-<graph>.md)
 *   BENCH_ENTITY, BENCH_KIND, BENCH_SUBJECT, BENCH_SUBJECT_TYPE, BENCH_PLACE, BENCH_CENTRE,
 *   BENCH_PATH_FROM, BENCH_PATH_TO, BENCH_AS_OF_A, BENCH_AS_OF_B: override what the cases ask about.
 */
const env = process.env;
const ROUNDS = Number(env.BENCH_ROUNDS || 3);
const N = Number(env.BENCH_N || 200);
const WARMUP = Number(env.BENCH_WARMUP || 20);
const SECONDS = Number(env.BENCH_SECONDS || 5);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 10);
const SYSTEMS = (env.BENCH_SYSTEMS || (env.BENCH_BASELINE ? 'api,base,raw,library' : 'api,raw,library')).split(',') as System[];

interface Sample {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** CPU time of the server process per request during the throughput run (user + system), in ms. */
  cpu: number;
}

/** CPU time a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuTimeMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Keys sorted, so that two answers compare equal whatever order their fields came in. */
function stable(v: unknown): string {
  return JSON.stringify(v, (_k, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (stable(a) === stable(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

// ---------------------------------------------------------------------------------------------
// The servers, each its own process.

interface Running {
  system: System;
  child: ChildProcess;
  url: string;
}

function startServer(system: System): Promise<Running> {
  const profileDir = path.join(PROJECT_ROOT, 'bench', 'profiles', system);
  const execArgv = env.BENCH_PROFILE?.split(',').includes(system) ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const script =
    system === 'base' ? path.join(env.BENCH_BASELINE!, 'dist', 'bench', 'api', 'server.js') : path.join(__dirname, 'server.js');
  // The library and the raw server have no deadline; the API's (OPERATION_TIMEOUT_MS, 5 s) would
  // turn a cold first query on a busy machine into a TIMEOUT, so the bench gives it a minute.
  const childEnv = { OPERATION_TIMEOUT_MS: '60000', ...env };
  const child = spawn(process.execPath, [...execArgv, script, system === 'base' ? 'api' : system], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve({ system, child, url: `http://127.0.0.1:${m[1]}/graphql` });
    });
    child.once('exit', (code) => reject(new Error(`${system} server exited with code ${code} before listening`)));
  });
}

function stopServer(s: Running): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------------------------------------
// Requests.

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function requestBody(c: Case, system: System): string {
  const op = system === 'library' ? c.library! : c.api;
  return JSON.stringify({ query: op.query, variables: op.variables, operationName: c.name });
}

async function answer(url: string, body: string): Promise<any> {
  const res = await post(url, body);
  const json = JSON.parse(res.text);
  if (res.status !== 200 || json.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
  return json.data;
}

/**
 * Sequential latency of several systems at once, one request at a time, taking turns request by
 * request: whatever else the machine is doing at a moment falls on every system alike.
 */
async function sequential(targets: { key: string; url: string; body: string }[]): Promise<Map<string, number[]>> {
  for (let i = 0; i < WARMUP; i++) for (const t of targets) await post(t.url, t.body);
  const times = new Map(targets.map((t) => [t.key, [] as number[]]));
  for (let i = 0; i < N; i++) {
    for (const t of targets) {
      const t0 = performance.now();
      const res = await post(t.url, t.body);
      times.get(t.key)!.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`${t.key}: HTTP ${res.status} during timing`);
    }
  }
  for (const list of times.values()) list.sort((a, b) => a - b);
  return times;
}

async function throughput(url: string, body: string, pid: number): Promise<{ rps: number; cpu: number }> {
  const cpu0 = cpuTimeMs(pid);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`throughput run had ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.total / SECONDS, cpu: (cpuTimeMs(pid) - cpu0) / result.requests.total };
}

// ---------------------------------------------------------------------------------------------
// What to ask: the seed's ids when they are there, otherwise ids found in the graph.

async function one(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<Record<string, any> | undefined> {
  const res = await driver.executeQuery(query, params, { routing: 'READ' });
  return res.records[0]?.toObject();
}

async function discoverParams(driver: Driver): Promise<{ graph: string; params: GraphParams }> {
  const seed = !!(await one(driver, 'MATCH (e:Entity {id: "nagorno-karabakh"}) RETURN e.id AS id'));
  const find = async (name: string, query: string, fallback: string): Promise<string> => {
    if (env[name]) return env[name];
    if (seed) return fallback;
    console.log(`  looking up ${name.replace('BENCH_', '').toLowerCase()} in the graph...`);
    const row = await one(driver, query);
    if (!row) throw new Error(`nothing found for ${name}; set it in the environment`);
    return String(row.id);
  };
  const subjectType = env.BENCH_SUBJECT_TYPE || 'CONTROLS';
  const params: GraphParams = {
    entity: await find('BENCH_ENTITY', 'MATCH (e:Entity) WITH e SKIP 1000 RETURN e.id AS id LIMIT 1', 'nagorno-karabakh'),
    kind: env.BENCH_KIND || 'SETTLEMENT',
    subjectType,
    subject: await find(
      'BENCH_SUBJECT',
      `MATCH (s:Entity)-[:${subjectType}]->(:Entity) RETURN s.id AS id, count(*) AS n ORDER BY n DESC LIMIT 1`,
      'azerbaijan',
    ),
    place: await find(
      'BENCH_PLACE',
      'MATCH (:Entity)-[:CONTROLS]->(p:Place) RETURN p.id AS id, count(*) AS n ORDER BY n DESC LIMIT 1',
      'nagorno-karabakh',
    ),
    asOfA: env.BENCH_AS_OF_A || '2022-08-03',
    asOfB: env.BENCH_AS_OF_B || '2024-03-01',
    centre: await find(
      'BENCH_CENTRE',
      'MATCH (e:Entity) RETURN e.id AS id, COUNT { (e)--(:Entity) } AS n ORDER BY n DESC LIMIT 1',
      'nagorno-karabakh',
    ),
    pathFrom: await find('BENCH_PATH_FROM', 'MATCH (e:Entity) WITH e SKIP 2000 RETURN e.id AS id LIMIT 1', 'lachin-corridor'),
    pathTo: await find('BENCH_PATH_TO', 'MATCH (e:Entity) WITH e SKIP 3000 RETURN e.id AS id LIMIT 1', 'armenia'),
    readme: seed,
  };
  return { graph: env.BENCH_GRAPH || (seed ? 'seed' : 'large'), params };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { driver, target, close } = await connectNeo4j(loadConfig(), { log: (line) => console.log(line) });
  const servers: Running[] = [];
  try {
    await prepareDatabase(driver, target.database, true, (line) => console.log(line));
    const counts = await one(
      driver,
      'MATCH (e:Entity) WITH count(e) AS entities RETURN entities, COUNT { ()-[r]->() WHERE NOT r:HAS_ALIAS } AS statements',
    );
    const { graph, params } = await discoverParams(driver);
    const only = env.BENCH_CASES?.split(',');
    const cases = buildCases(params).filter((c) => !only || only.includes(c.name));
    console.log(
      `graph "${graph}": ${counts?.entities} entities, ${counts?.statements} statements; ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );

    for (const system of SYSTEMS) servers.push(await startServer(system));
    const url = (s: System) => servers.find((x) => x.system === s)!.url;
    const systemsOf = (c: Case) => SYSTEMS.filter((s) => s !== 'library' || c.library);

    // Equal answers first: a case whose systems disagree is reported and not timed.
    const equal: Case[] = [];
    for (const c of cases) {
      const answers = new Map<System, any>();
      try {
        // Up to three tries each: the first run of a query on a cold database may fail where later ones do not.
        for (const s of systemsOf(c)) {
          for (let attempt = 1; ; attempt++) {
            try {
              answers.set(s, await answer(url(s), requestBody(c, s)));
              break;
            } catch (e) {
              if (attempt === 3) throw new Error(`${s}: ${(e as Error).message}`);
            }
          }
        }
        const api = answers.get('api');
        const problems: string[] = [];
        for (const other of ['raw', 'base'] as const) {
          if (!answers.has(other)) continue;
          const d = firstDifference(api, answers.get(other));
          if (d) problems.push(`${other} differs from api at ${d}`);
        }
        if (answers.has('library') && c.canonical) {
          const d = firstDifference(c.canonical('api', api), c.canonical('library', answers.get('library')));
          if (d) problems.push(`library differs from api at ${d}`);
        }
        if (problems.length) console.log(`UNEQUAL ${c.name}: ${problems.join('; ')}`);
        else {
          console.log(`equal   ${c.name} (${systemsOf(c).join(', ')}; ${stable(api).length} bytes of data)`);
          equal.push(c);
        }
      } catch (e) {
        console.log(`FAILED  ${c.name}: ${(e as Error).message}`);
      }
    }

    const samples = new Map<string, Sample[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of equal) {
        const order = systemsOf(c);
        const rotated = [...order.slice(round % order.length), ...order.slice(0, round % order.length)];
        const times = await sequential(rotated.map((s) => ({ key: s, url: url(s), body: requestBody(c, s) })));
        for (const s of rotated) {
          const { rps, cpu } = await throughput(url(s), requestBody(c, s), servers.find((x) => x.system === s)!.child.pid!);
          const t = times.get(s)!;
          const sample = { p50: percentile(t, 50), p95: percentile(t, 95), p99: percentile(t, 99), rps, cpu };
          const key = `${c.name}/${s}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          console.log(
            `round ${round + 1} ${c.name.padEnd(24)} ${s.padEnd(8)} p50 ${sample.p50.toFixed(2)} ms  p95 ${sample.p95.toFixed(2)}  p99 ${sample.p99.toFixed(2)}  ${rps.toFixed(0)} req/s  ${cpu.toFixed(2)} ms CPU/request`,
          );
        }
      }
    }

    const report = formatReport(graph, params, counts, equal, cases, samples, systemsOf);
    const out = env.BENCH_OUT || path.join(PROJECT_ROOT, 'bench', 'results', `api-${graph}.md`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, report);
    console.log(`\n${report}\nwritten to ${path.relative(process.cwd(), out)}`);
  } finally {
    for (const s of servers) await stopServer(s);
    agent.destroy();
    await close();
  }
}

function formatReport(
  graph: string,
  params: GraphParams,
  counts: Record<string, any> | undefined,
  equal: Case[],
  cases: Case[],
  samples: Map<string, Sample[]>,
  systemsOf: (c: Case) => System[],
): string {
  const med = (key: string, f: keyof Sample) => median((samples.get(key) ?? []).map((s) => s[f]));
  const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');
  const lines = [
    `### ${graph}: ${counts?.entities} entities, ${counts?.statements} statements (${new Date().toISOString()})`,
    '',
    `Medians of ${ROUNDS} rounds; sequential latency over ${N} requests per system (after ${WARMUP} warm-ups), the systems taking turns request by request; throughput at ${CONNECTIONS} connections for ${SECONDS} s. ${os.cpus().length} cores shared with other work, load average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}.`,
    '',
    '| query | system | p50 ms | p95 ms | p99 ms | req/s | server CPU ms/request |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of equal) {
    for (const s of systemsOf(c)) {
      const k = `${c.name}/${s}`;
      lines.push(
        `| ${c.name} | ${s} | ${ms(med(k, 'p50'))} | ${ms(med(k, 'p95'))} | ${ms(med(k, 'p99'))} | ${med(k, 'rps').toFixed(0)} | ${ms(med(k, 'cpu'))} |`,
      );
    }
  }
  const hasBase = SYSTEMS.includes('base');
  lines.push(
    '',
    `| query | API/library throughput (goal >= 1.5) | API/raw p50 (goal <= 1.3) | API/raw throughput | library/raw p50 |${hasBase ? ' before: API/raw p50 | before: API/raw throughput |' : ''}`,
    `|---|---|---|---|---|${hasBase ? '---|---|' : ''}`,
  );
  for (const c of equal) {
    const r = (a: string, b: string, f: keyof Sample) => (med(`${c.name}/${a}`, f) / med(`${c.name}/${b}`, f)).toFixed(2);
    const hasLib = systemsOf(c).includes('library');
    const before = hasBase ? ` ${r('base', 'raw', 'p50')} | ${r('base', 'raw', 'rps')} |` : '';
    lines.push(
      `| ${c.name} | ${hasLib ? r('api', 'library', 'rps') : 'n/a'} | ${r('api', 'raw', 'p50')} | ${r('api', 'raw', 'rps')} | ${hasLib ? r('library', 'raw', 'p50') : 'n/a'} |${before}`,
    );
  }
  const skipped = cases.filter((c) => !equal.includes(c)).map((c) => c.name);
  lines.push('', 'Cases:', ...equal.map((c) => `- ${c.name}: ${c.title}`));
  if (skipped.length) lines.push(`- not timed (answers differed or failed): ${skipped.join(', ')}`);
  lines.push('', `Parameters: \`${JSON.stringify(params)}\``, '');
  return lines.join('\n');
}

main().catch((e: Error) => {
  console.error(`error: ${e.stack ?? e.message}`);
  process.exit(1);
});
