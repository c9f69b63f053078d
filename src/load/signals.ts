import { spawn } from 'node:child_process';
import fs from 'node:fs';

/**
 * Startup and signals of the kg-load process.
 *
 * - SIGINT, SIGTERM and SIGHUP stop the load: the loader rolls back its open transaction and
 *   exits (a second signal exits at once).
 * - A wrapper that dies without passing a signal on (SIGKILL on `npm run load`, or on the process
 *   that re-executed kg-load with the memory flag) must not leave the loader running: when started
 *   by one of them, kg-load watches it and stops as on a signal once it is gone.
 * - The memory flag: kg-load runs with 4 MB V8 semi-spaces (less peak memory, same speed). The bin's
 *   shebang and `npm run load` pass it; started any other way, kg-load runs itself again with it.
 */
export const MEMORY_FLAG = '--max-semi-space-size=4';
const WRAPPER_ENV = 'KG_LOAD_WRAPPER_PID';
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** True when V8 got the memory flag at startup (on the command line or in NODE_OPTIONS). */
export function hasMemoryFlag(): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  return given.some((a) => a.startsWith('--max-semi-space-size'));
}

/**
 * Runs this script again as a child with the memory flag; resolves to the child's exit code. Signals
 * to this process are passed on; the child watches this process in case it is killed outright.
 */
export function rerunWithMemoryFlag(script: string, args: string[]): Promise<number> {
  const child = spawn(process.execPath, [MEMORY_FLAG, ...process.execArgv, script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [WRAPPER_ENV]: String(process.pid) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const s of STOP_SIGNALS) process.on(s, forward);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 143)));
    child.on('error', () => resolve(1));
  });
}

/** Is the process alive (a zombie, killed and not yet reaped, counts as gone)? */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** Is this command line npm's own (`npm run ...`, `node .../npm-cli.js ...`), not a script it runs? */
function isNpm(cmdline: string): boolean {
  const [first = '', second = ''] = cmdline.split('\0');
  return /^npm(\s|$)/.test(first) || /(^|\/)npm$/.test(first) || /(^|\/)npm-cli\.js$/.test(second);
}

/** `npm run load`: the processes from this one's parent up to npm (its shell in between). */
function npmChain(): number[] {
  if (process.env.npm_lifecycle_event !== 'load') return [];
  const chain: number[] = [];
  for (let pid: number | null = process.ppid; pid && pid > 1 && chain.length < 4; pid = parentOf(pid)) {
    let cmdline: string;
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      return [process.ppid]; // no /proc: watch the parent
    }
    chain.push(pid);
    if (isNpm(cmdline)) return chain;
  }
  return [process.ppid];
}

/** The processes whose death stops the load: the re-executing parent, or npm and the shell it started. */
export function wrappersToWatch(): number[] {
  const pids = [Number(process.env[WRAPPER_ENV]) || 0, ...npmChain()].filter((p) => p > 1);
  return [...new Set(pids)];
}

/**
 * Calls `stop` once on SIGINT, SIGTERM or SIGHUP, or when a wrapper process is gone; a second
 * signal exits at once. Returns a function that removes the handlers.
 */
export function onStop(stop: (reason: string) => void, wrappers = wrappersToWatch()): () => void {
  let stopping = 0;
  const fire = (reason: string) => {
    // The same Ctrl-C reaches npm and kg-load, and npm passes it on: a second signal within a second is that echo.
    if (stopping && Date.now() - stopping > 1000) process.exit(130);
    if (stopping) return;
    stopping = Date.now();
    stop(reason);
  };
  const handlers = STOP_SIGNALS.map((s) => [s, () => fire(s)] as const);
  for (const [s, h] of handlers) process.on(s, h);
  const timer = wrappers.length > 0 ? setInterval(() => watch(), 250) : null;
  const watch = () => {
    if (!wrappers.some((p) => !alive(p))) return;
    clearInterval(timer!);
    fire('its wrapper process is gone');
  };
  timer?.unref();
  return () => {
    for (const [s, h] of handlers) process.off(s, h);
    if (timer) clearInterval(timer);
  };
}
