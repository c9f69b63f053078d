import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * A latency probe on its own thread: the requests it times are not delayed by the load
 * generator's event loop (which parses hundreds of answers a second), so what it measures is
 * what a separate client sees. It sends one request, waits `intervalMs`, and repeats until
 * stopped; `check` says whether an answer counts as a success.
 */
export interface ProbeSpec {
  url: string;
  /** GET when absent, else POSTed as JSON. */
  body?: unknown;
  intervalMs: number;
  /** A substring a successful answer's body must contain (besides HTTP 200). */
  expect?: string;
}

export interface ProbeResult {
  ok: number[];
  failures: string[];
}

export interface Probe {
  /** Stops after the request in flight and gives the samples taken since start. */
  stop(): Promise<ProbeResult>;
}

export function startProbe(spec: ProbeSpec): Probe {
  const worker = new Worker(path.join(__dirname, 'probe.js'), { workerData: spec });
  const result = new Promise<ProbeResult>((resolve, reject) => {
    worker.once('message', (r: ProbeResult) => resolve(r));
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      worker.postMessage('stop');
      const r = await result;
      await worker.terminate();
      return r;
    },
  };
}

async function run(spec: ProbeSpec): Promise<void> {
  let stopped = false;
  parentPort!.on('message', () => (stopped = true));
  const ok: number[] = [];
  const failures: string[] = [];
  while (!stopped) {
    const t0 = performance.now();
    try {
      const res = await fetch(spec.url, {
        method: spec.body === undefined ? 'GET' : 'POST',
        headers: spec.body === undefined ? {} : { 'content-type': 'application/json' },
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await res.text();
      const ms = performance.now() - t0;
      if (res.status === 200 && (!spec.expect || text.includes(spec.expect))) ok.push(ms);
      else failures.push(`${res.status} ${text.slice(0, 120)}`);
    } catch (e) {
      failures.push(`error ${(e as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, spec.intervalMs));
  }
  parentPort!.postMessage({ ok, failures } satisfies ProbeResult);
}

if (!isMainThread) void run(workerData as ProbeSpec);
