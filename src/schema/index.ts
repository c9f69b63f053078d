import 'reflect-metadata';
import path from 'node:path';
import {
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLTypeResolver,
  isAbstractType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { PROJECT_ROOT } from '../config';
import { AboutResolver } from './about/about.resolver';
import { PROVENANCE_LIST_RESOLVERS } from './relations/provenance.resolver';
import { AgreementResolver } from './entities/agreement.resolver';
import { EntityConnectionResolver, EntityResolver } from './entities/entity.resolver';
import { ENTITY_TYPES } from './entities/entity-types';
import { NodeResolver } from './node/node.resolver';
import { PageInfoResolver } from './pagination/page-info.type';
import { RELATION_FIELD_RESOLVERS } from './relations/relation-field.resolver';
import { RelationConnectionResolver, RelationResolver } from './relations/relation.resolver';
import { ViewEdgeResolver, ViewNodeResolver, ViewsResolver } from './views/views.resolver';
import { CurationResolver } from './curation/curation.resolver';
import { TokenResolver } from './curation/token.resolver';

/** The committed SDL (`npm run schema:emit` writes it; a test checks it is current). */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
/** The committed possible-types map for client caches (written beside the SDL, checked by the same test). */
export const POSSIBLE_TYPES_FILE = path.join(PROJECT_ROOT, 'schema', 'possible-types.json');

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
  PageInfoResolver,
  ...PROVENANCE_LIST_RESOLVERS,
  NodeResolver,
  ViewNodeResolver,
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

/**
 * A field with no @FieldResolver reads a property of its parent record. TypeGraphQL still wraps it
 * in a resolver of its own (to run middlewares, and we have none) that allocates on every field of
 * every object of every response, and it keeps compiled executors from reading the property
 * directly. Marking those fields `simple` (TypeGraphQL's own option, as `@Field({ simple: true })`
 * or `@ObjectType({ simpleResolvers: true })` would) leaves them to GraphQL's default resolver;
 * fields with a @FieldResolver are not affected. Any future global middleware must undo this.
 */
function markPropertyFieldsSimple(): void {
  for (const field of getMetadataStorage().fields) field.simple ??= true;
}

/**
 * TypeGraphQL wraps each interface's resolveType in an async function. graphql-js awaits it;
 * compiled execution (src/http/compiled-execution.ts) needs the type name synchronously, and
 * every resolveType of ours returns one. So each interface gets its own function back, unwrapped.
 */
function unwrapResolveTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const meta of getMetadataStorage().interfaceTypes) {
    const type = schema.getType(meta.name);
    if (type instanceof GraphQLInterfaceType && typeof meta.resolveType === 'function') {
      type.resolveType = meta.resolveType as GraphQLTypeResolver<unknown, unknown>;
    }
  }
  return schema;
}

let built: Promise<GraphQLSchema> | undefined;

export function buildApiSchema(): Promise<GraphQLSchema> {
  markPropertyFieldsSimple();
  built ??= buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: [...ORPHANED_TYPES],
    validate: false,
  })
    .then(describeQuery)
    .then(unwrapResolveTypes);
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted so that diffs stay readable. */
export async function printApiSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildApiSchema())) + '\n';
}

/**
 * Every interface (and union) with the object types that implement it, sorted: Apollo Client's
 * `possibleTypes`, without which `... on Place` on an Entity never matches in its cache.
 */
export function possibleTypesOf(schema: GraphQLSchema): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    map[type.name] = schema
      .getPossibleTypes(type)
      .map((t) => t.name)
      .sort();
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}
