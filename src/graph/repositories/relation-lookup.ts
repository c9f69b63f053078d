import { GraphClient } from '../client';
import { variant } from '../queries';
import { recordedFill } from '../recorded-time';
import { RelationRecord, toRelationRecord } from './records';

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
  const rows = await graph.read(variant('relations-by-id', { recorded: recordedFill(asRecordedOn) }), {
    ids: [...new Set(ids)],
    asRecordedOn,
  });
  const byId = new Map(rows.map((row) => [row.id, toRelationRecord(row.relation, row.subject, row.object, row.mentioned)]));
  return ids.map((id) => byId.get(id) ?? null);
}
