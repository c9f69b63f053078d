import { createHash } from 'node:crypto';
import express from 'express';
import { Logger } from 'pino';
import { OperationLimits } from '../../config';
import { ApiMetrics } from '../observability';
import { formatCount } from './plugin';
import { DocumentShape, measureDocument, parseBounded } from './shape';
import { MAX_EVALUATED_FIELDS } from './cost';

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

/** Documents up to this length are cached by their text; longer ones by a SHA-256 of it. */
const MAX_TEXT_KEY = 4 * 1024;
const CACHE_SIZE = 500;

/**
 * The verdict cache's key: a long document is hashed (a 100 KB document hashes in about 0.1 ms,
 * where parsing it again takes milliseconds), so a client that repeats an abusive document, the
 * usual shape of abuse, pays for its parse once.
 */
function verdictKey(query: string, operationName: string | null): string {
  const text = query.length <= MAX_TEXT_KEY ? query : `sha256:${createHash('sha256').update(query).digest('base64')}`;
  return `${operationName ?? ''}\u0000${text}`;
}

/**
 * Express middleware before Apollo: measures the document's depth, aliases and expanded size
 * from its parse alone and refuses it (HTTP 400, with the figures) before graphql-js spends
 * time validating it and before any Cypher runs. Verdicts are cached by document text.
 */
export function shapeGuard(limits: OperationLimits, logger: Logger, metrics: ApiMetrics | null): express.RequestHandler {
  const verdicts = new Map<string, Refusal | null>();
  return (req, res, next) => {
    const source: unknown = req.method === 'POST' ? req.body : req.query;
    const query = source && typeof source === 'object' ? (source as Record<string, unknown>).query : undefined;
    if (typeof query !== 'string') return next();
    const operationName =
      typeof (source as Record<string, unknown>).operationName === 'string'
        ? ((source as Record<string, unknown>).operationName as string)
        : null;
    const key = verdictKey(query, operationName);
    let verdict = verdicts.get(key);
    const started = performance.now();
    if (verdict === undefined) {
      const document = parseBounded(query, limits.maxTokens);
      // A document that does not parse goes on: Apollo says why (GRAPHQL_PARSE_FAILED, QUERY_TOO_LARGE).
      verdict = document ? judgeShape(measureDocument(document, operationName), limits) : null;
      verdicts.set(key, verdict);
      if (verdicts.size > CACHE_SIZE) verdicts.delete(verdicts.keys().next().value as string);
    }
    if (verdict === null) return next();
    const record = {
      requestId: String(req.headers['x-request-id'] ?? ''),
      operation: operationName,
      cost: null,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      cypher: 0,
      outcome: verdict.code,
      status: 400,
    };
    metrics?.record(record, [verdict.code]);
    logger.info(record, 'graphql operation');
    res.status(400).json({ errors: [{ message: verdict.message, extensions: { code: verdict.code, ...verdict.extensions } }] });
  };
}
