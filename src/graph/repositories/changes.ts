import neo4j from 'neo4j-driver';
import { GraphClient } from '../client';
import { ChangeRecord, RelationRecord, toChangeRecord, toRelationRecord } from './records';

export interface ChangePage {
  changes: ChangeRecord[];
  hasNextPage: boolean;
}

/**
 * Changes after seq `afterSeq`, oldest first. `since` becomes a lower bound on seq (one index
 * lookup on Change.at), so the page itself is always a range on seq; `entity` reads the entity's
 * CHANGED relationships instead of the whole log.
 */
export async function changesPage(
  graph: GraphClient,
  opts: { since: string | null; entity: string | null; afterSeq: number; first: number },
): Promise<ChangePage> {
  let after = opts.afterSeq;
  if (opts.since !== null) {
    const [first] = await graph.read('change-seq-since', { since: opts.since });
    if (!first) return { changes: [], hasNextPage: false };
    after = Math.max(after, first.seq - 1);
  }
  const params = { after: neo4j.int(after), limit: neo4j.int(opts.first + 1) };
  const rows =
    opts.entity === null
      ? await graph.read('changes-page', params)
      : await graph.read('changes-of-entity', { ...params, entity: opts.entity });
  const all = rows.map((r) => toChangeRecord(r.change));
  return { changes: all.slice(0, opts.first), hasNextPage: all.length > opts.first };
}

/** Every version of statement `id`, oldest first (empty when no statement has that id). */
export async function statementVersions(graph: GraphClient, id: string): Promise<RelationRecord[]> {
  const rows = await graph.read('statement-versions', { id });
  return rows.map((r) => toRelationRecord(r.relation, r.subject, r.object));
}
