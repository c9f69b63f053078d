import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ProvenanceField } from '../../graph/repositories/relations';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { Entity } from '../entities/entity.interface';
import { Source } from '../entities/source.type';
import { provenanceLoader } from '../loaders';
import { AsOfArgs, dateFilterOf } from './as-of.args';
import { NESTED_RELATION_LIMIT } from './relation-limits';
import { nestedLimit } from './relation-list.args';
import { checkRelationTypes } from './relation-types';
import { Relation } from './relation.type';
import { RelationType } from './statement.enums';

/**
 * Statements seen from who stands behind them: what an entity asserts, supports or disputes, and
 * what a source is cited for. Read through the full-text index statement_provenance, so asking
 * costs one index lookup per entity, however many statements the graph holds.
 */
async function byProvenance(ctx: Context, id: string, field: ProvenanceField, args: ProvenanceListArgs): Promise<RelationRecord[]> {
  const { period, certainOnly } = dateFilterOf(args);
  return provenanceLoader(ctx, field, { types: checkRelationTypes(args.types ?? null), period, certainOnly, first: nestedLimit(args.first) }).load(id);
}

/** The arguments of every provenance list: the dates of AsOfArgs, the types and how many. */
@ArgsType()
class ProvenanceListArgs extends AsOfArgs {
  @Field(() => [RelationType], { nullable: true, description: 'Only statements of these types (all when omitted).' })
  types?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: NESTED_RELATION_LIMIT.default,
    description: `At most this many, by start date then id (default ${NESTED_RELATION_LIMIT.default}, at most ${NESTED_RELATION_LIMIT.max}).`,
  })
  first!: number;
}

@Resolver(() => Entity)
export class EntityProvenanceResolver {
  @FieldResolver(() => [Relation], { description: 'Statements it asserts (it is in their assertedBy), such as who recognizes a territory as whose.' })
  asserts(
    @Ctx() ctx: Context,
    @Root() entity: EntityRecord,
    @Args(() => ProvenanceListArgs) args: ProvenanceListArgs,
  ): Promise<RelationRecord[]> {
    return byProvenance(ctx, entity.id, 'assertedBy', args);
  }

  @FieldResolver(() => [Relation], {
    description: 'Statements it supports without asserting them (supportedBy, Wikidata "statement supported by"): the Russian MoD partly supports Armenia\'s allegation A7.',
  })
  supports(
    @Ctx() ctx: Context,
    @Root() entity: EntityRecord,
    @Args(() => ProvenanceListArgs) args: ProvenanceListArgs,
  ): Promise<RelationRecord[]> {
    return byProvenance(ctx, entity.id, 'supportedBy', args);
  }

  @FieldResolver(() => [Relation], { description: 'Statements it disputes (disputedBy, Wikidata "statement disputed by").' })
  disputes(
    @Ctx() ctx: Context,
    @Root() entity: EntityRecord,
    @Args(() => ProvenanceListArgs) args: ProvenanceListArgs,
  ): Promise<RelationRecord[]> {
    return byProvenance(ctx, entity.id, 'disputedBy', args);
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => [Relation], { description: 'The statements that cite it (their sources include it; Wikidata "stated in").' })
  cites(
    @Ctx() ctx: Context,
    @Root() source: EntityRecord,
    @Args(() => ProvenanceListArgs) args: ProvenanceListArgs,
  ): Promise<RelationRecord[]> {
    return byProvenance(ctx, source.id, 'sources', args);
  }
}
