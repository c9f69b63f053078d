import http from 'node:http';
import { Driver } from 'neo4j-driver';
import { HttpSettings, OperationLimits } from '../../src/config';
import { GraphClient } from '../../src/graph/client';
import { ApiServer, createApiServer, defaultServerOptions, listen } from '../../src/http/server';
import { buildApiSchema } from '../../src/schema';
import { testTarget } from '../support/neo4j';

/** An API over HTTP with chosen limits, its root GraphClient (whose stats count every Cypher query). */
export interface LimitedApi {
  server: ApiServer;
  graph: GraphClient;
  base: string;
  port: number;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; json: any; text: string }>;
  close(): Promise<void>;
}

export async function startLimitedApi(
  driver: Driver,
  overrides: { limits?: Partial<OperationLimits>; http?: Partial<HttpSettings> } = {},
  database = testTarget().database,
): Promise<LimitedApi> {
  const defaults = defaultServerOptions();
  const graph = new GraphClient(driver, database);
  const server = await createApiServer(await buildApiSchema(), graph, {
    ...defaults,
    limits: { ...defaults.limits, ...overrides.limits },
    http: { ...defaults.http, ...overrides.http },
  });
  const port = await listen(server.httpServer, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return {
    server,
    graph,
    base,
    port,
    async post(body, headers = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let json: any = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      return { status: res.status, headers: res.headers, json, text };
    },
    close: () => server.close(),
  };
}

/** A raw GET with a chosen Host header (fetch does not let a caller set it). */
export function getWithHost(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The abusive documents. */
export const NESTED_152 =
  '{ entity(id:"nagorno-karabakh") { id relations { object { id relations { object { id relations { object { id relations { object { id } } } } } } } } } }';

export function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `id relations { object { ${inner} } }`;
  return `{ entity(id:"nagorno-karabakh") { ${inner} } }`;
}

export function aliasedNeighborhoods(n: number): string {
  const one = (i: number) => `n${i}: neighborhood(id:"azerbaijan", depth:3, maxNodes:500) { nodes { id } edges { id } }`;
  return `{ ${Array.from({ length: n }, (_, i) => one(i)).join(' ')} }`;
}
