import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, HeaderMap } from '@apollo/server';
import { GraphQLFormattedError, GraphQLSchema, OperationTypeNode } from 'graphql';
import { Logger } from 'pino';
import { OperationLimits } from '../../config';
import { Context } from '../../schema/context';
import { refusal } from '../../schema/errors';
import { ApiMetrics } from '../observability';
import { Admission, Release } from './admission';
import { CostCache, estimateCost } from './cost';

export interface LimitsPluginOptions {
  schema: GraphQLSchema;
  limits: OperationLimits;
  admission: Admission;
  logger: Logger;
  metrics: ApiMetrics | null;
}

/** Variables longer than this are not part of a cache key (the estimate is computed each time). */
export const MAX_CACHED_VARIABLES = 2048;

export function formatCount(n: number): string {
  // Grouped by hand: toLocaleString goes through ICU, which costs more than the rest of a refusal.
  return Number.isFinite(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : 'beyond measure';
}

/** QUERY_TOO_COMPLEX's message and figures, said the same by the plugin and the shape guard. */
export function overCost(
  cost: number,
  maxCost: number,
): { message: string; extensions: { cost: { estimated: number | null; limit: number } } } {
  return {
    message: `This query's estimated cost is ${formatCount(cost)}, over the limit of ${formatCount(maxCost)} (MAX_QUERY_COST). The cost counts the objects the answer can hold with every list at its cap: ask for fewer nested lists, or pass smaller first/maxNodes/limit arguments.`,
    extensions: { cost: { estimated: Number.isFinite(cost) ? cost : null, limit: maxCost } },
  };
}

/** An error's GraphQL code (errors.ts sets one on every error it makes). */
function errorCode(e: Pick<GraphQLFormattedError, 'extensions'>): string {
  const code = e.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

/**
 * Every operation, after graphql-js validated it and before any resolver runs:
 * 1. queries, and mutations from a token with the editor role (UNAUTHENTICATED without a valid
 *    token, FORBIDDEN without the role); subscriptions are OPERATION_NOT_SUPPORTED;
 * 2. its estimated cost (cost.ts) against MAX_QUERY_COST: QUERY_TOO_COMPLEX, with both figures;
 * 3. a slot in admission control (light and heavy lanes): 503 OVERLOADED with Retry-After;
 * then its deadline starts: a mutation's write transaction runs under it like any read (a write
 * past it is rolled back and leaves nothing behind). Every answer to an accepted operation reports its cost in
 * `extensions.cost`, and every operation gets one log line and its metrics.
 */
export function limitsPlugin(options: LimitsPluginOptions): ApolloServerPlugin<Context> {
  const { schema, limits, admission, logger, metrics } = options;
  const cache = new CostCache(1000);

  return {
    // Apollo's hooks return promises; these do their work synchronously, hence Promise.resolve.
    requestDidStart() {
      const started = performance.now();
      let cost: number | null = null;
      let accepted = false;
      let release: Release | null = null;

      return Promise.resolve({
        async didResolveOperation(rc) {
          const operation = rc.operation!;
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw refusal(
              'OPERATION_NOT_SUPPORTED',
              'Subscriptions are not supported: send queries, or mutations with an editor token (README "Curation").',
              {
                operation: operation.operation,
                http: { status: 400 },
              },
            );
          }
          // Writes are for editors (docs/curation.md): a mutation without a valid editor (or admin)
          // token is refused here, before it is costed or takes an admission slot.
          if (operation.operation === OperationTypeNode.MUTATION) await rc.contextValue.auth.require('editor');
          const variables = rc.request.variables ?? {};
          const variablesKey = JSON.stringify(variables);
          const key =
            variablesKey.length <= MAX_CACHED_VARIABLES ? `${rc.queryHash}\u0000${rc.operationName ?? ''}\u0000${variablesKey}` : null;
          const cached = key === null ? undefined : cache.get(key);
          if (cached !== undefined) cost = cached;
          else {
            cost = estimateCost(schema, rc.document, rc.operationName ?? undefined, variables).cost;
            if (key !== null) cache.set(key, cost);
          }
          if (cost > limits.maxCost) {
            const over = overCost(cost, limits.maxCost);
            throw refusal('QUERY_TOO_COMPLEX', over.message, { ...over.extensions, http: { status: 400 } });
          }
          const heavy = cost >= limits.heavyCost;
          release = await admission.admit(heavy);
          if (!release) {
            throw refusal('OVERLOADED', 'The server is running as many operations as Neo4j can serve; retry in 1 second.', {
              retryAfterSeconds: 1,
              http: { status: 503, headers: new HeaderMap([['retry-after', '1']]) },
            });
          }
          accepted = true;
          if (heavy) rc.contextValue.graph.limitSessions(limits.heavyMaxSessions);
          rc.contextValue.graph.restartDeadline(limits.timeoutMs);
        },

        willSendResponse(rc: GraphQLRequestContextWillSendResponse<Context>) {
          release?.();
          release = null;
          const cypher = rc.contextValue.graph?.queryCount ?? 0;
          const body = rc.response.body;
          if (accepted && cost !== null && body.kind === 'single') {
            body.singleResult.extensions = {
              ...body.singleResult.extensions,
              cost: { estimated: cost, limit: limits.maxCost, cypherQueries: cypher },
            };
          }
          const codes = (rc.errors ?? []).map(errorCode);
          const formattedCodes = body.kind === 'single' ? (body.singleResult.errors ?? []).map(errorCode) : codes;
          const record = {
            requestId: rc.request.http?.headers.get('x-request-id') ?? '',
            operation: rc.operationName ?? null,
            cost,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            cypher,
            sessions: rc.contextValue.graph?.peakSessions ?? 0,
            outcome: formattedCodes.length === 0 ? 'ok' : [...new Set(formattedCodes)].join(','),
            status: rc.response.http.status ?? 200,
          };
          metrics?.record(record, formattedCodes);
          logger.info(record, 'graphql operation');
          return Promise.resolve();
        },
      });
    },
  };
}
