import neo4j from 'neo4j-driver';
import { GraphClient } from '../client';
import { coversWords, fullTextQuery, searchWords } from '../fulltext';
import { AliasRecord, EntityRecord, toAliasRecord, toEntityRecord } from './records';

/**
 * Entities by id, in the order of `ids`; null where no entity has that id. An id merged into
 * another entity (mergeEntities) answers with that entity, as a Wikidata redirect does.
 */
export async function findEntities(graph: GraphClient, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await graph.read<{ entity: unknown }>('entities-by-id', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => toEntityRecord(r.entity)).map((e) => [e.id, e]));
  const redirects = [...byId.values()].map((e) => e.mergedInto).filter((t): t is string => typeof t === 'string' && !byId.has(t));
  if (redirects.length) {
    const targets = await graph.read<{ entity: unknown }>('entities-by-id', { ids: [...new Set(redirects)] });
    for (const e of targets.map((r) => toEntityRecord(r.entity))) byId.set(e.id, e);
  }
  const follow = (e: EntityRecord | undefined) => (e && typeof e.mergedInto === 'string' ? byId.get(e.mergedInto) ?? e : e);
  return ids.map((id) => follow(byId.get(id)) ?? null);
}

export interface EntityPage {
  totalCount: number;
  entities: EntityRecord[];
  hasNextPage: boolean;
}

/** `first` entities after the id `after`, ordered by id; fetches one more to know if a next page exists. */
export async function entityPage(graph: GraphClient, opts: { kind: string | null; first: number; after: string | null }): Promise<EntityPage> {
  const [row] = await graph.read<{ totalCount: number; entities: unknown[] }>('entity-page', {
    kind: opts.kind,
    after: opts.after,
    limit: neo4j.int(opts.first + 1),
  });
  const all = (row?.entities ?? []).map(toEntityRecord);
  return { totalCount: row?.totalCount ?? 0, entities: all.slice(0, opts.first), hasNextPage: all.length > opts.first };
}

/** The aliases of each entity, in the order of `ids`. */
export async function aliasesOf(graph: GraphClient, ids: readonly string[]): Promise<AliasRecord[][]> {
  const rows = await graph.read<{ id: string; aliases: unknown[] }>('entity-aliases', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [r.id, r.aliases.map(toAliasRecord)]));
  return ids.map((id) => byId.get(id) ?? []);
}

export interface SearchResult {
  entity: EntityRecord;
  score: number;
  /** The alias that matched best; null when the entity's own name did. */
  alias: AliasRecord | null;
  /** Some searched word is neither a word of the matched name nor the start of one: a near spelling found it. */
  approximate: boolean;
}

const FOLD = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Full-text search over names and aliases (index entity_names); null when the text has no words. */
export async function searchEntities(
  graph: GraphClient,
  opts: { text: string; kinds: string[] | null; first: number },
): Promise<SearchResult[] | null> {
  const query = fullTextQuery(opts.text);
  if (query === null) return null;
  const rows = await graph.read<{ entity: unknown; alias: unknown; score: number }>('entity-search', {
    query,
    kinds: opts.kinds,
    candidates: neo4j.int(Math.max(200, opts.first * 10)),
    limit: neo4j.int(opts.first),
  });
  const words = searchWords(FOLD(opts.text));
  return rows.map((r) => {
    const entity = toEntityRecord(r.entity);
    const alias = r.alias ? toAliasRecord(r.alias) : null;
    const matched = searchWords(FOLD(alias?.name ?? entity.name));
    return { entity, score: r.score, alias, approximate: !coversWords(words, matched) };
  });
}
