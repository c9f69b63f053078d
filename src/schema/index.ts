import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';
import { ViewEdgeResolver, ViewsResolver } from './views/views.resolver';

/** Every resolver class of the API; each domain area adds its own here. */
export const RESOLVERS = [AboutResolver, ViewsResolver, ViewEdgeResolver] as const;

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
