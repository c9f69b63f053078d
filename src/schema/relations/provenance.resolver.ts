import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
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
async function byProvenance(ctx: Context, id: string, field: ProvenanceField, types: string[] | null, dates: AsOfArgs, first: number): Promise<RelationRecord[]> {
  const { period, certainOnly, asRecordedOn } = dateFilterOf(dates);
  return provenanceLoader(ctx, field, { types: checkRelationTypes(types), period, certainOnly, first: nestedLimit(first), asRecordedOn }).load(id);
}

const TYPES = { nullable: true, description: 'Only statements of these types (all when omitted).' };
const FIRST = { nullable: true, defaultValue: NESTED_RELATION_LIMIT.default, description: `At most this many, by start date then id (default ${NESTED_RELATION_LIMIT.default}, at most ${NESTED_RELATION_LIMIT.max}).` };

@Resolver(() => Entity)
export class EntityProvenanceResolver {
  @FieldResolver(() => [Relation], { description: 'Statements it asserts (it is in their assertedBy), such as who recognizes a territory as whose.' })
  asserts(
    @Ctx() ctx: Context,
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationType], TYPES) types: string[] | null,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<RelationRecord[]> {
    return byProvenance(ctx, entity.id, 'assertedBy', types, dates, first);
  }

  @FieldResolver(() => [Relation], {
    description: 'Statements it supports without asserting them (supportedBy, Wikidata "statement supported by"): the Russian MoD partly supports Armenia\'s allegation A7.',
  })
  supports(
    @Ctx() ctx: Context,
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationType], TYPES) types: string[] | null,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<RelationRecord[]> {
    return byProvenance(ctx, entity.id, 'supportedBy', types, dates, first);
  }

  @FieldResolver(() => [Relation], { description: 'Statements it disputes (disputedBy, Wikidata "statement disputed by").' })
  disputes(
    @Ctx() ctx: Context,
    @Root() entity: EntityRecord,
    @Arg('types', () => [RelationType], TYPES) types: string[] | null,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<RelationRecord[]> {
    return byProvenance(ctx, entity.id, 'disputedBy', types, dates, first);
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => [Relation], { description: 'The statements that cite it (their sources include it; Wikidata "stated in").' })
  cites(
    @Ctx() ctx: Context,
    @Root() source: EntityRecord,
    @Arg('types', () => [RelationType], TYPES) types: string[] | null,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<RelationRecord[]> {
    return byProvenance(ctx, source.id, 'sources', types, dates, first);
  }
}
