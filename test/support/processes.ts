import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

/**
 * Runs the BUILT entry points (dist/, as `npm start` does) under plain Node, so tests see what a
 * user sees: exit codes, stdout and stderr lines, and no TypeScript loader in between.
 */
export function builtEntry(relative: string): string {
  const file = path.join(PROJECT_ROOT, 'dist', relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm test does it first).`);
  return file;
}

/** The environment without any Neo4j target, so each test states the one it means. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'PORT', 'HOST', 'SEED_ON_START']) delete env[key];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export class RunningProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<Finished>;

  constructor(readonly child: ChildProcess) {
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (this.stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    this.exited = new Promise((resolve) => {
      child.once('close', (code, signal) => resolve({ code, signal, stdout: this.stdout, stderr: this.stderr }));
    });
  }

  /** Resolves with the first stdout match, or rejects when the process exits first or time runs out. */
  async waitFor(pattern: RegExp, timeoutMs = 120_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    let done = false;
    void this.exited.then(() => (done = true));
    while (Date.now() < deadline) {
      const m = pattern.exec(this.stdout);
      if (m) return m;
      if (done) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no ${pattern} in output${done ? ' (the process exited)' : ''}:\n${this.stdout}\n${this.stderr}`);
  }
}

export function runBuilt(relative: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  return new RunningProcess(
    spawn(process.execPath, [builtEntry(relative), ...args], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

/** Lines a failed start printed on stderr, without blank ones. */
export function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '');
}
