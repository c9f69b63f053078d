import 'reflect-metadata';
import path from 'node:path';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { PROJECT_ROOT } from '../config';
import { AboutResolver } from './about/about.resolver';
import { AgreementResolver } from './entities/agreement.resolver';
import { EntityConnectionResolver, EntityResolver } from './entities/entity.resolver';
import { ENTITY_TYPES } from './entities/entity-types';
import { RELATION_FIELD_RESOLVERS } from './relations/relation-field.resolver';
import { RelationConnectionResolver, RelationResolver } from './relations/relation.resolver';
import { ViewEdgeResolver, ViewsResolver } from './views/views.resolver';
import { CurationResolver } from './curation/curation.resolver';
import { TokenResolver } from './curation/token.resolver';

/** The committed SDL (`npm run schema:emit` writes it; a test checks it is current). */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

/** Every resolver class of the API; each domain area adds its own here. */
export const RESOLVERS = [
  AboutResolver,
  ViewsResolver,
  ViewEdgeResolver,
  EntityResolver,
  EntityConnectionResolver,
  ...RELATION_FIELD_RESOLVERS,
  AgreementResolver,
  RelationResolver,
  CurationResolver,
  TokenResolver,
  RelationConnectionResolver,
] as const;

/** Types no resolver returns directly (they come back through an interface). */
export const ORPHANED_TYPES = [...ENTITY_TYPES];

const QUERY_DESCRIPTION =
  'The knowledge graph of the Nagorno-Karabakh conflict: entities and their dated, sourced statements (entity, entities, search, relations), graph-shaped views for drawing (neighborhood, paths, timeline), and the server (about).';

const MUTATION_DESCRIPTION =
  'Curation (docs/curation.md): validated writes with an editor token. Each write records a change and new statement versions; nothing is deleted, and asRecordedOn reads the graph as it stood before.';

/** TypeGraphQL gives the root Query and Mutation types no description; GraphiQL shows these first. */
function describeQuery(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const query = new GraphQLObjectType({ ...schema.getQueryType()!.toConfig(), description: QUERY_DESCRIPTION });
  const root = schema.getMutationType();
  const mutation = root ? new GraphQLObjectType({ ...root.toConfig(), description: MUTATION_DESCRIPTION }) : undefined;
  const replaced = new Map<string, GraphQLObjectType>([[query.name, query], ...(mutation ? [[mutation.name, mutation] as const] : [])]);
  return new GraphQLSchema({ ...config, query, mutation, types: config.types.map((t) => replaced.get(t.name) ?? t) });
}

let built: Promise<GraphQLSchema> | undefined;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    orphanedTypes: [...ORPHANED_TYPES],
    validate: false,
  }).then(describeQuery);
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted so that diffs stay readable. */
export async function printApiSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildApiSchema())) + '\n';
}
