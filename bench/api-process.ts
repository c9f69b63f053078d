import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config';

/**
 * The API as a separate process (`node dist/src/main.js`), as users run it, so that its resident
 * memory can be read from /proc and the load generator's own work does not count against it.
 * It uses the Neo4j of the environment (NEO4J_URI, or the local instance of NEO4J_LOCAL_*, which
 * must already run: it is left running).
 */
export interface ApiProcess {
  child: ChildProcess;
  base: string;
  /** Resident memory in MB, from /proc/<pid>/status (VmRSS). */
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startApiProcess(
  env: NodeJS.ProcessEnv = {},
  mainJs = path.join(PROJECT_ROOT, 'dist', 'src', 'main.js'),
): Promise<ApiProcess> {
  const child = spawn(process.execPath, [...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), mainJs], {
    env: { ...process.env, PORT: '0', SEED_ON_START: 'true', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /ready at http:\/\/[^:]+:(\d+)\/graphql/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}:\n${output}`)));
  });
  child.stdout.resume();
  child.stderr.resume();
  return {
    child,
    base,
    rssMb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface Answer {
  status: number;
  ms: number;
  codes: string[];
  json: any;
}

export async function post(base: string, body: unknown, timeoutMs = 60_000): Promise<Answer> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, ms, codes: (json?.errors ?? []).map((e: any) => String(e.extensions?.code)), json };
  } catch (e) {
    return { status: 0, ms: performance.now() - t0, codes: [(e as Error).name], json: null };
  }
}

export async function timedGet(url: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t0 };
  } catch {
    return { status: 0, ms: performance.now() - t0 };
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(values: number[]): string {
  const f = (n: number) => n.toFixed(1);
  return `n=${values.length} p50=${f(percentile(values, 50))} p95=${f(percentile(values, 95))} p99=${f(percentile(values, 99))} max=${f(Math.max(...values))} ms`;
}

export function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}
