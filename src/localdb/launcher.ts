import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4jConfig, Neo4jTarget, PROJECT_ROOT } from '../config';

/**
 * The embedded default: Neo4j 5.26 Community from Maven Central, run as a real server process on
 * loopback. Jars are fetched once into <home>/lib; each instance (dev, test, ...) has its own
 * folder with conf/, data/, logs/ and run/neo4j.pid, so data survives restarts.
 */
export const NEO4J_VERSION = '5.26.30';
const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const ALTERNATIVES =
  'Alternatives: point the API at an existing server or Aura with NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD), or run `docker compose up`.';

export interface LocalStatus {
  running: boolean;
  pid: number | null;
  port: number;
  instanceDir: string;
}

export interface StartResult extends LocalStatus {
  /** False when an instance was already running: the caller did not start it and must not stop it. */
  startedHere: boolean;
}

type Log = (line: string) => void;

function libDir(cfg: LocalNeo4jConfig): string {
  return path.join(cfg.home, 'lib');
}
function pidFile(cfg: LocalNeo4jConfig): string {
  return path.join(cfg.instanceDir, 'run', 'neo4j.pid');
}

function javaCommand(cfg: LocalNeo4jConfig): string {
  return cfg.javaHome ? path.join(cfg.javaHome, 'bin', 'java') : 'java';
}

function jarsReady(cfg: LocalNeo4jConfig): boolean {
  const marker = path.join(libDir(cfg), '.complete');
  return fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === NEO4J_VERSION;
}

/**
 * Checks, before anything is written, that Java 17/21 is there and, while the jars are not yet
 * downloaded, that Maven is too. Whatever is missing is named in ONE message with the
 * alternatives, so a newcomer learns everything from one failed run. Returns the java command.
 */
export function checkTools(cfg: LocalNeo4jConfig): string {
  const java = javaCommand(cfg);
  const problems: string[] = [];
  const installs: string[] = [];
  const res = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    problems.push(cfg.javaHome ? `Java was not found at ${java} (JAVA_HOME)` : 'Java (java) was not found on PATH');
    installs.push('openjdk-17-jre-headless');
  } else {
    const m = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
    const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
    if (major !== 17 && major !== 21) {
      problems.push(
        `${java} is Java ${major || 'of an unknown version'}, but Neo4j ${NEO4J_VERSION} runs on Java 17 or 21 (set JAVA_HOME to a Java 17 install)`,
      );
      installs.push('openjdk-17-jre-headless');
    }
  }
  if (!jarsReady(cfg)) {
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (mvn.error || mvn.status !== 0) {
      problems.push('Maven (mvn), which downloads Neo4j on the first run, was not found on PATH');
      installs.push('maven');
    }
  }
  if (problems.length > 0) {
    throw new LocalNeo4jError(
      `The local Neo4j cannot start: ${problems.join(', and ')}. Install ${installs.length > 1 ? 'Java 17 and Maven' : installs[0] === 'maven' ? 'Maven' : 'Java 17'} (Debian/Ubuntu: apt-get install ${installs.join(' ')}; macOS: brew install ${installs.map((i) => (i === 'maven' ? 'maven' : 'openjdk@17')).join(' ')}). ${ALTERNATIVES}`,
    );
  }
  return java;
}

/** Downloads the Neo4j jars with Maven once; later calls return at once. */
export function ensureJars(cfg: LocalNeo4jConfig, log: Log = () => {}): string {
  const lib = libDir(cfg);
  if (jarsReady(cfg)) return lib;
  log(`Downloading Neo4j ${NEO4J_VERSION} Community with Maven (first run only, about 125 MB)...`);
  // A private folder per process, renamed into place at the end: a run that is interrupted, or
  // two runs that download at once, never leave a half-filled lib/ behind.
  const tmp = `${lib}.partial-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(lib), { recursive: true });
  const res = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, `-Dneo4j.version=${NEO4J_VERSION}`, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (res.status !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    const tail = `${res.stdout ?? ''}\n${res.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
    throw new LocalNeo4jError(
      `Maven could not download Neo4j ${NEO4J_VERSION}${res.signal ? ` (stopped by ${res.signal})` : ''}:\n${tail}\n${ALTERNATIVES}`,
    );
  }
  fs.writeFileSync(path.join(tmp, '.complete'), NEO4J_VERSION);
  if (jarsReady(cfg)) {
    fs.rmSync(tmp, { recursive: true, force: true }); // another run finished first
  } else {
    fs.rmSync(lib, { recursive: true, force: true });
    fs.renameSync(tmp, lib);
  }
  return lib;
}

function megabytes(size: string): number {
  const n = Number(size.slice(0, -1));
  const unit = size.slice(-1).toLowerCase();
  return unit === 'g' ? n * 1024 : unit === 'm' ? n : n / 1024;
}

function writeConf(cfg: LocalNeo4jConfig): string {
  const confDir = path.join(cfg.instanceDir, 'conf');
  fs.mkdirSync(confDir, { recursive: true });
  for (const sub of ['data', 'logs', 'run', 'import', 'plugins']) fs.mkdirSync(path.join(cfg.instanceDir, sub), { recursive: true });
  const d = (sub: string) => path.join(cfg.instanceDir, sub);
  // Written on every start so that a changed port or memory setting takes effect.
  const lines = [
    '# Written by src/localdb/launcher.ts on every start; edit the environment variables instead.',
    `server.default_listen_address=127.0.0.1`,
    `server.bolt.listen_address=127.0.0.1:${cfg.port}`,
    `server.bolt.advertised_address=127.0.0.1:${cfg.port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.directories.data=${d('data')}`,
    `server.directories.logs=${d('logs')}`,
    `server.directories.run=${d('run')}`,
    `server.directories.import=${d('import')}`,
    `server.directories.plugins=${d('plugins')}`,
    `server.memory.heap.initial_size=${cfg.heap}`,
    `server.memory.heap.max_size=${cfg.heap}`,
    `server.memory.pagecache.size=${cfg.pageCache}`,
    // All transactions together may use at most half the heap, so one runaway query fails with a
    // clear memory error instead of taking the server down.
    `db.memory.transaction.total.max=${Math.max(64, Math.floor(megabytes(cfg.heap) / 2))}m`,
    // Loopback only: a mistyped password in a test or a script must not lock the user out.
    'dbms.security.auth_lock_time=0s',
  ];
  fs.writeFileSync(path.join(confDir, 'neo4j.conf'), lines.join('\n') + '\n');
  return confDir;
}

function readPid(cfg: LocalNeo4jConfig): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile(cfg), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when a command line belongs to a Neo4j JVM (so a recycled pid is not mistaken for ours). */
function isNeo4jProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('CommunityEntryPoint');
  } catch {
    return alive(pid); // no /proc: trust the pid
  }
}

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function status(cfg: LocalNeo4jConfig): Promise<LocalStatus> {
  const pid = readPid(cfg);
  const running = pid !== null && alive(pid) && isNeo4jProcess(pid);
  return Promise.resolve({ running, pid: running ? pid : null, port: cfg.port, instanceDir: cfg.instanceDir });
}

function setInitialPassword(java: string, lib: string, cfg: LocalNeo4jConfig, confDir: string, password: string): void {
  if (fs.existsSync(path.join(cfg.instanceDir, 'data', 'dbms', 'auth.ini'))) return;
  if (fs.existsSync(path.join(cfg.instanceDir, 'data', 'databases', 'system'))) return; // already initialised
  const res = spawnSync(java, ['-cp', path.join(lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: cfg.instanceDir, NEO4J_CONF: confDir },
  });
  if (res.status !== 0) {
    throw new LocalNeo4jError(`Could not set the local Neo4j's initial password: ${(res.stderr || res.stdout).split('\n')[0]}`);
  }
}

const AUTH_FAILURE = /Unauthorized|AuthenticationRateLimit|authentication failure|credentials/i;

async function waitForBolt(cfg: LocalNeo4jConfig, target: Neo4jTarget, child: { exited: boolean }, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exited || signal?.aborted) break;
    if (await portOpen(cfg.port)) {
      const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
      try {
        await driver.verifyConnectivity({ database: target.database });
        // One query warms the Cypher runtime of a fresh JVM, so the first real request (or the
        // first /ready probe) is not the one that waits for it.
        await driver.executeQuery('RETURN 1', {}, { database: target.database });
        return;
      } catch (e) {
        // Bolt is up before the databases are: keep waiting, unless the password is wrong.
        const text = `${(e as { code?: string }).code ?? ''} ${(e as Error).message}`;
        if (AUTH_FAILURE.test(text)) {
          throw new LocalNeo4jError(
            `The local Neo4j in ${cfg.instanceDir} rejected the password: it was created with another NEO4J_LOCAL_PASSWORD. Set the one it was created with, or delete that folder to start afresh.`,
          );
        }
      } finally {
        await driver.close();
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (signal?.aborted) throw new LocalNeo4jError('Interrupted while the local Neo4j was starting.');
  const logFile = path.join(cfg.instanceDir, 'logs', 'console.log');
  const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-8).join('\n') : '';
  throw new LocalNeo4jError(
    `The local Neo4j did not accept Bolt connections on 127.0.0.1:${cfg.port}${child.exited ? ' (the process exited)' : ` within ${START_TIMEOUT_MS / 1000} s`}. Log: ${logFile}\n${tail}`,
  );
}

export interface StartOptions {
  /** Aborting stops a start that is under way (Ctrl-C while Neo4j boots): the JVM is stopped too. */
  signal?: AbortSignal;
}

/**
 * Starts the instance and returns once Bolt accepts authenticated connections. A second start
 * while it runs only reports it (startedHere=false).
 */
export async function start(
  cfg: LocalNeo4jConfig,
  target: Neo4jTarget,
  log: Log = () => {},
  options: StartOptions = {},
): Promise<StartResult> {
  const current = await status(cfg);
  if (current.running) {
    await waitForBolt(cfg, target, { exited: false }, options.signal);
    return { ...current, startedHere: false };
  }
  if (await portOpen(cfg.port)) {
    throw new LocalNeo4jError(
      `Port ${cfg.port} on 127.0.0.1 is taken by a process this project did not start. Stop it, set NEO4J_LOCAL_PORT to a free port, or set NEO4J_URI to use that server.`,
    );
  }
  const java = checkTools(cfg);
  const lib = ensureJars(cfg, log);
  if (options.signal?.aborted) throw new LocalNeo4jError('Interrupted while the local Neo4j was starting.');
  const confDir = writeConf(cfg);
  setInitialPassword(java, lib, cfg, confDir, target.password);
  const logFile = path.join(cfg.instanceDir, 'logs', 'console.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    `-Xms${cfg.heap}`,
    `-Xmx${cfg.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-OmitStackTraceInFastThrow',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dfile.encoding=UTF-8',
    '-cp',
    path.join(lib, '*'),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${cfg.instanceDir}`,
    `--config-dir=${confDir}`,
  ];
  log(
    `Starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${cfg.port} (data in ${path.relative(process.cwd(), cfg.instanceDir) || '.'})...`,
  );
  // Detached: Ctrl-C in a terminal must not reach the JVM directly; its owner stops it cleanly.
  const child = spawn(java, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_HOME: cfg.instanceDir, NEO4J_CONF: confDir },
  });
  fs.closeSync(out);
  const state = { exited: false };
  child.once('exit', () => (state.exited = true));
  child.unref();
  fs.writeFileSync(pidFile(cfg), String(child.pid));
  try {
    await waitForBolt(cfg, target, state, options.signal);
  } catch (e) {
    if (!state.exited && child.pid) await stopPid(child.pid);
    fs.rmSync(pidFile(cfg), { force: true });
    throw e;
  }
  return { running: true, pid: child.pid ?? null, port: cfg.port, instanceDir: cfg.instanceDir, startedHere: true };
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(pid)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

/** Stops the instance (clean shutdown, SIGKILL after 60 s). Returns false when it was not running. */
export async function stop(cfg: LocalNeo4jConfig): Promise<boolean> {
  const current = await status(cfg);
  if (!current.running || current.pid === null) {
    fs.rmSync(pidFile(cfg), { force: true });
    return false;
  }
  await stopPid(current.pid);
  fs.rmSync(pidFile(cfg), { force: true });
  return true;
}
