import neo4j from 'neo4j-driver';
import { GraphClient } from '../client';
import { RelationRecord, toRelationRecord } from './records';

export interface RelationFilter {
  /** Contract relationship types (checked by the caller); null for every type. */
  types: readonly string[] | null;
  direction: 'OUTGOING' | 'INCOMING' | 'BOTH';
  /** YYYY-MM-DD: only statements valid that day (half-open [validFrom, validTo)). */
  asOf: string | null;
  /** YYYY-MM-DD: only statements whose validFrom is that day. */
  on: string | null;
  /** ISO DateTime: the statement versions recorded then (docs/curation.md); null for the current ones. */
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

/** The statements of each entity in `ids` that pass the filter, in the order of `ids`. */
export async function relationsOf(graph: GraphClient, ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
  const rows = await graph.read<RelationRow>('relations-of-entities', {
    ids: [...new Set(ids)],
    types: filter.types,
    direction: filter.direction,
    asOf: filter.asOf,
    on: filter.on,
    asRecordedOn: filter.asRecordedOn ?? null,
  });
  return groupById(ids, rows);
}

/** Guarantees of each agreement or of its provisions, in the order of `ids`. */
export async function guaranteesUnder(graph: GraphClient, agreementIds: readonly string[], asOf: string | null, asRecordedOn: string | null = null): Promise<RelationRecord[][]> {
  const rows = await graph.read<RelationRow>('agreement-guarantees', { ids: [...new Set(agreementIds)], asOf, asRecordedOn });
  return groupById(agreementIds, rows);
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
    asOf: string | null;
    first: number;
    after: string | null;
  },
): Promise<RelationPage> {
  const [row] = await graph.read<{ totalCount: number; relations: { relation: unknown; subject: unknown; object: unknown; mentioned: unknown }[] }>('relation-page', {
    subject: opts.subject,
    object: opts.object,
    types: opts.types,
    statuses: opts.statuses,
    asOf: opts.asOf,
    after: opts.after,
    limit: neo4j.int(opts.first + 1),
  });
  const all = (row?.relations ?? []).map((r) => toRelationRecord(r.relation, r.subject, r.object, r.mentioned));
  return { totalCount: row?.totalCount ?? 0, relations: all.slice(0, opts.first), hasNextPage: all.length > opts.first };
}
