import neo4j from 'neo4j-driver';
import { certaintyIn, Period } from '../../model/validity';
import { GraphClient } from '../client';
import { RelationRecord, toRelationRecord } from './records';

/** The date parameters of every statement query (src/model/validity.ts: HOLDS_IN_PERIOD). */
export function periodParameters(period: Period | null, certainOnly: boolean): { periodFrom: string | null; periodTo: string | null; certainOnly: boolean } {
  return { periodFrom: period?.from ?? null, periodTo: period?.to ?? null, certainOnly: period !== null && certainOnly };
}

/** Marks each statement CERTAIN or POSSIBLE for the period asked (null without one). */
export function withCertainty(records: RelationRecord[], period: Period | null): RelationRecord[] {
  for (const r of records) r.certainty = period ? certaintyIn(r, period) : null;
  return records;
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
}

type RelationRow = { id: string; relation: unknown; subject: unknown; object: unknown; mentioned: unknown };

function groupById(ids: readonly string[], rows: RelationRow[], period: Period | null): RelationRecord[][] {
  const byId = new Map<string, RelationRecord[]>();
  for (const row of rows) {
    const list = byId.get(row.id) ?? [];
    list.push(...withCertainty([toRelationRecord(row.relation, row.subject, row.object, row.mentioned)], period));
    byId.set(row.id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** The statements of each entity in `ids` that pass the filter, in the order of `ids`. */
export async function relationsOf(graph: GraphClient, ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
  const rows = await graph.read<RelationRow>('relations-of-entities', {
    ids: [...new Set(ids)],
    types: filter.types,
    direction: filter.direction,
    ...periodParameters(filter.period, filter.certainOnly),
    on: filter.on,
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
    first: number;
    after: string | null;
  },
): Promise<RelationPage> {
  const [row] = await graph.read<{ totalCount: number; relations: { relation: unknown; subject: unknown; object: unknown; mentioned: unknown }[] }>('relation-page', {
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
