import fs from 'node:fs';
import path from 'node:path';

/**
 * All configuration is read here, once, from the environment. Anything malformed becomes a
 * ConfigError with one actionable line; main() prints it and exits non-zero.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface LocalNeo4jConfig {
  /** Folder that holds the downloaded jars (lib/) and the instance folders. */
  home: string;
  /** This instance's folder: conf/, data/, logs/, run/. Data stays here between runs. */
  instanceDir: string;
  port: number;
  heap: string;
  pageCache: string;
  /** JAVA_HOME when set; otherwise `java` is taken from PATH. */
  javaHome: string | null;
}

/** How the API's driver may use Neo4j: pool size and how long a caller waits. */
export interface DriverSettings {
  /** Connections in the pool (the API admits only as much work as this serves). */
  maxPoolSize: number;
  /** Longest wait for a pooled connection before POOL_EXHAUSTED. */
  acquisitionTimeoutMs: number;
  /** Longest TCP and Bolt handshake for a new connection. */
  connectionTimeoutMs: number;
  /** How long the driver retries a transaction that failed for a transient reason (0: never). */
  retryTimeMs: number;
}

/** What one operation may ask for and use; README "Limits and deadlines" documents each. */
export interface OperationLimits {
  /** Highest estimated cost (objects the answer may hold at the list caps) accepted. */
  maxCost: number;
  /** Deepest field nesting accepted, fragments expanded. */
  maxDepth: number;
  /** Most aliased fields in one operation, fragments expanded. */
  maxAliases: number;
  /** Most lexical tokens in a document (parsing stops there). */
  maxTokens: number;
  /** Deadline of one operation, enforced as Neo4j's transaction timeout. */
  timeoutMs: number;
  /** Sessions one operation may hold at once. */
  maxSessionsPerOperation: number;
  /** Operations running at once; more wait up to queueWaitMs, then get 503. */
  maxInFlight: number;
  /** Of those, operations with a cost of heavyCost or more running at once. */
  maxHeavyInFlight: number;
  heavyCost: number;
  /** Sessions a heavy operation may hold at once (at most maxSessionsPerOperation). */
  heavyMaxSessions: number;
  /** Longest wait for an admission slot before 503 with Retry-After. */
  queueWaitMs: number;
}

/** The HTTP server's protections and switches. */
export interface HttpSettings {
  host: string;
  port: number;
  /** Host header names accepted ('*' for any). */
  allowedHosts: string[] | '*';
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  maxConnections: number;
  /** Largest request body, as express reads it (such as 1mb). */
  bodyLimit: string;
  introspection: boolean;
  graphiql: boolean;
  metrics: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export interface AppConfig {
  http: HttpSettings;
  limits: OperationLimits;
  driver: DriverSettings;
  /** Set when NEO4J_URI is set: use that server and start nothing. */
  external: Neo4jTarget | null;
  local: LocalNeo4jConfig;
  /** Credentials and database used when the local Neo4j is the target. */
  localTarget: Neo4jTarget;
  seedOnStart: boolean;
  projectRoot: string;
}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const MEMORY_SIZE = /^\d+[kmgKMG]$/;

export const PROJECT_ROOT = findProjectRoot();

function findProjectRoot(): string {
  // Compiled files live in dist/src, sources in src: both sit below the folder with package.json.
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cypher'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 0 || n > 65535) {
    throw new ConfigError(`${name}="${raw}" is not a TCP port: use a whole number from 0 to 65535.`);
  }
  return n;
}

function memory(name: string, raw: string | undefined, fallback: string): string {
  const value = raw && raw !== '' ? raw : fallback;
  if (!MEMORY_SIZE.test(value)) {
    throw new ConfigError(`${name}="${value}" is not a memory size: use a number with k, m or g, such as 512m or 2g.`);
  }
  return value.toLowerCase();
}

function flag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name}="${raw}" is not a boolean: use true or false.`);
}

export function validateNeo4jUri(raw: string): string {
  const match = /^([a-z0-9+]+):\/\/([^/?#:]+|\[[^\]]+\])(?::(\d+))?\/?(\?.*)?$/i.exec(raw.trim());
  if (!match) {
    throw new ConfigError(
      `NEO4J_URI="${raw}" is malformed: expected scheme://host[:port], for example bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io.`,
    );
  }
  const scheme = match[1].toLowerCase();
  if (!URI_SCHEMES.includes(scheme)) {
    throw new ConfigError(`NEO4J_URI="${raw}" has scheme "${scheme}": use one of ${URI_SCHEMES.join(', ')}.`);
  }
  if (match[3] !== undefined) port('the port in NEO4J_URI', match[3], 7687);
  return raw.trim();
}

function whole(name: string, raw: string | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    throw new ConfigError(`${name}="${raw}" is not a whole number from ${min} to ${max}.`);
  }
  return n;
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * ALLOWED_HOSTS: comma-separated host names (no port) the Host header may carry, or `*`. By
 * default only loopback names while the API listens on loopback (no DNS rebinding against a
 * local copy), and any name when it listens on all interfaces (a proxy in front decides).
 */
function allowedHosts(raw: string | undefined, listenHost: string): string[] | '*' {
  if (raw === undefined || raw.trim() === '')
    return isLoopback(listenHost) ? [...LOOPBACK_HOSTS, ...(LOOPBACK_HOSTS.includes(listenHost) ? [] : [listenHost])] : '*';
  if (raw.trim() === '*') return '*';
  const names = raw
    .split(',')
    .map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1'),
    )
    .filter((h) => h !== '');
  for (const n of names) {
    if (!/^[a-z0-9.:-]+$/.test(n))
      throw new ConfigError(
        `ALLOWED_HOSTS has "${n}", which is not a host name: list names such as api.example.org,localhost (no port), or *.`,
      );
  }
  return names;
}

/** The API's limits and HTTP settings (every one has a default; see README "Configuration"). */
export function loadServiceSettings(env: NodeJS.ProcessEnv = process.env): {
  http: HttpSettings;
  limits: OperationLimits;
  driver: DriverSettings;
} {
  const host = env.HOST || '127.0.0.1';
  const driver: DriverSettings = {
    maxPoolSize: whole('NEO4J_MAX_POOL_SIZE', env.NEO4J_MAX_POOL_SIZE, 100, 4, 10_000),
    acquisitionTimeoutMs: whole('NEO4J_ACQUISITION_TIMEOUT_MS', env.NEO4J_ACQUISITION_TIMEOUT_MS, 1000, 1),
    connectionTimeoutMs: whole('NEO4J_CONNECTION_TIMEOUT_MS', env.NEO4J_CONNECTION_TIMEOUT_MS, 1000, 1),
    retryTimeMs: 0,
  };
  const maxSessionsPerOperation = whole('MAX_SESSIONS_PER_OPERATION', env.MAX_SESSIONS_PER_OPERATION, 4, 1, 1000);
  // Enough operations that, each at its session cap, they fit in the pool with 4 connections
  // to spare (for /ready and the availability probe): the pool can never run dry.
  const servable = Math.max(1, Math.floor((driver.maxPoolSize - 4) / maxSessionsPerOperation));
  const maxInFlight = whole('MAX_IN_FLIGHT', env.MAX_IN_FLIGHT, servable, 1, 100_000);
  const level = (env.LOG_LEVEL || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new ConfigError(`LOG_LEVEL="${env.LOG_LEVEL}" is not one of ${LOG_LEVELS.join(', ')}.`);
  return {
    http: {
      host,
      port: port('PORT', env.PORT, 4000),
      allowedHosts: allowedHosts(env.ALLOWED_HOSTS, host),
      headersTimeoutMs: whole('HTTP_HEADERS_TIMEOUT_MS', env.HTTP_HEADERS_TIMEOUT_MS, 10_000, 1),
      requestTimeoutMs: whole('HTTP_REQUEST_TIMEOUT_MS', env.HTTP_REQUEST_TIMEOUT_MS, 30_000, 1),
      maxConnections: whole('HTTP_MAX_CONNECTIONS', env.HTTP_MAX_CONNECTIONS, 1024, 1),
      bodyLimit:
        env.HTTP_BODY_LIMIT && /^\d+(b|kb|mb)$/i.test(env.HTTP_BODY_LIMIT)
          ? env.HTTP_BODY_LIMIT.toLowerCase()
          : bodyLimit(env.HTTP_BODY_LIMIT),
      introspection: flag('INTROSPECTION', env.INTROSPECTION, true),
      graphiql: flag('GRAPHIQL', env.GRAPHIQL, true),
      metrics: flag('METRICS', env.METRICS, true),
      logLevel: level as HttpSettings['logLevel'],
    },
    limits: {
      maxCost: whole('MAX_QUERY_COST', env.MAX_QUERY_COST, 1_000_000, 1),
      maxDepth: whole('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, 12, 1, 1000),
      maxAliases: whole('MAX_QUERY_ALIASES', env.MAX_QUERY_ALIASES, 30, 0, 100_000),
      maxTokens: whole('MAX_QUERY_TOKENS', env.MAX_QUERY_TOKENS, 50_000, 10, 1_000_000),
      timeoutMs: whole('OPERATION_TIMEOUT_MS', env.OPERATION_TIMEOUT_MS, 5000, 1, 600_000),
      maxSessionsPerOperation,
      maxInFlight,
      // One heavy operation at a time, on one session: on a small machine, heavy work then takes
      // at most one core's worth of Neo4j, and light queries keep the rest (bench/RESULTS.md, fairness).
      maxHeavyInFlight: whole('MAX_HEAVY_IN_FLIGHT', env.MAX_HEAVY_IN_FLIGHT, 1, 1, 100_000),
      // README questions 1, 3 and 5 estimate 6,401 to 9,801: they stay light (bench/RESULTS.md, session 4).
      heavyCost: whole('HEAVY_QUERY_COST', env.HEAVY_QUERY_COST, 20_000, 1),
      heavyMaxSessions: Math.min(maxSessionsPerOperation, whole('HEAVY_MAX_SESSIONS', env.HEAVY_MAX_SESSIONS, 1, 1, 1000)),
      queueWaitMs: whole('ADMISSION_WAIT_MS', env.ADMISSION_WAIT_MS, 1000, 0, 600_000),
    },
    driver,
  };
}

function bodyLimit(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '1mb';
  throw new ConfigError(`HTTP_BODY_LIMIT="${raw}" is not a size: use a number with b, kb or mb, such as 1mb.`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const user = env.NEO4J_USER || 'neo4j';
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(database)) {
    throw new ConfigError(`NEO4J_DATABASE="${database}" is not a valid Neo4j database name.`);
  }
  let external: Neo4jTarget | null = null;
  if (env.NEO4J_URI && env.NEO4J_URI.trim() !== '') {
    const uri = validateNeo4jUri(env.NEO4J_URI);
    if (!env.NEO4J_PASSWORD) {
      throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of NEO4J_USER (default neo4j).');
    }
    external = { uri, user, password: env.NEO4J_PASSWORD, database };
  }
  const home = path.resolve(PROJECT_ROOT, env.NEO4J_LOCAL_HOME || '.neo4j');
  const localPort = port('NEO4J_LOCAL_PORT', env.NEO4J_LOCAL_PORT, 7687);
  const local: LocalNeo4jConfig = {
    home,
    instanceDir: path.resolve(home, env.NEO4J_LOCAL_INSTANCE || 'dev'),
    port: localPort,
    heap: memory('NEO4J_LOCAL_HEAP', env.NEO4J_LOCAL_HEAP, '2g'),
    pageCache: memory('NEO4J_LOCAL_PAGECACHE', env.NEO4J_LOCAL_PAGECACHE, '1g'),
    javaHome: env.JAVA_HOME && env.JAVA_HOME !== '' ? env.JAVA_HOME : null,
  };
  const localPassword = env.NEO4J_LOCAL_PASSWORD || 'karabakh-local';
  if (localPassword.length < 8) {
    throw new ConfigError('NEO4J_LOCAL_PASSWORD is shorter than 8 characters, which Neo4j 5 refuses: choose a longer one.');
  }
  return {
    ...loadServiceSettings(env),
    external,
    local,
    localTarget: {
      uri: `bolt://127.0.0.1:${localPort}`,
      user: 'neo4j',
      password: localPassword,
      database: 'neo4j',
    },
    seedOnStart: flag('SEED_ON_START', env.SEED_ON_START, true),
    projectRoot: PROJECT_ROOT,
  };
}

/** Authentication (docs/curation.md): JWTs signed with a shared secret or by a JWKS URL's keys. */
export interface AuthConfig {
  /** HS256 secret (at least 32 characters), or null. */
  jwtSecret: string | null;
  /** An identity provider's JSON Web Key Set, or null. */
  jwksUrl: string | null;
  issuer: string | null;
  audience: string | null;
  /** The claim that lists the token's roles. */
  rolesClaim: string;
  /** When true, reads need a valid token too. */
  requireForReads: boolean;
}

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const secret = env.AUTH_JWT_SECRET && env.AUTH_JWT_SECRET !== '' ? env.AUTH_JWT_SECRET : null;
  if (secret !== null && secret.length < 32) {
    throw new ConfigError(
      'AUTH_JWT_SECRET is shorter than 32 characters: HS256 needs a secret of at least 256 bits (for example `openssl rand -base64 48`).',
    );
  }
  let jwksUrl: string | null = null;
  if (env.AUTH_JWKS_URL && env.AUTH_JWKS_URL !== '') {
    try {
      const url = new URL(env.AUTH_JWKS_URL);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
      jwksUrl = url.toString();
    } catch {
      throw new ConfigError(`AUTH_JWKS_URL="${env.AUTH_JWKS_URL}" is not an http(s) URL.`);
    }
  }
  return {
    jwtSecret: secret,
    jwksUrl,
    issuer: env.AUTH_JWT_ISSUER || null,
    audience: env.AUTH_JWT_AUDIENCE || null,
    rolesClaim: env.AUTH_ROLES_CLAIM || 'roles',
    requireForReads: flag('AUTH_REQUIRE_FOR_READS', env.AUTH_REQUIRE_FOR_READS, false),
  };
}
