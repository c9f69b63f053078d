import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { ExecutionResult, getVariableValues, GraphQLError, GraphQLSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; the least recently used is dropped past this. */
const MAX_COMPILED = 1000;

/**
 * GraphQL execution through graphql-jit: each distinct operation is compiled once into a function
 * that walks the selection without graphql-js's per-field interpretation (type lookups, argument
 * maps and completion checks for every field of every object). Apollo Server still parses,
 * validates and caches documents and formats errors; only execution is swapped, through Apollo's
 * gateway interface, which is how Apollo Server 5 takes a custom executor. Resolvers, scalars and
 * the abstract types' resolveType are the schema's own, so answers are unchanged.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();

  const compiledFor = (key: string, compile: () => CompiledQuery | ExecutionResult): CompiledQuery | ExecutionResult => {
    const hit = compiled.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting marks the entry as recently used.
      compiled.delete(key);
      compiled.set(key, hit);
      return hit;
    }
    const result = compile();
    if (isCompiledQuery(result)) {
      compiled.set(key, result);
      if (compiled.size > MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    }
    return result;
  };

  const executor: GatewayExecutor = async (request) => {
    const operationName = request.operationName ?? undefined;
    // Variables are checked by graphql-js itself, so a bad variable gets the very error (and the
    // BAD_USER_INPUT code Apollo gives it) that it got before.
    const variables = request.request.variables ?? {};
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const query = compiledFor(`${request.queryHash}\u0000${operationName ?? ''}`, () =>
      compileQuery(schema, request.document, operationName),
    );
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, request.context, variables);
    return result.errors ? { ...result, errors: result.errors.map((e) => asGraphQLError(e)) } : result;
  };

  return {
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}

/**
 * graphql-jit reports errors with its own error class. Apollo and formatError (src/schema/errors.ts)
 * expect graphql-js's GraphQLError with the resolver's error as originalError, as graphql-js makes
 * them; the message, path, locations and extensions carry over.
 */
type JitError = Pick<GraphQLError, 'message' | 'path' | 'locations' | 'extensions'> & { originalError?: Error | null };

function asGraphQLError(error: JitError): GraphQLError {
  // graphql-jit's own errors may pass `instanceof GraphQLError` yet carry no `extensions` object,
  // which Apollo reads unguarded: a resolver's plain Error (a deadline, Neo4j gone) then became a
  // bare "Internal server error" instead of formatError's TIMEOUT or SERVICE_UNAVAILABLE.
  if (error instanceof GraphQLError && error.extensions && typeof error.extensions === 'object') return error;
  const original = error.originalError ?? undefined;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: original instanceof GraphQLError ? original.extensions : (error.extensions ?? undefined),
  });
  // GraphQLError computes locations from AST nodes, which graphql-jit does not keep.
  Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: true });
  return converted;
}
