import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { entityCount, entityPage, searchEntities } from '../../graph/repositories/entities';
import { AliasRecord, EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { notFound, userError } from '../errors';
import { aliasLoader, entityLoader, relationLoader, entitiesByIds } from '../loaders';
import { pageSize } from '../pagination/cursor';
import { ConnectionArgs, connectionOf, pageWindow } from '../pagination/connection';
import { PageWindow } from '../../graph/queries';
import { ALIAS_FIELDS, selectsAny, statementReads } from '../lookahead';
import { nestedLimit, RelationListArgs } from '../relations/relation-list.args';
import { dateFilterOf } from '../relations/as-of.args';
import { AttributionArgs, attributionOf } from '../relations/statement-filter.args';
import { ExistenceDate } from './existence-date.type';
import { Relation } from '../relations/relation.type';
import { RelationDirection, RelationDirectionValue, RelationType } from '../relations/statement.enums';
import { checkRelationTypes } from '../relations/relation-types';
import { prefetchRelationFields } from '../relations/relation-field.resolver';
import { Alias } from './alias.type';
import { EntityConnection } from './entity.connection';
import { Entity } from './entity.interface';
import { EntityKind } from './entity-kind.enum';
import { SearchHit } from './search-hit.type';

const MAX_SEARCH_LENGTH = 200;

/** A stored text property, or `absent` when the entity has none. */
function textOr<T extends string | null>(value: unknown, absent: T): string | T {
  return typeof value === 'string' ? value : absent;
}

/** An entity's existence date (foundedOn or dissolvedOn and its prefixed qualifiers), or null. */
async function existenceDate(ctx: Context, entity: EntityRecord, prefix: 'foundedOn' | 'dissolvedOn'): Promise<ExistenceDate | null> {
  const date = entity[prefix];
  if (typeof date !== 'string') return null;
  const ids = (key: string): string[] => (Array.isArray(entity[prefix + key]) ? (entity[prefix + key] as unknown[]).map(String) : []);
  const [assertedBy, disputedBy, sources] = await Promise.all([
    entitiesByIds(ctx, ids('AssertedBy')),
    entitiesByIds(ctx, ids('DisputedBy')),
    entitiesByIds(ctx, ids('Sources')),
  ]);
  return {
    date,
    precision: textOr(entity[`${prefix}Precision`], 'DAY'),
    status: textOr(entity[`${prefix}Status`], 'UNCONTESTED'),
    confidence: textOr(entity[`${prefix}Confidence`], 'CONFIRMED'),
    assertedBy,
    disputedBy,
    sources: sources.filter((s) => s.kind === 'SOURCE'),
    note: textOr(entity[`${prefix}Note`], null),
  };
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'The entity with this id. An unknown id is a NOT_FOUND error.' })
  async entity(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The entity id, such as nagorno-karabakh.' }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord> {
    prefetchRelationFields(ctx, info, id);
    const entity = await entityLoader(ctx).load(id);
    if (!entity) throw notFound(`No entity has the id "${id}". Find ids with search(text:) or entities(kind:).`, { id });
    return entity;
  }

  @Query(() => EntityConnection, {
    description:
      'Entities, optionally of one kind, ordered by id, a page at a time (Relay cursor connection: first/after forward, last/before backward).',
  })
  async entities(
    @Ctx() ctx: Context,
    @Arg('kind', () => EntityKind, { nullable: true, description: 'Only entities of this kind.' }) kind: string | null,
    @Args(() => ConnectionArgs) pageArgs: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityConnection> {
    const window = pageWindow('entities', pageArgs);
    const read = (w: PageWindow, aliases = false) => entityPage(ctx.graph, { kind: kind ?? null, aliases, ...w });
    // The aliases come with the page when the request selects them (one query, not two).
    const page = await read(window, selectsAny(info, ALIAS_FIELDS));
    if (page.aliases) for (const [id, list] of page.aliases) aliasLoader(ctx).prime(id, list);
    const { edges, pageInfo } = connectionOf(
      'entities',
      window,
      { items: page.entities, hasMore: page.hasMore },
      async (w) => (await read(w)).hasMore,
    );
    return {
      edges,
      pageInfo,
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
    @Arg('text', () => String, { description: 'Words to look for, as a person would type them; query syntax is not interpreted.' })
    text: string,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only entities of these kinds.' }) kinds: string[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'How many hits, at most 100 (default 10).' }) first: number,
  ): Promise<SearchHit[]> {
    if (text.length > MAX_SEARCH_LENGTH)
      throw userError(`text is ${text.length} characters long; search with at most ${MAX_SEARCH_LENGTH}.`, { argument: 'text' });
    const results = await searchEntities(ctx.graph, { text, kinds: kinds?.length ? kinds : null, first: pageSize(first) });
    if (results === null) throw userError('text has no word to search for: give a name, such as "Stepanakert".', { argument: 'text' });
    return results.map((r) => ({
      entity: r.entity,
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
    description:
      'All its statements, or those of some types, on either side or one; the specific fields (controlledBy, controls, parties ...) read the same statements.',
  })
  relations(
    @Ctx() ctx: Context,
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only statements of these types (all when omitted).' })
    types: string[] | null,
    @Arg('direction', () => RelationDirection, {
      nullable: true,
      defaultValue: 'BOTH',
      description: 'OUTGOING: the entity is the subject; INCOMING: the object; BOTH (default).',
    })
    direction: RelationDirectionValue,
    @Args(() => RelationListArgs) args: RelationListArgs,
    @Args(() => AttributionArgs) attribution: AttributionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationRecord[]> {
    const dates = dateFilterOf(args);
    return relationLoader(ctx, {
      types: checkRelationTypes(types),
      direction,
      ...dates,
      on: null,
      first: nestedLimit(args.first),
      attribution: attributionOf(attribution),
      includeParts: false,
      ...statementReads(info, dates.period),
    }).load(entity.id);
  }

  @FieldResolver(() => ExistenceDate, {
    nullable: true,
    description:
      'When it began to exist (inception, Wikidata P571), with precision, status and sources; null when the graph does not record it.',
  })
  foundedOn(@Ctx() ctx: Context, @Root() entity: EntityRecord): Promise<ExistenceDate | null> {
    return existenceDate(ctx, entity, 'foundedOn');
  }

  @FieldResolver(() => ExistenceDate, {
    nullable: true,
    description:
      'When it ceased to exist (dissolution, Wikidata P576): the first day it no longer existed, with precision, status and sources, so a disputed dissolution shows as DISPUTED with who disputes it. Null when not recorded.',
  })
  dissolvedOn(@Ctx() ctx: Context, @Root() entity: EntityRecord): Promise<ExistenceDate | null> {
    return existenceDate(ctx, entity, 'dissolvedOn');
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
