import { Args, ArgsType, ClassType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
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
  const { period, certainOnly, asRecordedOn } = dateFilterOf(args);
  return provenanceLoader(ctx, field, {
    types: checkRelationTypes(args.types ?? null),
    period,
    certainOnly,
    first: nestedLimit(args.first),
    asRecordedOn,
  }).load(id);
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

/** The provenance lists: on which type, under which name, read from which list of the statement. */
const PROVENANCE_LISTS: { owner: () => abstract new () => object; name: string; field: ProvenanceField; description: string }[] = [
  {
    owner: () => Entity,
    name: 'asserts',
    field: 'assertedBy',
    description: 'Statements it asserts (it is in their assertedBy), such as who recognizes a territory as whose.',
  },
  {
    owner: () => Entity,
    name: 'supports',
    field: 'supportedBy',
    description:
      'Statements it supports without asserting them (supportedBy, Wikidata "statement supported by"): the Russian MoD partly supports Armenia\'s allegation A7.',
  },
  {
    owner: () => Entity,
    name: 'disputes',
    field: 'disputedBy',
    description: 'Statements it disputes (disputedBy, Wikidata "statement disputed by").',
  },
  {
    owner: () => Source,
    name: 'cites',
    field: 'sources',
    description: 'The statements that cite it (their sources include it; Wikidata "stated in").',
  },
];

/** One resolver class per list, as relation-field.resolver.ts builds the statement lists: the method is named after the field. */
function provenanceListResolver(list: (typeof PROVENANCE_LISTS)[number]): ClassType {
  const method: string = list.name;
  @Resolver(list.owner)
  class ProvenanceListResolver {
    @FieldResolver(() => [Relation], { name: list.name, description: list.description })
    [method](
      @Ctx() ctx: Context,
      @Root() entity: EntityRecord,
      @Args(() => ProvenanceListArgs) args: ProvenanceListArgs,
    ): Promise<RelationRecord[]> {
      return byProvenance(ctx, entity.id, list.field, args);
    }
  }
  Object.defineProperty(ProvenanceListResolver, 'name', { value: `${list.name[0].toUpperCase()}${list.name.slice(1)}ListResolver` });
  return ProvenanceListResolver;
}

export const PROVENANCE_LIST_RESOLVERS: readonly ClassType[] = PROVENANCE_LISTS.map(provenanceListResolver);
