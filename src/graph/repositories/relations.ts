import neo4j from 'neo4j-driver';
import { RELATIONSHIP_TYPE_NAMES, RelationshipType } from '../../model/contract';
import { GraphClient } from '../client';
import { constantFill, directionFills, eachTypeFill, PlannedQuery, typesFill, variant } from '../queries';
import { RelationRecord, toRelationRecord } from './records';
import { recordedFill } from '../recorded-time';

/**
 * Statements, read with the relation templates of cypher/queries/. Each call picks the variant for
 * the filters it was given (see src/graph/queries.ts): the types become a typed relationship
 * pattern, a subject or object becomes an index seek, and a page or list stops at its limit, so the
 * cost follows the answer and not the size of the graph.
 */
export interface RelationFilter {
  /** Contract relationship types (checked by the caller); null for every type. */
  types: readonly RelationshipType[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** YYYY-MM-DD: only statements valid that day (half-open [validFrom, validTo)). */
  asOf: string | null;
  /** YYYY-MM-DD: only statements whose validFrom is that day. */
  on: string | null;
  /** At most this many statements per entity (by validFrom, then id). */
  first: number;
  /** ISO DateTime: the statement versions recorded then (docs/curation.md); null or absent for the current ones. */
  asRecordedOn?: string | null;
}

type RelationRow = { id: string; relation: unknown; subject: unknown; object: unknown; mentioned: unknown };

function groupById(ids: readonly string[], rows: RelationRow[]): RelationRecord[][] {
  const byId = new Map<string, RelationRecord[]>();
  for (const row of rows) {
    const list = byId.get(row.id) ?? [];
    list.push(toRelationRecord(row.relation, row.subject, row.object, row.mentioned));
    byId.set(row.id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

const allTypes = (types: readonly RelationshipType[] | null): readonly RelationshipType[] => (types && types.length ? types : RELATIONSHIP_TYPE_NAMES);

export function relationsOfQuery(ids: readonly string[], filter: RelationFilter): PlannedQuery {
  return {
    name: variant('relations-of-entities', { types: typesFill(allTypes(filter.types)), ...directionFills(filter.direction), recorded: recordedFill(filter.asRecordedOn) }),
    params: { ids: [...new Set(ids)], asOf: filter.asOf, on: filter.on, first: neo4j.int(filter.first), asRecordedOn: filter.asRecordedOn ?? null },
  };
}

/** The statements of each entity in `ids` that pass the filter, at most `first` each, in the order of `ids`. */
export async function relationsOf(graph: GraphClient, ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
  const q = relationsOfQuery(ids, filter);
  return groupById(ids, await graph.read<RelationRow>(q.name, q.params));
}

export function guaranteesQuery(agreementIds: readonly string[], asOf: string | null, first: number, asRecordedOn: string | null = null): PlannedQuery {
  return { name: variant('agreement-guarantees', { recorded: recordedFill(asRecordedOn) }), params: { ids: [...new Set(agreementIds)], asOf, first: neo4j.int(first), asRecordedOn } };
}

/** Guarantees of each agreement or of its provisions, at most `first` each, in the order of `ids`. */
export async function guaranteesUnder(graph: GraphClient, agreementIds: readonly string[], asOf: string | null, first: number, asRecordedOn: string | null = null): Promise<RelationRecord[][]> {
  const q = guaranteesQuery(agreementIds, asOf, first, asRecordedOn);
  return groupById(agreementIds, await graph.read<RelationRow>(q.name, q.params));
}

export interface RelationPageFilter {
  subject: string | null;
  object: string | null;
  types: readonly RelationshipType[] | null;
  statuses: readonly string[] | null;
  asOf: string | null;
  /** ISO DateTime: as recorded then (docs/curation.md); null or absent for the current versions. */
  asRecordedOn?: string | null;
}

export interface RelationPage {
  relations: RelationRecord[];
  hasNextPage: boolean;
}

function anchorFills(filter: RelationPageFilter) {
  return {
    subject: constantFill(filter.subject === null ? '' : ' {id: $subject}'),
    object: constantFill(filter.object === null ? '' : ' {id: $object}'),
    types: typesFill(allTypes(filter.types)),
    recorded: recordedFill(filter.asRecordedOn),
  };
}

const filterParams = (filter: RelationPageFilter) => ({ subject: filter.subject, object: filter.object, statuses: filter.statuses, asOf: filter.asOf, asRecordedOn: filter.asRecordedOn ?? null });

/** The page query: anchored on the subject or object when one is given, else each type in its id index's order. */
export function relationPageQuery(filter: RelationPageFilter, page: { first: number; after: string | null }): PlannedQuery {
  const anchored = filter.subject !== null || filter.object !== null;
  const name = anchored ? variant('relation-page', anchorFills(filter)) : variant('relation-page-scan', { types: eachTypeFill(allTypes(filter.types)), recorded: recordedFill(filter.asRecordedOn) });
  return { name, params: { ...filterParams(filter), after: page.after ?? '', limit: neo4j.int(page.first + 1) } };
}

/** `first` statements after the id `after`, ordered by id; fetches one more to know if a next page exists. */
export async function relationPage(graph: GraphClient, filter: RelationPageFilter, page: { first: number; after: string | null }): Promise<RelationPage> {
  const q = relationPageQuery(filter, page);
  const rows = await graph.read<{ relation: unknown; subject: unknown; object: unknown; mentioned: unknown }>(q.name, q.params);
  const all = rows.map((r) => toRelationRecord(r.relation, r.subject, r.object, r.mentioned));
  return { relations: all.slice(0, page.first), hasNextPage: all.length > page.first };
}

/** The count query: the anchor's relationships, the count store when nothing filters, else every statement of those types. */
export function relationCountQuery(filter: RelationPageFilter): PlannedQuery {
  if (filter.subject !== null || filter.object !== null) return { name: variant('relation-count', anchorFills(filter)), params: filterParams(filter) };
  const types = eachTypeFill(allTypes(filter.types));
  if (filter.statuses === null && filter.asOf === null && !filter.asRecordedOn) return { name: variant('relation-count-all', { types }), params: {} };
  return { name: variant('relation-count-scan', { types, recorded: recordedFill(filter.asRecordedOn) }), params: filterParams(filter) };
}

/** How many statements pass the filter in all pages. */
export async function relationCount(graph: GraphClient, filter: RelationPageFilter): Promise<number> {
  const q = relationCountQuery(filter);
  const [row] = await graph.read<{ totalCount: number }>(q.name, q.params);
  return row?.totalCount ?? 0;
}
