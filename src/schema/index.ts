import 'reflect-metadata';
import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { PROJECT_ROOT } from '../config';
import { AboutResolver } from './about/about.resolver';

/** The committed SDL (`npm run schema:emit` writes it; a test checks it is current). */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

/** Every resolver class of the API; each domain area adds its own here. */
export const RESOLVERS = [AboutResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    validate: false,
  });
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted so that diffs stay readable. */
export async function printApiSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildApiSchema())) + '\n';
}
