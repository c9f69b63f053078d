import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { entityCount, entityPage, searchEntities } from '../../graph/repositories/entities';
import { AliasRecord, EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { notFound, userError } from '../errors';
import { aliasLoader, entityLoader, relationLoader } from '../loaders';
import { decodeCursor, encodeCursor, pageSize } from '../pagination/cursor';
import { nestedLimit, RelationListArgs } from '../relations/relation-list.args';
import { recordedOn } from '../relations/as-of.args';
import { Relation } from '../relations/relation.type';
import { RelationDirection, RelationDirectionValue, RelationType } from '../relations/statement.enums';
import { checkRelationTypes } from '../relations/relation-types';
import { Alias } from './alias.type';
import { EntityConnection } from './entity.connection';
import { Entity } from './entity.interface';
import { EntityKind } from './entity-kind.enum';
import { SearchHit } from './search-hit.type';

const MAX_SEARCH_LENGTH = 200;

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'The entity with this id. An unknown id is a NOT_FOUND error.' })
  async entity(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The entity id, such as nagorno-karabakh.' }) id: string): Promise<EntityRecord> {
    const entity = await entityLoader(ctx).load(id);
    if (!entity) throw notFound(`No entity has the id "${id}". Find ids with search(text:) or entities(kind:).`, { id });
    return entity;
  }

  @Query(() => EntityConnection, { description: 'Entities, optionally of one kind, ordered by id, a page at a time (Relay cursor connection).' })
  async entities(
    @Ctx() ctx: Context,
    @Arg('kind', () => EntityKind, { nullable: true, description: 'Only entities of this kind.' }) kind: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100 (default 20).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the item to continue after (pageInfo.endCursor of the previous page).' }) after: string | null,
  ): Promise<EntityConnection> {
    const page = await entityPage(ctx.graph, { kind: kind ?? null, first: pageSize(first), after: decodeCursor('entities', after) });
    const edges = page.entities.map((e) => ({ cursor: encodeCursor('entities', e.id), node: e }));
    return {
      edges: edges as unknown as EntityConnection['edges'],
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: 0,
      countAll: () => entityCount(ctx.graph, kind ?? null),
    };
  }

  @Query(() => [SearchHit], {
    description:
      'Finds entities by name or alias, in every stored language and script, best match first. Whole words rank first, then words that start with what was typed ("Lach" finds Lachin), then near spellings; known misspellings (such as "Arksakh") are found too. Each hit says which name matched. The explorer\'s search box uses it.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('text', () => String, { description: 'Words to look for, as a person would type them; query syntax is not interpreted.' }) text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only entities of these kinds.' }) kinds: string[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'How many hits, at most 100 (default 10).' }) first: number,
  ): Promise<SearchHit[]> {
    if (text.length > MAX_SEARCH_LENGTH) throw userError(`text is ${text.length} characters long; search with at most ${MAX_SEARCH_LENGTH}.`, { argument: 'text' });
    const results = await searchEntities(ctx.graph, { text, kinds: kinds?.length ? kinds : null, first: pageSize(first) });
    if (results === null) throw userError('text has no word to search for: give a name, such as "Stepanakert".', { argument: 'text' });
    return results.map((r) => ({
      entity: r.entity as unknown as Entity,
      score: r.score,
      matchedName: r.alias?.name ?? r.entity.name,
      language: r.alias?.language ?? null,
      alias: r.alias,
      misspelling: r.alias?.misspelling ?? false,
      approximate: r.approximate,
    }));
  }

  @FieldResolver(() => [Alias], { description: 'Its other names in every stored language, including known misspellings (flagged).' })
  aliases(@Ctx() ctx: Context, @Root() entity: EntityRecord): Promise<AliasRecord[]> {
    return aliasLoader(ctx).load(entity.id);
  }

  @FieldResolver(() => [Relation], {
    description: 'All its statements, or those of some types, on either side or one; the specific fields (controlledBy, controls, parties ...) read the same statements.',
  })
  relations(
    @Ctx() ctx: Context,
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only statements of these types (all when omitted).' }) types: string[] | null,
    @Arg('direction', () => RelationDirection, { nullable: true, defaultValue: 'BOTH', description: 'OUTGOING: the entity is the subject; INCOMING: the object; BOTH (default).' })
    direction: RelationDirectionValue,
    @Args(() => RelationListArgs) { asOf, first, asRecordedOn }: RelationListArgs,
  ): Promise<RelationRecord[]> {
    return relationLoader(ctx, { types: checkRelationTypes(types), direction, asOf: asOf ?? null, on: null, first: nestedLimit(first), asRecordedOn: recordedOn(asRecordedOn) }).load(entity.id);
  }
}

/** totalCount of a page of entities: one count query, only when the field is asked for. */
@Resolver(() => EntityConnection)
export class EntityConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: EntityConnection): Promise<number> {
    return connection.countAll();
  }
}
