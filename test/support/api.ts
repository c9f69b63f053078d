import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { GraphClient } from '../../src/graph/client';
import { applySchema } from '../../src/load/bootstrap';
import { loadPaths } from '../../src/load/loader';
import { buildApiSchema } from '../../src/schema';
import { Context, createContext } from '../../src/schema/context';
import { formatError } from '../../src/schema/errors';
import { testGraph, testTarget, useEmptyGraph } from './neo4j';

/**
 * Runs GraphQL operations in-process through Apollo (same schema and error formatting as the
 * HTTP server), each with a fresh request context whose GraphClient counts the Cypher queries.
 */
export interface GqlResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  /** Named Cypher queries the request ran. */
  queries: number;
}

export class TestApi {
  private constructor(
    private readonly apollo: ApolloServer<Context>,
    readonly graph: GraphClient,
  ) {}

  static async start(driver: Driver): Promise<TestApi> {
    const apollo = new ApolloServer<Context>({ schema: await buildApiSchema(), formatError, includeStacktraceInErrorResponses: false });
    await apollo.start();
    return new TestApi(apollo, testGraph(driver));
  }

  async run(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
    const contextValue = createContext(this.graph);
    const res = await this.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = res.body.singleResult;
    // Through JSON, as a client over HTTP would see it (DateTime values become strings).
    const wire = JSON.parse(JSON.stringify({ data: data ?? null, errors: errors ?? null }));
    return { data: wire.data, errors: wire.errors ?? undefined, queries: contextValue.graph.queryCount };
  }

  /** Runs and fails on any GraphQL error, returning data. */
  async data(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const res = await this.run(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data ?? {};
  }

  async stop(): Promise<void> {
    await this.apollo.stop();
  }
}

export const API_FIXTURE = path.join(__dirname, '..', 'fixtures', 'api-graph.cypher');

/** Wipes the database and loads the API tests' own small graph (not the seed). */
export async function useApiFixture(driver: Driver, extra: string[] = []): Promise<void> {
  await useEmptyGraph(driver);
  const database = testTarget().database;
  await applySchema(driver, database);
  await loadPaths(driver, [API_FIXTURE, ...extra], { database });
}
