import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import {
  DatabaseUnavailableError,
  isUnavailable,
  OperationCancelledError,
  OperationTimeoutError,
  PoolExhaustedError,
} from '../graph/client';

/**
 * The one place where failures become GraphQL error codes. Client mistakes carry BAD_USER_INPUT
 * or NOT_FOUND and say what was wrong; every known failure has its own code (README "Error
 * codes"); anything else is INTERNAL_SERVER_ERROR with a generic message: no stack traces, no
 * Cypher, no driver text.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_LARGE'
  | 'OPERATION_NOT_SUPPORTED'
  | 'OVERLOADED'
  | 'TIMEOUT'
  | 'CANCELLED'
  | 'POOL_EXHAUSTED'
  | 'SERVICE_UNAVAILABLE'
  | 'HOST_NOT_ALLOWED'
  | 'INTERNAL_SERVER_ERROR';

/** Codes a client can act on, passed through as they are (with their extensions). */
const CLIENT_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_LARGE',
  'OPERATION_NOT_SUPPORTED',
  'OVERLOADED',
]);

/** A refusal with its own code and figures in extensions (and an HTTP status when it has one). */
export function refusal(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

export function notFound(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', ...extensions } });
}

/**
 * No valid token (HTTP 401), a token without the role (HTTP 403), a write against a state that
 * changed since the client read it (HTTP 409). Apollo takes the status from extensions.http and
 * leaves that key out of the response.
 */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
  });
}

export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...extensions, http: { status: 403 } } });
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extensions, http: { status: 409 } } });
}

const VALUE_KINDS: ReadonlySet<string> = new Set([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

/**
 * A validation failure that points at an argument's value, not at the query's shape: a malformed
 * Date, a relationship type the RelationType enum does not have, a string where a number goes.
 * Those are the client's bad input, like the same mistake made through a variable.
 */
function isBadArgumentValue(error: unknown): boolean {
  return error instanceof GraphQLError && !!error.nodes?.length && error.nodes.every((n) => VALUE_KINDS.has(n.kind));
}

/** "Token limit exceeded" comes from graphql-js as a syntax error; it is a size limit. */
const TOKEN_LIMIT = /Document contains more (than|that) \d+ tokens/;
const NOT_SUPPORTED = /Schema is not configured to execute (mutation|subscription) operation/;

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (code === 'GRAPHQL_VALIDATION_FAILED' && isBadArgumentValue(error)) {
    const { stacktrace: _omit, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, extensions: { ...ext, code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof ArgumentValidationError) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
    return {
      ...base,
      message: `The document has more than ${formatted.message.replace(/\D+(\d+)[\s\S]*/, '$1')} tokens, the limit (MAX_QUERY_TOKENS): send a smaller one.`,
      extensions: { code: 'QUERY_TOO_LARGE' },
    };
  }
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _omit, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...base, extensions: ext };
  }
  if (NOT_SUPPORTED.test(formatted.message)) {
    return {
      ...base,
      message: 'Subscriptions are not supported: send queries, or mutations with an editor token (README "Curation").',
      extensions: { code: 'OPERATION_NOT_SUPPORTED' },
    };
  }
  if (original instanceof OperationTimeoutError || (original instanceof Neo4jError && /TransactionTimedOut/.test(original.code))) {
    return {
      ...base,
      message: original.message.startsWith('The operation') ? original.message : 'The operation ran past its deadline and was stopped.',
      extensions: { code: 'TIMEOUT' },
    };
  }
  if (original instanceof OperationCancelledError) {
    return { ...base, message: original.message, extensions: { code: 'CANCELLED' } };
  }
  if (original instanceof PoolExhaustedError) {
    return { ...base, message: original.message, extensions: { code: 'POOL_EXHAUSTED' } };
  }
  // A Neo4j-Bookmark header (read-your-writes, docs/curation.md) the server cannot read, or whose
  // state it has not reached in time.
  if (original instanceof Neo4jError && /InvalidBookmark/.test(original.code)) {
    return {
      ...base,
      message:
        'The Neo4j-Bookmark header holds no bookmark this database knows: send back the bookmarks a mutation returned in extensions.bookmarks.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'Neo4j-Bookmark' },
    };
  }
  if (original instanceof Neo4jError && /BookmarkTimeout/.test(original.code)) {
    return {
      ...base,
      message: 'The database has not yet reached the state of the Neo4j-Bookmark header; try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  // Neo4j is down or unreachable: the client may retry; nothing of the driver's message leaks.
  if (original instanceof DatabaseUnavailableError || isUnavailable(original)) {
    return { ...base, message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  // The client gets a generic message; the operator's log gets the cause.
  console.error('[api] internal error:', original instanceof Error ? (original.stack ?? original.message) : original);
  return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
