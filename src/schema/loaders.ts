import DataLoader from 'dataloader';
import { aliasesOf, findEntities } from '../graph/repositories/entities';
import { AliasRecord, EntityRecord, RelationRecord } from '../graph/repositories/records';
import { guaranteesUnder, ProvenanceField, RelationFilter, relationsOf, statementsByProvenance } from '../graph/repositories/relations';
import { Period } from '../model/validity';
import { Context, loader } from './context';

/**
 * The request's DataLoaders. Each turns the many `load(id)` calls that one level of a GraphQL
 * response makes into one batched named query (UNWIND $ids), so the number of Cypher queries per
 * request grows with the depth of the query, not with the number of items returned.
 */
export function entityLoader(ctx: Context): DataLoader<string, EntityRecord | null> {
  return loader(ctx, 'entity', () => new DataLoader<string, EntityRecord | null>((ids) => findEntities(ctx.graph, ids)));
}

/** Entities by id, skipping ids that match no entity (a dangling reference is not an error here). */
export async function entitiesByIds(ctx: Context, ids: readonly string[]): Promise<EntityRecord[]> {
  if (ids.length === 0) return [];
  const found = await entityLoader(ctx).loadMany([...ids]);
  return found.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

/**
 * Statements arrive with their subject, object and the entities their provenance and provision
 * name; caching those (and null for ids that match nothing) lets assertedBy, disputedBy,
 * supportedBy, sources and provision answer without a query. Ends read by name only
 * (`wholeEnds` false: a pruned projection, src/graph/queries.ts) are not cached.
 */
export function primeFromRelations(ctx: Context, relations: RelationRecord[], wholeEnds = true): void {
  const l = entityLoader(ctx);
  for (const r of relations) {
    if (wholeEnds) for (const e of [r.subject, r.object]) l.prime(e.id, e);
    for (const e of r.mentioned ?? []) l.prime(e.id, e);
    // Read with its mentioned entities, an id that is not among them matches no entity: cache that too.
    if (r.mentioned === null) continue;
    for (const id of [...r.assertedByIds, ...r.disputedByIds, ...r.supportedByIds, ...r.sourceIds]) l.prime(id, null);
    if (r.provisionId) l.prime(r.provisionId, null);
  }
}

export function aliasLoader(ctx: Context): DataLoader<string, AliasRecord[]> {
  return loader(ctx, 'aliases', () => new DataLoader<string, AliasRecord[]>((ids) => aliasesOf(ctx.graph, ids)));
}

function primed(ctx: Context, lists: RelationRecord[][], wholeEnds = true): RelationRecord[][] {
  primeFromRelations(ctx, lists.flat(), wholeEnds);
  return lists;
}

/** Statements of entities, one loader per filter (a field asked with two asOf dates is two batches). */
export function relationLoader(ctx: Context, filter: RelationFilter): DataLoader<string, RelationRecord[]> {
  const name = `relations:${JSON.stringify([filter.direction, filter.types, filter.period, filter.certainOnly, filter.on, filter.first, filter.attribution, filter.includeParts, filter.mentioned ?? true, filter.asRecordedOn ?? null, filter.projection ?? null])}`;
  return loader(
    ctx,
    name,
    () =>
      new DataLoader<string, RelationRecord[]>(async (ids) =>
        primed(ctx, await relationsOf(ctx.graph, ids, filter), (filter.projection?.ends ?? 'all') === 'all'),
      ),
  );
}

export function agreementGuaranteeLoader(
  ctx: Context,
  period: Period | null,
  certainOnly: boolean,
  first: number,
  asRecordedOn: string | null = null,
): DataLoader<string, RelationRecord[]> {
  return loader(
    ctx,
    `agreement-guarantees:${JSON.stringify([period, certainOnly, first, asRecordedOn])}`,
    () =>
      new DataLoader<string, RelationRecord[]>(async (ids) =>
        primed(ctx, await guaranteesUnder(ctx.graph, ids, period, certainOnly, first, asRecordedOn)),
      ),
  );
}

/** Statements that name each entity in one provenance list (asserts, supports, disputes, cites), through the provenance index. */
export function provenanceLoader(
  ctx: Context,
  field: ProvenanceField,
  filter: { types: readonly string[] | null; period: Period | null; certainOnly: boolean; first: number; asRecordedOn?: string | null },
): DataLoader<string, RelationRecord[]> {
  return loader(
    ctx,
    `provenance:${JSON.stringify([field, filter])}`,
    () => new DataLoader<string, RelationRecord[]>(async (ids) => primed(ctx, await statementsByProvenance(ctx.graph, ids, field, filter))),
  );
}
