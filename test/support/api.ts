import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { GraphClient } from '../../src/graph/client';
import { ApiServer, createApiServer, listen } from '../../src/http/server';
import { applySchema } from '../../src/load/bootstrap';
import { loadPaths } from '../../src/load/loader';
import { buildApiSchema } from '../../src/schema';
import { Context, createContext } from '../../src/schema/context';
import { formatError } from '../../src/schema/errors';
import { curationPlugin } from '../../src/schema/curation/request.plugin';
import { testDriver, testGraph, testTarget, useEmptyGraph } from './neo4j';

/** Puts the test database in the state a file reads: useSeededGraph, useApiFixture, ... */
export type PrepareGraph = (driver: Driver) => Promise<void>;

/**
 * Runs GraphQL operations in-process through Apollo (same schema and error formatting as the
 * HTTP server), each with a fresh request context whose GraphClient counts the Cypher queries.
 */
export interface GqlResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  /** Named Cypher queries the request ran. */
  queries: number;
  /** Most of them that ran at once (its sessions in use together). */
  peakSessions: number;
  /** The response's extensions (a write's bookmarks). */
  extensions?: Record<string, any>;
  /** The HTTP status Apollo would answer with (from an error's extensions.http). */
  status: number;
}

export class TestApi {
  private apollo?: ApolloServer<Context>;
  private graph?: GraphClient;

  async start(driver: Driver): Promise<void> {
    this.apollo = new ApolloServer<Context>({
      schema: await buildApiSchema(),
      formatError,
      includeStacktraceInErrorResponses: false,
      plugins: [curationPlugin()],
    });
    await this.apollo.start();
    this.graph = testGraph(driver);
  }

  /** @param headers request headers, lower-case (authorization, idempotency-key, neo4j-bookmark). */
  async run(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult> {
    if (!this.apollo || !this.graph) throw new Error('TestApi is not started');
    const contextValue = createContext(this.graph, {}, { headers });
    const res = await this.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors, extensions } = res.body.singleResult;
    // Through JSON, as a client over HTTP would see it (DateTime values become strings).
    const wire = JSON.parse(JSON.stringify({ data: data ?? null, errors: errors ?? null, extensions: extensions ?? null }));
    return {
      data: wire.data,
      errors: wire.errors ?? undefined,
      extensions: wire.extensions ?? undefined,
      queries: contextValue.graph.queryCount,
      peakSessions: contextValue.graph.peakSessions,
      status: res.http.status ?? 200,
    };
  }

  /** Runs and fails on any GraphQL error, returning data. */
  async data(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Record<string, any>> {
    const res = await this.run(query, variables, headers);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data ?? {};
  }

  async stop(): Promise<void> {
    await this.apollo?.stop();
  }
}

/** What a POST to /graphql answered. */
export interface HttpAnswer {
  status: number;
  /** The body as sent. */
  text: string;
  json: any;
}

/**
 * The whole API over HTTP on a free port of 127.0.0.1, as clients and browsers see it: express,
 * Apollo, the static pages, error formatting.
 */
export class HttpApi {
  /** http://127.0.0.1:<port> */
  base = '';
  private server?: ApiServer;

  async start(driver: Driver): Promise<void> {
    this.server = await createApiServer(await buildApiSchema(), testGraph(driver));
    this.base = `http://127.0.0.1:${await listen(this.server.httpServer, 0, '127.0.0.1')}`;
  }

  /** POSTs a body to /graphql: an object as JSON, a string as it is (to send malformed JSON). */
  async post(body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    const res = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) };
  }

  /** POSTs a GraphQL request and returns its answer ({data, errors}). */
  async gql(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<{ data?: any; errors?: { message: string; extensions: { code: string } }[]; extensions?: any }> {
    return (await this.post({ query, variables }, headers)).json;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }
}

/**
 * Registers the file's beforeAll/afterAll: a driver, `prepare` on the test database, then `api`
 * started on it; afterwards the API and the driver are closed.
 */
function useApi<T extends { start(driver: Driver): Promise<void>; stop(): Promise<void> }>(api: T, prepare?: PrepareGraph): T {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = testDriver();
    await prepare?.(driver);
    await api.start(driver);
  });
  afterAll(async () => {
    await api.stop();
    await driver?.close();
  });
  return api;
}

/** The API in-process (queries counted) for this file, on the graph `prepare` leaves. */
export function useTestApi(prepare?: PrepareGraph): TestApi {
  return useApi(new TestApi(), prepare);
}

/** The API over HTTP for this file, on the graph `prepare` leaves. */
export function useHttpApi(prepare?: PrepareGraph): HttpApi {
  return useApi(new HttpApi(), prepare);
}

export const API_FIXTURE = path.join(__dirname, '..', 'fixtures', 'api-graph.cypher');

/** Wipes the database and loads the API tests' own small graph (not the seed). */
export async function useApiFixture(driver: Driver, extra: string[] = []): Promise<void> {
  await useEmptyGraph(driver);
  const database = testTarget().database;
  await applySchema(driver, database);
  await loadPaths(driver, [API_FIXTURE, ...extra], { database });
}
