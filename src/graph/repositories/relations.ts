import neo4j from 'neo4j-driver';
import { certaintyIn, Period } from '../../model/validity';
import { GraphClient } from '../client';
import { RelationRecord, toEntityRecord, toRelationRecord } from './records';

/** The date parameters of every statement query (src/model/validity.ts: HOLDS_IN_PERIOD). */
export function periodParameters(period: Period | null, certainOnly: boolean): { periodFrom: string | null; periodTo: string | null; certainOnly: boolean } {
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
export const PROVENANCE_FIELDS = { assertedBy: 'assertedBy', supportedBy: 'supportedBy', disputedBy: 'disputedBy', source: 'sources' } as const;
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

export interface RelationFilter {
  /** Contract relationship types (checked by the caller); null for every type. */
  types: readonly string[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** Only statements that hold in this half-open period (possibly, or certainly with certainOnly); null for every date. */
  period: Period | null;
  certainOnly: boolean;
  /** YYYY-MM-DD: only statements whose validFrom is that day. */
  on: string | null;
  attribution: Attribution;
  /** Also the statements of the entity's parts (PART_OF, holding in the period); each says which part (viaPart). */
  includeParts: boolean;
}

type RelationRow = { id: string; relation: unknown; subject: unknown; object: unknown; mentioned: unknown; viaPart?: unknown };

function groupById(ids: readonly string[], rows: RelationRow[], period: Period | null): RelationRecord[][] {
  const byId = new Map<string, RelationRecord[]>();
  for (const row of rows) {
    const list = byId.get(row.id) ?? [];
    const record = toRelationRecord(row.relation, row.subject, row.object, row.mentioned);
    if (row.viaPart !== undefined) record.viaPart = row.viaPart === null ? null : toEntityRecord(row.viaPart);
    list.push(...withCertainty([record], period));
    byId.set(row.id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** The statements of each entity in `ids` that pass the filter, in the order of `ids`. */
export async function relationsOf(graph: GraphClient, ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
  const rows = await graph.read<RelationRow>(filter.includeParts ? 'relations-of-entities-with-parts' : 'relations-of-entities', {
    ids: [...new Set(ids)],
    types: filter.types,
    direction: filter.direction,
    ...periodParameters(filter.period, filter.certainOnly),
    on: filter.on,
    ...filter.attribution,
  });
  return groupById(ids, rows, filter.period);
}

/**
 * The statements that name each id in `ids` in one provenance list (what an actor asserts,
 * supports or disputes; what a source is cited for), through the full-text index
 * statement_provenance. At most `limit` per id.
 */
export async function statementsByProvenance(
  graph: GraphClient,
  ids: readonly string[],
  field: ProvenanceField,
  filter: { types: readonly string[] | null; period: Period | null; certainOnly: boolean; limit: number },
): Promise<RelationRecord[][]> {
  if (!Object.values(PROVENANCE_FIELDS).includes(field)) throw new Error(`not a provenance list: ${field}`);
  const rows = await graph.read<RelationRow>('statements-by-provenance', {
    ids: [...new Set(ids)],
    field,
    types: filter.types,
    ...periodParameters(filter.period, filter.certainOnly),
    limit: neo4j.int(filter.limit),
  });
  return groupById(ids, rows, filter.period);
}

/** Guarantees of each agreement or of its provisions, in the order of `ids`. */
export async function guaranteesUnder(graph: GraphClient, agreementIds: readonly string[], period: Period | null, certainOnly: boolean): Promise<RelationRecord[][]> {
  const rows = await graph.read<RelationRow>('agreement-guarantees', { ids: [...new Set(agreementIds)], ...periodParameters(period, certainOnly) });
  return groupById(agreementIds, rows, period);
}

export interface RelationPage {
  totalCount: number;
  relations: RelationRecord[];
  hasNextPage: boolean;
}

export async function relationPage(
  graph: GraphClient,
  opts: {
    subject: string | null;
    object: string | null;
    types: readonly string[] | null;
    statuses: readonly string[] | null;
    period: Period | null;
    certainOnly: boolean;
    attribution: Attribution;
    first: number;
    after: string | null;
  },
): Promise<RelationPage> {
  // With an attribution filter the statements come from the provenance index, not from a scan.
  const provenance = provenanceQuery(opts.attribution);
  const [row] = await graph.read<{ totalCount: number; relations: { relation: unknown; subject: unknown; object: unknown; mentioned: unknown }[] }>(provenance ? 'relation-page-by-provenance' : 'relation-page', {
    ...(provenance ? { provenance } : {}),
    subject: opts.subject,
    object: opts.object,
    types: opts.types,
    statuses: opts.statuses,
    ...periodParameters(opts.period, opts.certainOnly),
    after: opts.after,
    limit: neo4j.int(opts.first + 1),
  });
  const all = withCertainty((row?.relations ?? []).map((r) => toRelationRecord(r.relation, r.subject, r.object, r.mentioned)), opts.period);
  return { totalCount: row?.totalCount ?? 0, relations: all.slice(0, opts.first), hasNextPage: all.length > opts.first };
}
