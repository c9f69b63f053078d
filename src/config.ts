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

export interface AppConfig {
  http: { host: string; port: number };
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const user = env.NEO4J_USER || 'neo4j';
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.\-]{0,62}$/.test(database)) {
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
    http: { host: env.HOST || '127.0.0.1', port: port('PORT', env.PORT, 4000) },
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
    throw new ConfigError('AUTH_JWT_SECRET is shorter than 32 characters: HS256 needs a secret of at least 256 bits (for example `openssl rand -base64 48`).');
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
