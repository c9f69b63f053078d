import { createHash } from 'node:crypto';
import { DocumentNode, GraphQLSchema, Kind, OperationDefinitionNode, OperationTypeNode, validate } from 'graphql';
import { Logger } from 'pino';
import { OperationLimits } from '../../config';
import { ApiMetrics } from '../observability';
import { formatCount, MAX_CACHED_VARIABLES, overCost } from './plugin';
import { DocumentShape, measureDocument, parseBounded } from './shape';
import { estimateCost, MAX_EVALUATED_FIELDS } from './cost';

interface Refusal {
  code: 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COMPLEX';
  message: string;
  extensions: Record<string, unknown>;
}

/** The verdict on a document's shape: null when it may go on to validation and cost analysis. */
export function judgeShape(shape: DocumentShape, limits: OperationLimits): Refusal | null {
  if (shape.depth > limits.maxDepth) {
    return {
      code: 'QUERY_TOO_DEEP',
      message: `This query nests fields ${formatCount(shape.depth)} deep (fragments expanded), over the limit of ${limits.maxDepth} (MAX_QUERY_DEPTH).`,
      extensions: { depth: shape.depth, limit: limits.maxDepth },
    };
  }
  if (shape.aliases > limits.maxAliases) {
    return {
      code: 'TOO_MANY_ALIASES',
      message: `This query uses ${formatCount(shape.aliases)} aliases (fragments expanded), over the limit of ${limits.maxAliases} (MAX_QUERY_ALIASES).`,
      extensions: { aliases: shape.aliases, limit: limits.maxAliases },
    };
  }
  if (shape.fields > MAX_EVALUATED_FIELDS) {
    return {
      code: 'QUERY_TOO_COMPLEX',
      message: `This query selects ${formatCount(shape.fields)} fields once its fragments are expanded, over the limit of ${formatCount(MAX_EVALUATED_FIELDS)}.`,
      extensions: { fields: shape.fields, limit: MAX_EVALUATED_FIELDS },
    };
  }
  return null;
}

/**
 * The cost verdict, for a query whose variables are part of the cache key: a document over
 * MAX_QUERY_COST is refused here, once per distinct request, instead of going through Apollo's
 * pipeline on every repeat. Only a valid query is judged (an invalid one goes on, so Apollo says
 * GRAPHQL_VALIDATION_FAILED as before); mutations go on too (their token is checked before their
 * cost), and so does anything the estimator cannot put a figure on.
 */
export function judgeCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown>,
  limits: OperationLimits,
): Refusal | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operationName === null
      ? operations.length === 1
        ? operations[0]
        : undefined
      : operations.find((o) => o.name?.value === operationName);
  if (operation?.operation !== OperationTypeNode.QUERY) return null;
  const { cost } = estimateCost(schema, document, operationName ?? undefined, variables);
  if (!Number.isFinite(cost) || cost <= limits.maxCost) return null;
  if (validate(schema, document).length > 0) return null;
  return { code: 'QUERY_TOO_COMPLEX', ...overCost(cost, limits.maxCost) };
}

/** Documents up to this length are cached by their text; longer ones by a SHA-256 of it. */
const MAX_TEXT_KEY = 4 * 1024;
const CACHE_SIZE = 500;

/**
 * The verdict cache's key: a long document is hashed (a 100 KB document hashes in about 0.1 ms,
 * where parsing it again takes milliseconds), so a client that repeats an abusive document, the
 * usual shape of abuse, pays for its parse once.
 */
function verdictKey(query: string, operationName: string | null, variables: string): string {
  const text = query.length <= MAX_TEXT_KEY ? query : `sha256:${createHash('sha256').update(query).digest('base64')}`;
  return `${operationName ?? ''}\u0000${variables}\u0000${text}`;
}

/** The request's variables as they go into the cache key, or null when they are too long to (or not an object). */
function variablesKey(raw: unknown): { key: string; values: Record<string, unknown> } | null {
  if (raw === undefined || raw === null) return { key: '', values: {} };
  let values: unknown = raw;
  if (typeof raw === 'string') {
    // GET puts them in the query string as JSON.
    try {
      values = JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
  const key = JSON.stringify(values);
  return key.length <= MAX_CACHED_VARIABLES ? { key, values: values as Record<string, unknown> } : null;
}

/** A refused request's answer: HTTP 400 with the refusal's code and figures. */
export interface GuardRefusal {
  status: 400;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

/**
 * Before Apollo: measures the document's depth, aliases and expanded size from its parse alone
 * and refuses it (HTTP 400, with the figures) before graphql-js spends time validating it and
 * before any Cypher runs. Verdicts are cached by document text. `source` is a POST body or a GET
 * query string's parameters; the answer is null when the request may go on.
 */
export function shapeGuard(
  schema: GraphQLSchema,
  limits: OperationLimits,
  logger: Logger,
  metrics: ApiMetrics | null,
): (source: unknown, requestId: string) => GuardRefusal | null {
  const verdicts = new Map<string, Refusal | null>();
  return (source, requestId) => {
    const query = source && typeof source === 'object' ? (source as Record<string, unknown>).query : undefined;
    if (typeof query !== 'string') return null;
    const operationName =
      typeof (source as Record<string, unknown>).operationName === 'string'
        ? ((source as Record<string, unknown>).operationName as string)
        : null;
    const variables = variablesKey((source as Record<string, unknown>).variables);
    const key = verdictKey(query, operationName, variables?.key ?? '\u0001');
    let verdict = verdicts.get(key);
    const started = performance.now();
    if (verdict === undefined) {
      const document = parseBounded(query, limits.maxTokens);
      // A document that does not parse goes on: Apollo says why (GRAPHQL_PARSE_FAILED, QUERY_TOO_LARGE).
      verdict = document ? judgeShape(measureDocument(document, operationName), limits) : null;
      if (verdict === null && document && variables) verdict = judgeCost(schema, document, operationName, variables.values, limits);
      verdicts.set(key, verdict);
      if (verdicts.size > CACHE_SIZE) verdicts.delete(verdicts.keys().next().value as string);
    }
    if (verdict === null) return null;
    const record = {
      requestId,
      operation: operationName,
      cost:
        verdict.code === 'QUERY_TOO_COMPLEX' && 'cost' in verdict.extensions
          ? (verdict.extensions.cost as { estimated: number }).estimated
          : null,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      cypher: 0,
      sessions: 0,
      outcome: verdict.code,
      status: 400,
    };
    metrics?.record(record, [verdict.code]);
    logger.info(record, 'graphql operation');
    return { status: 400, body: { errors: [{ message: verdict.message, extensions: { code: verdict.code, ...verdict.extensions } }] } };
  };
}
