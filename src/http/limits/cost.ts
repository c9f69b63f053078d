import {
  DocumentNode,
  getNamedType,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isNonNullType,
  GraphQLOutputType,
} from 'graphql';
import { ComplexityEstimator, ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../schema/pagination/cursor';
import { NESTED_RELATION_LIMIT } from '../../schema/relations/relation-limits';
import { VIEW_LIMITS } from '../../schema/views/view-limits';

/**
 * The static cost of an operation: how many objects its answer can hold when every list is as
 * long as its cap. A scalar costs 0, an object 1, a list of objects its cap times one item (with
 * what is selected inside it). graphql-query-complexity walks the document (fragments, inline
 * fragments, @skip/@include, variables, argument defaults); the estimator below gives each list
 * its cap, so that the figure is an upper bound that one hub entity cannot exceed.
 *
 * The caps, in order:
 * - a list field with a `first` argument: `first` (its default when left out), at most the list's
 *   maximum: NESTED_RELATION_LIMIT.max for statement lists, MAX_PAGE_SIZE for the others;
 * - a statement list without `first`: NESTED_RELATION_LIMIT.default, what it returns at most;
 * - connections (entities, relations): `first` or `last` items (20 when neither is given), counted
 *   at the connection, not at `edges`;
 * - views: neighborhood maxNodes nodes and 4 edges per node (2,000 at 500 nodes), times depth
 *   for the work of walking; paths `limit` paths of up to 7 nodes and 6 edges; timeline 1,000 items;
 * - provenance lists (assertedBy, disputedBy, supportedBy, sources): 10; aliases: 50;
 * - any other list of objects: 100;
 * - each mutation field: WRITE_COST (one write transaction of a few index-driven queries, the
 *   change log's lock held until it commits) plus what its payload selects. Mutations run one
 *   after another, so a document with many counts them all: HEAVY_QUERY_COST / WRITE_COST of
 *   them make it heavy, MAX_QUERY_COST / WRITE_COST are the most one operation may hold.
 */
export const WRITE_COST = 1000;

export const LIST_ESTIMATES = {
  provenance: 10,
  aliases: 50,
  otherList: 100,
  viewEdgesPerNode: VIEW_LIMITS.maxEdges / VIEW_LIMITS.maxNodes.max,
  pathNodes: VIEW_LIMITS.maxHops.max + 1,
  pathEdges: VIEW_LIMITS.maxHops.max,
} as const;

const PROVENANCE = new Set(['assertedBy', 'disputedBy', 'supportedBy', 'sources']);

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function clamp(n: unknown, fallback: number, max: number): number {
  const value = typeof n === 'number' && Number.isFinite(n) ? n : fallback;
  return Math.max(0, Math.min(Math.floor(value), max));
}

/** How many items a list field can return, by the rules above. */
export function listCap(parent: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const item = getNamedType(field.type).name;
  const hasFirst = field.args.some((a) => a.name === 'first');
  if (item === 'Relation') {
    return hasFirst ? clamp(args.first, NESTED_RELATION_LIMIT.default, NESTED_RELATION_LIMIT.max) : NESTED_RELATION_LIMIT.default;
  }
  if (hasFirst) return clamp(args.first, MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  if (parent === 'GraphView' && field.name === 'nodes') return 1; // counted at neighborhood (maxNodes)
  if (parent === 'GraphView' && field.name === 'edges') return LIST_ESTIMATES.viewEdgesPerNode;
  if (parent === 'ViewPath' && field.name === 'nodes') return LIST_ESTIMATES.pathNodes;
  if (parent === 'ViewPath' && field.name === 'edges') return LIST_ESTIMATES.pathEdges;
  if (parent === 'Timeline' && field.name === 'items') return VIEW_LIMITS.timelineItems;
  if (parent.endsWith('Connection') && field.name === 'edges') return 1; // counted at the connection (first)
  if (PROVENANCE.has(field.name)) return LIST_ESTIMATES.provenance;
  if (field.name === 'aliases') return LIST_ESTIMATES.aliases;
  if (parent === 'Query' && field.name === 'paths') return clamp(args.limit, VIEW_LIMITS.pathLimit.default, VIEW_LIMITS.pathLimit.max);
  return LIST_ESTIMATES.otherList;
}

/**
 * The page size of a connection: `last` counts like `first` (the larger if a document gives both,
 * which the resolver refuses), DEFAULT_PAGE_SIZE when neither is given.
 */
export function connectionPageCap(args: Record<string, unknown>): number {
  const given = [args.first, args.last].filter((n) => n !== undefined && n !== null);
  return given.length ? Math.max(...given.map((n) => clamp(n, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE))) : DEFAULT_PAGE_SIZE;
}

/** The estimator: 0 for a scalar, 1 + what is inside for an object, cap x that for a list. */
export const listFieldEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }: ComplexityEstimatorArgs) => {
  // Introspection reads the schema held in memory (a fixed, small answer): it costs nothing here.
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return 0;
  const one = 1 + childComplexity;
  if (type.name === 'Mutation') return WRITE_COST + childComplexity;
  if (type.name === 'Query' && named.name.endsWith('Connection')) {
    return 1 + connectionPageCap(args) * childComplexity;
  }
  if (type.name === 'Query' && field.name === 'neighborhood') {
    const nodes = clamp(args.maxNodes, VIEW_LIMITS.maxNodes.default, VIEW_LIMITS.maxNodes.max);
    const depth = clamp(args.depth, VIEW_LIMITS.depth.default, VIEW_LIMITS.depth.max);
    return (1 + nodes * childComplexity) * Math.max(1, depth);
  }
  return isList(field.type) ? listCap(type.name, field, args) * one : one;
};

export interface CostEstimate {
  cost: number;
  /** Set when the document could not be measured (too many fields once fragments are expanded). */
  overflow?: boolean;
  /**
   * Set when the variables do not fit the operation (a malformed Date, a string for an Int): it
   * cannot run, and execution reports the exact mistake as BAD_USER_INPUT before any resolver.
   */
  badVariables?: boolean;
}

/** Fields the walk may visit (fragments expanded) before it gives up and calls the cost too high. */
export const MAX_EVALUATED_FIELDS = 20_000;

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): CostEstimate {
  try {
    const cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables: variables ?? {},
      estimators: [listFieldEstimator],
      maxQueryNodes: MAX_EVALUATED_FIELDS,
    });
    return { cost };
  } catch (e) {
    if (/exceeds the maximum allowed|maximum allowed nodes|query nodes/i.test((e as Error).message))
      return { cost: Number.POSITIVE_INFINITY, overflow: true };
    if (e instanceof GraphQLError && /^Variable "\$/.test(e.message)) return { cost: 0, badVariables: true };
    return { cost: Number.POSITIVE_INFINITY, overflow: true };
  }
}

/** A small LRU: the cost of a document depends only on it, its operation and its variables. */
export class CostCache {
  private readonly entries = new Map<string, number>();
  constructor(private readonly size = 1000) {}

  get(key: string): number | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, cost: number): void {
    this.entries.delete(key);
    this.entries.set(key, cost);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }
}
