import { GraphClient } from '../client';
import { RelationRecord, toRelationRecord } from './records';

type RelationByIdRow = { id: string; relation: unknown; subject: unknown; object: unknown; mentioned: unknown };

/** Statements by id (relations-by-id: an index seek per relationship type), in the order of `ids`; null where none has the id. */
export async function relationsById(graph: GraphClient, ids: readonly string[]): Promise<(RelationRecord | null)[]> {
  const rows = await graph.read<RelationByIdRow>('relations-by-id', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id, toRelationRecord(row.relation, row.subject, row.object, row.mentioned)]));
  return ids.map((id) => byId.get(id) ?? null);
}
