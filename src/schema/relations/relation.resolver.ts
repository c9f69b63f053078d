import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Attribution, relationCount, relationPage } from '../../graph/repositories/relations';
import { Context } from '../context';
import { notFound } from '../errors';
import { entitiesByIds, entityLoader, primeFromRelations } from '../loaders';
import { ConnectionArgs, connectionOf, pageWindow } from '../pagination/connection';
import { statementReads } from '../lookahead';
import { AsOfArgs, dateFilterOf } from './as-of.args';
import { AttributionArgs, attributionOf } from './statement-filter.args';
import { Entity } from '../entities/entity.interface';
import { Provision } from '../entities/provision.type';
import { Source } from '../entities/source.type';
import { RelationConnection } from './relation.connection';
import { checkRelationTypes } from './relation-types';
import { Relation } from './relation.type';
import { RelationType, StatementStatus } from './statement.enums';

/** The ids an attribution filter names (null where it has none). */
function attributionIds({ assertedBy, supportedBy, disputedBy, source }: Attribution): (string | null)[] {
  return [assertedBy, supportedBy, disputedBy, source];
}

@Resolver(() => Relation)
export class RelationResolver {
  @Query(() => RelationConnection, {
    description:
      'Statements between entities, filtered by subject, object, type, status, the day or period they hold in, and who asserts, supports or disputes them or which source they cite, ordered by id, a page at a time (Relay cursor connection: first/after forward, last/before backward).',
  })
  async relations(
    @Ctx() ctx: Context,
    @Arg('subject', () => ID, { nullable: true, description: 'Only statements whose subject has this id.' }) subject: string | null,
    @Arg('object', () => ID, { nullable: true, description: 'Only statements whose object has this id.' }) object: string | null,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only statements of these types (all when omitted).' })
    types: string[] | null,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Args(() => AttributionArgs) attributionArgs: AttributionArgs,
    @Arg('status', () => [StatementStatus], { nullable: true, description: 'Only statements with one of these statuses.' })
    status: string[] | null,
    @Args(() => ConnectionArgs) pageArgs: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationConnection> {
    const dateFilter = dateFilterOf(dates);
    const filter = {
      subject: subject ?? null,
      object: object ?? null,
      types: checkRelationTypes(types),
      statuses: status?.length ? status : null,
      ...dateFilter,
      attribution: attributionOf(attributionArgs),
      ...statementReads(info, dateFilter.period),
    };
    const window = pageWindow('relations', pageArgs);
    // A statement on the page proves its subject and object exist, so only an empty page asks for
    // them (one Cypher query per request in the common case); attribution ids are checked alongside.
    const [page] = await Promise.all([relationPage(ctx.graph, filter, window), this.mustExist(ctx, attributionIds(filter.attribution))]);
    if (page.relations.length === 0) await this.mustExist(ctx, [filter.subject, filter.object]);
    // Ends read by name only are not whole entities: they must not answer another field's lookup.
    primeFromRelations(ctx, page.relations, filter.projection.ends === 'all');
    const { edges, pageInfo } = connectionOf(
      'relations',
      window,
      { items: page.relations, hasMore: page.hasMore },
      async (w) => (await relationPage(ctx.graph, { ...filter, mentioned: false, projection: { parts: [], ends: 'names' } }, w)).hasMore,
    );
    return {
      edges,
      pageInfo,
      totalCount: 0,
      countAll: () => relationCount(ctx.graph, filter),
    };
  }

  /** An unknown subject or object id is a mistake worth saying, not an empty list. */
  private async mustExist(ctx: Context, ids: (string | null)[]): Promise<void> {
    const wanted = ids.filter((id): id is string => id !== null);
    const found = await entityLoader(ctx).loadMany(wanted);
    const missing = wanted.find((_, i) => !found[i] || found[i] instanceof Error);
    if (missing !== undefined)
      throw notFound(`No entity has the id "${missing}". Find ids with search(text:) or entities(kind:).`, { id: missing });
  }

  @FieldResolver(() => Entity, { description: 'Who or what the statement is about (where the relationship starts).' })
  subject(@Root() relation: RelationRecord): EntityRecord {
    return relation.subject;
  }

  @FieldResolver(() => Entity, { description: 'The other end of the statement (where the relationship ends).' })
  object(@Root() relation: RelationRecord): EntityRecord {
    return relation.object;
  }

  @FieldResolver(() => Entity, {
    nullable: true,
    description:
      "With includeParts: the part of the actor asked about (a ministry, body or force, following PART_OF on the date asked) whose statement this is; null when it is the actor's own.",
  })
  viaPart(@Root() relation: RelationRecord): EntityRecord | null {
    return relation.viaPart ?? null;
  }

  @FieldResolver(() => [Entity], { description: 'Who asserts the statement (for RECOGNIZED_AS_PART_OF: who recognizes it).' })
  assertedBy(@Ctx() ctx: Context, @Root() relation: RelationRecord): Promise<EntityRecord[]> {
    return entitiesByIds(ctx, relation.assertedByIds);
  }

  @FieldResolver(() => [Entity], { description: 'Who disputes the statement (Wikidata: "disputed by").' })
  disputedBy(@Ctx() ctx: Context, @Root() relation: RelationRecord): Promise<EntityRecord[]> {
    return entitiesByIds(ctx, relation.disputedByIds);
  }

  @FieldResolver(() => [Entity], { description: 'Who supports or corroborates the statement without asserting it themselves.' })
  supportedBy(@Ctx() ctx: Context, @Root() relation: RelationRecord): Promise<EntityRecord[]> {
    return entitiesByIds(ctx, relation.supportedByIds);
  }

  @FieldResolver(() => Provision, {
    nullable: true,
    description:
      'The clause of an agreement the statement rests on, such as point 6 of the 2020 trilateral statement for Azerbaijan\'s guarantee of the Lachin corridor (Wikidata: "statement is subject of"); null when none is recorded.',
  })
  async provision(@Ctx() ctx: Context, @Root() relation: RelationRecord): Promise<EntityRecord | null> {
    if (!relation.provisionId) return null;
    const clause = await entityLoader(ctx).load(relation.provisionId);
    return clause?.kind === 'PROVISION' ? clause : null;
  }

  @FieldResolver(() => [Source], { description: 'The sources that state it (Wikidata: "stated in").' })
  async sources(@Ctx() ctx: Context, @Root() relation: RelationRecord): Promise<EntityRecord[]> {
    return (await entitiesByIds(ctx, relation.sourceIds)).filter((e) => e.kind === 'SOURCE');
  }
}

/** totalCount of a page of statements: one count query, only when the field is asked for. */
@Resolver(() => RelationConnection)
export class RelationConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: RelationConnection): Promise<number> {
    return connection.countAll();
  }
}
