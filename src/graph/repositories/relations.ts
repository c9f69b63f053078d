import neo4j from 'neo4j-driver';
import { RELATIONSHIP_TYPE_NAMES, RelationshipType } from '../../model/contract';
import { certaintyIn, Period } from '../../model/validity';
import { GraphClient } from '../client';
import {
  constantFill,
  directionFills,
  eachTypeFill,
  FULL_PROJECTION,
  keysetFills,
  keysetParams,
  PageWindow,
  pageRows,
  PlannedQuery,
  Projection,
  projectionFills,
  typesFill,
  variant,
} from '../queries';
import { RelationRecord, toEntityRecord, toRelationRecord } from './records';
import { recordedFill } from '../recorded-time';
import type { QueryRow } from '../query-signatures';

/** The date parameters of every statement query (src/model/validity.ts: HOLDS_IN_PERIOD). */
export function periodParameters(
  period: Period | null,
  certainOnly: boolean,
): { periodFrom: string | null; periodTo: string | null; certainOnly: boolean } {
  return { periodFrom: period?.from ?? null, periodTo: period?.to ?? null, certainOnly: period !== null && certainOnly };
}

/** Marks each statement CERTAIN or POSSIBLE for the period asked (null without one). */
export function withCertainty(records: RelationRecord[], period: Period | null): RelationRecord[] {
  for (const r of records) r.certainty = period ? certaintyIn(r, period) : null;
  return records;
}

/**
 * Attribution filters: only statements that name this entity id in assertedBy, supportedBy or
 * disputedBy, or this Source id in sources. Null for no filter.
 */
export interface Attribution {
  assertedBy: string | null;
  supportedBy: string | null;
  disputedBy: string | null;
  source: string | null;
}

export const NO_ATTRIBUTION: Attribution = { assertedBy: null, supportedBy: null, disputedBy: null, source: null };

/** The provenance lists of a statement, as the full-text index statement_provenance knows them. */
export const PROVENANCE_FIELDS = {
  assertedBy: 'assertedBy',
  supportedBy: 'supportedBy',
  disputedBy: 'disputedBy',
  source: 'sources',
} as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[keyof typeof PROVENANCE_FIELDS];

/** A Lucene term for one id: quoted, so the keyword analyzer reads the whole id. */
function provenanceTerm(field: ProvenanceField, id: string): string {
  return `+${field}:"${id.replace(/[\\"]/g, '\\$&')}"`;
}

/** The Lucene query of the attribution filters given (every one must hold), or null when none is. */
export function provenanceQuery(attribution: Attribution): string | null {
  const terms = (Object.keys(PROVENANCE_FIELDS) as (keyof Attribution)[])
    .filter((key) => attribution[key] !== null)
    .map((key) => provenanceTerm(PROVENANCE_FIELDS[key], attribution[key]!));
  return terms.length ? terms.join(' ') : null;
}

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
  /** Only statements that hold in this half-open period (possibly, or certainly with certainOnly); null for every date. */
  period: Period | null;
  certainOnly: boolean;
  /** YYYY-MM-DD: only statements whose validFrom is that day. */
  on: string | null;
  /** At most this many statements per entity (by validFrom, then id). */
  first: number;
  attribution: Attribution;
  /** Also the statements of the entity's parts (PART_OF, holding in the period); each says which part (viaPart). */
  includeParts: boolean;
  /** Read the entities each statement names (provenance, provision) with it; default true. */
  mentioned?: boolean;
  /** ISO DateTime: the statement versions recorded then (docs/curation.md); null or absent for the current ones. */
  asRecordedOn?: string | null;
  /** What to read of each statement and its ends; every property when absent. */
  projection?: Projection;
}

type RelationRow = QueryRow<
  'relations-of-entities' | 'relations-of-entities-with-parts' | 'agreement-guarantees' | 'statements-by-provenance'
>;

function groupById(ids: readonly string[], rows: RelationRow[], period: Period | null, mentioned = true): RelationRecord[][] {
  const byId = new Map<string, RelationRecord[]>();
  for (const row of rows) {
    const list = byId.get(row.id) ?? [];
    const record = toRelationRecord(row.relation, row.subject, row.object, row.mentioned, mentioned);
    if ('viaPart' in row) record.viaPart = row.viaPart === null ? null : toEntityRecord(row.viaPart);
    list.push(...withCertainty([record], period));
    byId.set(row.id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

const allTypes = (types: readonly RelationshipType[] | null): readonly RelationshipType[] =>
  types && types.length ? types : RELATIONSHIP_TYPE_NAMES;

export function relationsOfQuery(
  ids: readonly string[],
  filter: RelationFilter,
): PlannedQuery<'relations-of-entities' | 'relations-of-entities-with-parts'> {
  return {
    name: variant(filter.includeParts ? 'relations-of-entities-with-parts' : 'relations-of-entities', {
      types: typesFill(allTypes(filter.types)),
      ...directionFills(filter.direction),
      recorded: recordedFill(filter.asRecordedOn),
      ...projectionFills(filter.projection ?? FULL_PROJECTION),
    }),
    params: {
      ids: [...new Set(ids)],
      ...periodParameters(filter.period, filter.certainOnly),
      on: filter.on,
      ...filter.attribution,
      first: neo4j.int(filter.first),
      asRecordedOn: filter.asRecordedOn ?? null,
      mentioned: filter.mentioned ?? true,
    },
  };
}

/** The statements of each entity in `ids` that pass the filter, at most `first` each, in the order of `ids`. */
export async function relationsOf(graph: GraphClient, ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
  const q = relationsOfQuery(ids, filter);
  return groupById(ids, await graph.read(q.name, q.params), filter.period, filter.mentioned ?? true);
}

export function guaranteesQuery(
  agreementIds: readonly string[],
  period: Period | null,
  certainOnly: boolean,
  first: number,
  asRecordedOn: string | null = null,
): PlannedQuery<'agreement-guarantees'> {
  return {
    name: variant('agreement-guarantees', { recorded: recordedFill(asRecordedOn) }),
    params: {
      ids: [...new Set(agreementIds)],
      ...periodParameters(period, certainOnly),
      first: neo4j.int(first),
      asRecordedOn,
      mentioned: true,
    },
  };
}

/** Guarantees of each agreement or of its provisions, at most `first` each, in the order of `ids`. */
export async function guaranteesUnder(
  graph: GraphClient,
  agreementIds: readonly string[],
  period: Period | null,
  certainOnly: boolean,
  first: number,
  asRecordedOn: string | null = null,
): Promise<RelationRecord[][]> {
  const q = guaranteesQuery(agreementIds, period, certainOnly, first, asRecordedOn);
  return groupById(agreementIds, await graph.read(q.name, q.params), period);
}

export function provenanceListQuery(
  ids: readonly string[],
  field: ProvenanceField,
  filter: { types: readonly string[] | null; period: Period | null; certainOnly: boolean; first: number; asRecordedOn?: string | null },
): PlannedQuery<'statements-by-provenance'> {
  if (!Object.values(PROVENANCE_FIELDS).includes(field)) throw new RangeError(`not a provenance list: ${field}`);
  return {
    name: variant('statements-by-provenance', { recorded: recordedFill(filter.asRecordedOn) }),
    params: {
      ids: [...new Set(ids)],
      field,
      types: filter.types,
      ...periodParameters(filter.period, filter.certainOnly),
      limit: neo4j.int(filter.first),
      asRecordedOn: filter.asRecordedOn ?? null,
      mentioned: true,
    },
  };
}

/**
 * The statements that name each id in `ids` in one provenance list (what an actor asserts,
 * supports or disputes; what a source is cited for), through the full-text index
 * statement_provenance: one index lookup per id. At most `first` per id.
 */
export async function statementsByProvenance(
  graph: GraphClient,
  ids: readonly string[],
  field: ProvenanceField,
  filter: { types: readonly string[] | null; period: Period | null; certainOnly: boolean; first: number; asRecordedOn?: string | null },
): Promise<RelationRecord[][]> {
  const q = provenanceListQuery(ids, field, filter);
  return groupById(ids, await graph.read(q.name, q.params), filter.period);
}

export interface RelationPageFilter {
  subject: string | null;
  object: string | null;
  types: readonly RelationshipType[] | null;
  statuses: readonly string[] | null;
  period: Period | null;
  certainOnly: boolean;
  attribution: Attribution;
  /** Read the entities each statement names (provenance, provision) with it; default true. */
  mentioned?: boolean;
  /** ISO DateTime: as recorded then (docs/curation.md); null or absent for the current versions. */
  asRecordedOn?: string | null;
  /** What to read of each statement and its ends; every property when absent. */
  projection?: Projection;
}

export interface RelationPage {
  relations: RelationRecord[];
  /** More statements follow the page in the direction it was read: after it for `first`, before it for `last`. */
  hasMore: boolean;
}

function anchorFills(filter: RelationPageFilter) {
  return {
    subject: constantFill(filter.subject === null ? '' : ' {id: $subject}'),
    object: constantFill(filter.object === null ? '' : ' {id: $object}'),
    types: typesFill(allTypes(filter.types)),
    recorded: recordedFill(filter.asRecordedOn),
  };
}

const filterParams = (filter: RelationPageFilter) => ({
  subject: filter.subject,
  object: filter.object,
  statuses: filter.statuses,
  ...periodParameters(filter.period, filter.certainOnly),
  mentioned: filter.mentioned ?? true,
  asRecordedOn: filter.asRecordedOn ?? null,
});

/** With an attribution filter, the page and count start from the provenance index: these are their parameters. */
function provenanceParams(filter: RelationPageFilter, provenance: string) {
  return { provenance, ...filterParams(filter), types: filter.types && filter.types.length ? [...filter.types] : null };
}

/**
 * The page query: from the provenance index when an attribution filter is given, else anchored on
 * the subject or object when one is given, else each type in its id index's order (backward for
 * a `last` page).
 */
export function relationPageQuery(
  filter: RelationPageFilter,
  page: PageWindow,
): PlannedQuery<'relation-page' | 'relation-page-scan' | 'relation-page-by-provenance'> {
  const fills = { ...keysetFills('r', page), ...projectionFills(filter.projection ?? FULL_PROJECTION) };
  const provenance = provenanceQuery(filter.attribution);
  if (provenance)
    return {
      name: variant('relation-page-by-provenance', { ...fills, recorded: recordedFill(filter.asRecordedOn) }),
      params: { ...provenanceParams(filter, provenance), ...keysetParams(page) },
    };
  const anchored = filter.subject !== null || filter.object !== null;
  const name = anchored
    ? variant('relation-page', { ...anchorFills(filter), ...fills })
    : variant('relation-page-scan', {
        types: eachTypeFill(allTypes(filter.types)),
        recorded: recordedFill(filter.asRecordedOn),
        ...fills,
      });
  return { name, params: { ...filterParams(filter), ...keysetParams(page) } };
}

/** A keyset page of statements ordered by id; fetches one more to know if more follow. */
export async function relationPage(graph: GraphClient, filter: RelationPageFilter, page: PageWindow): Promise<RelationPage> {
  const q = relationPageQuery(filter, page);
  const rows = await graph.read(q.name, q.params);
  const { items, hasMore } = pageRows(rows, page);
  return {
    relations: withCertainty(
      items.map((r) => toRelationRecord(r.relation, r.subject, r.object, r.mentioned, filter.mentioned ?? true)),
      filter.period,
    ),
    hasMore,
  };
}

/** The count query: the anchor's relationships, the count store when nothing filters, else every statement of those types. */
export function relationCountQuery(
  filter: RelationPageFilter,
): PlannedQuery<'relation-count' | 'relation-count-all' | 'relation-count-scan' | 'relation-count-by-provenance'> {
  const provenance = provenanceQuery(filter.attribution);
  if (provenance)
    return {
      name: variant('relation-count-by-provenance', { recorded: recordedFill(filter.asRecordedOn) }),
      params: provenanceParams(filter, provenance),
    };
  if (filter.subject !== null || filter.object !== null)
    return { name: variant('relation-count', anchorFills(filter)), params: filterParams(filter) };
  const types = eachTypeFill(allTypes(filter.types));
  if (filter.statuses === null && filter.period === null && !filter.asRecordedOn)
    return { name: variant('relation-count-all', { types }), params: {} };
  return { name: variant('relation-count-scan', { types, recorded: recordedFill(filter.asRecordedOn) }), params: filterParams(filter) };
}

/** How many statements pass the filter in all pages. */
export async function relationCount(graph: GraphClient, filter: RelationPageFilter): Promise<number> {
  const q = relationCountQuery(filter);
  const [row] = await graph.read(q.name, q.params);
  return row?.totalCount ?? 0;
}
