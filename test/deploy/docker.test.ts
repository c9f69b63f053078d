import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, PROJECT_ROOT } from '../../src/config';

/**
 * Docker cannot run in CI, so these tests hold docker-compose.yml, the Dockerfile and
 * .dockerignore to what the README promises: services, ports, environment, healthcheck, order.
 */
const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const compose = parse(read('docker-compose.yml'));

/** Compose's `${VAR:-default}` as `docker compose` would expand it with VAR unset. */
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z_][A-Z0-9_]*):-([^}]*)\}/g, (_m, _name, fallback: string) => fallback);
}

/** `environment` may be a map or a list of NAME=value; both are valid Compose. */
function environment(service: any): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) return Object.fromEntries(env.map((e: string) => [e.split('=')[0], e.slice(e.indexOf('=') + 1)]));
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(String(v))]));
}

describe('docker-compose.yml', () => {
  it('parses and has exactly the neo4j and api services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'neo4j']);
    expect(compose.version).toBeUndefined(); // obsolete in the Compose specification
  });

  it('runs the official Neo4j 5.26 Community image with ports, a volume and a healthcheck', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.ports).toEqual(expect.arrayContaining(['7474:7474', '7687:7687']));
    const [volume, mount] = String(neo4j.volumes[0]).split(':');
    expect(mount).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
    const test = neo4j.healthcheck.test;
    expect(test[0]).toBe('CMD-SHELL');
    expect(test[1]).toMatch(/cypher-shell/);
    for (const key of ['interval', 'timeout', 'retries', 'start_period']) expect(neo4j.healthcheck[key]).toBeDefined();
  });

  it('builds the api, starts it once Neo4j is healthy and points it at the neo4j service', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.ports).toContain('4000:4000');
    const env = environment(api);
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.PORT).toBe('4000');
    // The API accepts this environment (the same validation npm start runs)...
    const config = loadConfig(env);
    expect(config.external).toMatchObject({ uri: 'bolt://neo4j:7687', user: 'neo4j', database: 'neo4j' });
    expect(config.http).toMatchObject({ host: '0.0.0.0', port: 4000 });
    // ...and its password is the one Neo4j is created with and the healthcheck uses.
    const auth = environment(compose.services.neo4j).NEO4J_AUTH;
    expect(auth).toBe(`${env.NEO4J_USER}/${env.NEO4J_PASSWORD}`);
    expect(env.NEO4J_PASSWORD.length).toBeGreaterThanOrEqual(8);
    expect(interpolate(compose.services.neo4j.healthcheck.test[1])).toContain(`-p "${env.NEO4J_PASSWORD}"`);
  });
});

describe('Dockerfile and .dockerignore', () => {
  const dockerfile = read('Dockerfile');
  const lines = dockerfile.split('\n').map((l) => l.trim());

  it('installs with npm ci, builds with npm run build, and runs the built server as a non-root user', () => {
    expect(lines.some((l) => /^RUN .*\bnpm ci\b/.test(l))).toBe(true);
    expect(lines.some((l) => /^RUN .*\bnpm run build\b/.test(l))).toBe(true);
    const users = lines.filter((l) => l.startsWith('USER '));
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^USER (root|0)\b/);
    expect(lines.filter((l) => l.startsWith('CMD ')).pop()).toBe('CMD ["node", "dist/src/main.js"]');
    expect(dockerfile).toMatch(/^FROM node:20/m);
  });

  it('keeps host builds, downloads and data out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', '.neo4j', '.git']) expect(ignored).toContain(entry);
  });
});
