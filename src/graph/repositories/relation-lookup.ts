import { GraphClient } from '../client';
import { PlannedQuery, variant } from '../queries';
import { recordedFill } from '../recorded-time';
import { RelationRecord, toRelationRecord } from './records';

/** relations-by-id for `ids`: an index seek per relationship type, the entities each statement names read with it. */
export function relationsByIdQuery(ids: readonly string[], asRecordedOn: string | null = null): PlannedQuery<'relations-by-id'> {
  return {
    name: variant('relations-by-id', { recorded: recordedFill(asRecordedOn) }),
    params: { ids: [...new Set(ids)], asRecordedOn, mentioned: true },
  };
}

/**
 * Statements by id (relations-by-id: an index seek per relationship type), in the order of `ids`;
 * null where none has the id. The current version of each, or the one recorded at `asRecordedOn`
 * (docs/curation.md).
 */
export async function relationsById(
  graph: GraphClient,
  ids: readonly string[],
  asRecordedOn: string | null = null,
): Promise<(RelationRecord | null)[]> {
  const q = relationsByIdQuery(ids, asRecordedOn);
  const rows = await graph.read(q.name, q.params);
  const byId = new Map(rows.map((row) => [row.id, toRelationRecord(row.relation, row.subject, row.object, row.mentioned)]));
  return ids.map((id) => byId.get(id) ?? null);
}
