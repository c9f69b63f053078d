import neo4j from 'neo4j-driver';
import { RELATIONSHIP_TYPES, RelationshipType, STATEMENT_PATH_COSTS } from '../../model/contract';
import { GraphClient } from '../client';
import { integerFill, PlannedQuery, typesFill, variant } from '../queries';
import { certaintyIn, Period } from '../../model/validity';
import { recordedFill } from '../recorded-time';
import { NeighborhoodRow, PathRow, SourceRow, TimelineItemRow, ViewEdgeRow, ViewNodeRow } from '../view-shapes';
import { periodParameters } from './relations';

export type { SourceRow } from '../view-shapes';

/**
 * Graph-shaped views for frontends (neighborhoods, paths, timelines): graph payloads where each
 * node appears once, read with the named view-* queries. Callers pass validated arguments (see
 * src/schema/views/view-limits.ts); relationship types reach Cypher only as a list parameter.
 * HAS_ALIAS and Alias nodes never appear: only the contract's statement types are walked.
 */
/** Which statements a view walks: the types to follow, when they hold, and as recorded when. */
export interface ViewStatementFilter {
  types: readonly RelationshipType[];
  period: Period | null;
  certainOnly: boolean;
  /** ISO DateTime: the statement versions recorded then (docs/curation.md); null or absent for the current ones. */
  asRecordedOn?: string | null;
}

/** A neighborhood: the centre `id`, `depth` hops (1-3), at most `maxNodes` nodes and `maxEdges` edges. */
export interface NeighborhoodArgs extends ViewStatementFilter {
  id: string;
  depth: number;
  maxNodes: number;
  maxEdges: number;
}

/** Shortest paths `from` -> `to` of at most `maxHops` statements, at most `limit` of them. */
export interface PathsArgs extends ViewStatementFilter {
  from: string;
  to: string;
  maxHops: number;
  limit: number;
}

/** The timeline of `id`: the statements of `types` and dated entities, between `from` and `to` inclusive, at most `limit` items. */
export interface TimelineArgs {
  id: string;
  types: readonly RelationshipType[];
  from: string | null;
  to: string | null;
  limit: number;
  asRecordedOn?: string | null;
}

/** Counts go to Cypher as integers: JS numbers would arrive as floats, which LIMIT and slices refuse. */
const int = (n: number) => neo4j.int(n);

/** Marks each edge CERTAIN or POSSIBLE for the period asked (null without one). */
function edgesIn(edges: ViewEdgeRow[], period: Period | null): ViewEdgeRow[] {
  return edges.map((e) => ({ ...e, certainty: period ? certaintyIn(e, period) : null }));
}

/** Labels in a fixed order (kind label, then group labels) so payloads are deterministic. */
function node(row: ViewNodeRow): ViewNodeRow {
  return { ...row, labels: [...row.labels].sort() };
}

export function neighborhoodQuery(args: NeighborhoodArgs): PlannedQuery<'view-neighborhood'> {
  return {
    name: variant('view-neighborhood', { types: typesFill(args.types), recorded: recordedFill(args.asRecordedOn) }),
    params: {
      id: args.id,
      ...periodParameters(args.period, args.certainOnly),
      depth: int(args.depth),
      maxNodes: int(args.maxNodes),
      maxEdges: int(args.maxEdges),
      asRecordedOn: args.asRecordedOn ?? null,
    },
  };
}

export async function neighborhood(graph: GraphClient, args: NeighborhoodArgs): Promise<NeighborhoodRow | null> {
  const q = neighborhoodQuery(args);
  const [row] = await graph.read(q.name, q.params);
  // No centre: the aggregation still yields one row, with no nodes.
  if (!row || row.nodes.length === 0) return null;
  return { ...row, nodes: row.nodes.map(node), edges: edgesIn(row.edges, args.period) };
}

/** Splits the allowed types by how path searches may walk them (contract: traversal). */
export function byTraversal(types: readonly RelationshipType[]): { both: RelationshipType[]; forward: RelationshipType[] } {
  return {
    both: types.filter((t) => RELATIONSHIP_TYPES[t].traversal === 'both'),
    forward: types.filter((t) => RELATIONSHIP_TYPES[t].traversal === 'forward'),
  };
}

/**
 * The weights paths are ranked by, from the contract: each allowed type's pathCost, and what a
 * statement's status, rank and confidence add to it.
 */
export function pathCosts(types: readonly RelationshipType[]) {
  const ints = (weights: Record<string, number>) => Object.fromEntries(Object.entries(weights).map(([key, n]) => [key, int(n)]));
  return {
    types: ints(Object.fromEntries(types.map((t) => [t, RELATIONSHIP_TYPES[t].pathCost]))),
    status: ints(STATEMENT_PATH_COSTS.status),
    rank: ints(STATEMENT_PATH_COSTS.rank),
    confidence: ints(STATEMENT_PATH_COSTS.confidence),
  };
}

/** The longest path a search may walk (VIEW_LIMITS.maxHops in the schema layer). */
const MAX_HOPS = { min: 1, max: 6 };

export function pathsQuery(args: PathsArgs): PlannedQuery<'view-paths'> {
  const { types, period, certainOnly, asRecordedOn, ...rest } = args;
  return {
    name: variant('view-paths', {
      types: typesFill(types),
      maxHops: integerFill(rest.maxHops, MAX_HOPS),
      recorded: recordedFill(asRecordedOn),
    }),
    params: {
      ...rest,
      ...periodParameters(period, certainOnly),
      ...byTraversal(types),
      maxHops: int(rest.maxHops),
      limit: int(rest.limit),
      costs: pathCosts(types),
      asRecordedOn: asRecordedOn ?? null,
    },
  };
}

export async function shortestPaths(graph: GraphClient, args: PathsArgs): Promise<PathRow[]> {
  const q = pathsQuery(args);
  const rows = await graph.read(q.name, q.params);
  return rows.map((r) => ({ nodes: r.nodes.map(node), edges: edgesIn(r.edges, args.period), cost: r.cost }));
}

export function timelineQuery(args: TimelineArgs): PlannedQuery<'view-timeline'> {
  return {
    name: variant('view-timeline', { types: typesFill(args.types), recorded: recordedFill(args.asRecordedOn) }),
    params: { id: args.id, from: args.from, to: args.to, limit: int(args.limit), asRecordedOn: args.asRecordedOn ?? null },
  };
}

export async function timeline(graph: GraphClient, args: TimelineArgs): Promise<TimelineItemRow[]> {
  const q = timelineQuery(args);
  const rows = await graph.read(q.name, q.params);
  return rows.map((r) => ({ ...r, other: node(r.other) }));
}

export async function viewNodesByIds(graph: GraphClient, ids: readonly string[]): Promise<ViewNodeRow[]> {
  return (await graph.read('view-entities', { ids: [...ids] })).map(node);
}

export async function sourcesByIds(graph: GraphClient, ids: readonly string[]): Promise<SourceRow[]> {
  return graph.read('view-sources', { ids: [...ids] });
}
