import neo4j from 'neo4j-driver';
import { labelOfKind } from '../../model/contract';
import { GraphClient } from '../client';
import { keysetFills, keysetParams, labelFill, PageWindow, pageRows, PlannedQuery, variant } from '../queries';
import { coversWords, fullTextQuery, matchesWholeWords, searchTerms } from '../fulltext';
import { AliasRecord, EntityRecord, toAliasRecord, toEntityRecord } from './records';

export function entitiesByIdQuery(ids: readonly string[]): PlannedQuery<'entities-by-id'> {
  return { name: 'entities-by-id', params: { ids: [...new Set(ids)] } };
}

/**
 * Entities by id, in the order of `ids`; null where no entity has that id. An id merged into
 * another entity (mergeEntities) answers with that entity, as a Wikidata redirect does.
 */
export async function findEntities(graph: GraphClient, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const q = entitiesByIdQuery(ids);
  const rows = await graph.read(q.name, q.params);
  const byId = new Map(rows.map((r) => toEntityRecord(r.entity)).map((e) => [e.id, e]));
  const redirects = [...byId.values()].map((e) => e.mergedInto).filter((t): t is string => typeof t === 'string' && !byId.has(t));
  if (redirects.length) {
    const targets = entitiesByIdQuery(redirects);
    for (const r of await graph.read(targets.name, targets.params)) {
      const e = toEntityRecord(r.entity);
      byId.set(e.id, e);
    }
  }
  const follow = (e: EntityRecord | undefined) => (e && typeof e.mergedInto === 'string' ? (byId.get(e.mergedInto) ?? e) : e);
  return ids.map((id) => follow(byId.get(id)) ?? null);
}

export interface EntityPage {
  entities: EntityRecord[];
  /** Each entity's aliases, when the page was asked to read them. */
  aliases: Map<string, AliasRecord[]> | null;
  /** More entities follow the page in the direction it was read: after it for `first`, before it for `last`. */
  hasMore: boolean;
}

/**
 * The page query: the entity_id index in order, or the entity_kind_id index for one kind, read
 * backward for a `last` page.
 */
export function entityPageQuery(
  opts: { kind: string | null; aliases?: boolean } & PageWindow,
): PlannedQuery<'entity-page' | 'entity-page-of-kind'> {
  const params = { ...keysetParams(opts), aliases: opts.aliases === true };
  const fills = keysetFills('e', opts);
  return opts.kind === null
    ? { name: variant('entity-page', fills), params }
    : { name: variant('entity-page-of-kind', fills), params: { ...params, kind: opts.kind } };
}

/** A keyset page of entities ordered by id; fetches one more to know if more follow. */
export async function entityPage(graph: GraphClient, opts: { kind: string | null; aliases?: boolean } & PageWindow): Promise<EntityPage> {
  const q = entityPageQuery(opts);
  const rows = await graph.read(q.name, q.params);
  const records = rows.map((r) => toEntityRecord(r.entity));
  const page = pageRows(records, opts);
  const aliases = opts.aliases === true ? new Map(records.map((e, i) => [e.id, (rows[i].aliases ?? []).map(toAliasRecord)])) : null;
  return { entities: page.items, aliases, hasMore: page.hasMore };
}

/** The count query: the count store of :Entity, or of the kind's label. */
export function entityCountQuery(kind: string | null): PlannedQuery<'entity-count' | 'entity-count-of-kind'> {
  if (kind === null) return { name: 'entity-count', params: {} };
  const label = labelOfKind(kind);
  if (!label) throw new RangeError(`not a kind of the contract: ${JSON.stringify(kind)}`);
  return { name: variant('entity-count-of-kind', { label: labelFill(label) }), params: {} };
}

/** How many entities (of one kind) there are. */
export async function entityCount(graph: GraphClient, kind: string | null): Promise<number> {
  const q = entityCountQuery(kind);
  const [row] = await graph.read(q.name, q.params);
  return row?.totalCount ?? 0;
}

/** The aliases of each entity, in the order of `ids`. */
export async function aliasesOf(graph: GraphClient, ids: readonly string[]): Promise<AliasRecord[][]> {
  const rows = await graph.read('entity-aliases', { ids: [...new Set(ids)] });
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

/** The search query: the entity_names full-text index, at most max(200, 10 x first) candidates; null when the text has no words. */
export function searchQuery(opts: { text: string; kinds: string[] | null; first: number }): PlannedQuery<'entity-search'> | null {
  const query = fullTextQuery(opts.text);
  if (query === null) return null;
  // Every candidate comes back: searchEntities ranks them by how well the words match, then by kind.
  const candidates = neo4j.int(Math.max(200, opts.first * 10));
  return { name: 'entity-search', params: { query, kinds: opts.kinds, candidates, limit: candidates } };
}

/** Full-text search over names and aliases (index entity_names); null when the text has no words. */
export async function searchEntities(
  graph: GraphClient,
  opts: { text: string; kinds: string[] | null; first: number },
): Promise<SearchResult[] | null> {
  const q = searchQuery(opts);
  if (q === null) return null;
  const rows = await graph.read(q.name, q.params);
  const words = searchTerms(FOLD(opts.text));
  const ranked = rows.map((r) => {
    const entity = toEntityRecord(r.entity);
    const alias = r.alias ? toAliasRecord(r.alias) : null;
    const matched = searchTerms(FOLD(alias?.name ?? entity.name));
    // How well the words match: 0 every word whole, 1 every word as the start of one, 2 a near spelling.
    const match = matchesWholeWords(words, matched) ? 0 : coversWords(words, matched) ? 1 : 2;
    return { result: { entity, score: r.score, alias, approximate: match === 2 }, match, tier: r.tier };
  });
  // Lucene's score favours short names ("Point 3: Russian peacekeeping contingent" over the
  // contingent's longer name), so where the words match equally the kind decides first.
  ranked.sort(
    (a, b) =>
      a.match - b.match || a.tier - b.tier || b.result.score - a.result.score || a.result.entity.id.localeCompare(b.result.entity.id),
  );
  return ranked.slice(0, opts.first).map((r) => r.result);
}
