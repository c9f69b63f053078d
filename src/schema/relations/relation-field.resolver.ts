import { Args, ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { Actor } from '../entities/actor.interface';
import { Agreement } from '../entities/agreement.type';
import { Allegation } from '../entities/allegation.type';
import { Place } from '../entities/place.interface';
import { Provision } from '../entities/provision.type';
import { relationLoader } from '../loaders';
import { RELATION_FIELDS, RelationField, RelationFieldName, RelationFieldOwner } from './relation-fields';
import { ByDayRelationListArgs, nestedLimit, RelationListArgs } from './relation-list.args';
import { Relation } from './relation.type';
import { dateFilterOf } from './as-of.args';
import { AttributionArgs, attributionOf, NoPartsArgs, PartsArgs } from './statement-filter.args';

const OWNERS: Record<RelationFieldOwner, Function> = { Place, Actor, Agreement, Provision, Allegation };

/**
 * One statement-list field (controlledBy on Place, parties on Agreement ...), built from its row of
 * RELATION_FIELDS, as in TypeGraphQL's resolvers-inheritance example: a resolver class made by a
 * function, the field named through `name`, its arguments one shared @ArgsType class. The list is
 * batched across the request by the relation loader and capped at `first` per entity in Cypher.
 */
function relationFieldResolver(owner: RelationFieldOwner, name: RelationFieldName, field: RelationField, description: string): ClassType {
  const ArgsClass = field.byDay ? ByDayRelationListArgs : RelationListArgs;
  // Only an actor's fields roll up through its parts (includeParts); the others take no such argument.
  const PartsClass = owner === 'Actor' ? PartsArgs : NoPartsArgs;
  // TypeGraphQL finds a field's resolver by method name among the owner's resolvers: each field
  // needs its own, so the method is named after the field.
  const method: string = name;

  @Resolver(() => OWNERS[owner])
  class RelationFieldResolver {
    @FieldResolver(() => [Relation], { name, description })
    [method](
      @Ctx() ctx: Context,
      @Root() entity: EntityRecord,
      @Args(() => ArgsClass) args: ByDayRelationListArgs,
      @Args(() => AttributionArgs) attribution: AttributionArgs,
      @Args(() => PartsClass) parts: PartsArgs,
    ): Promise<RelationRecord[]> {
      const filter = {
        types: field.types,
        direction: field.direction,
        ...dateFilterOf(args),
        on: args.on ?? null,
        first: nestedLimit(args.first),
        attribution: attributionOf(attribution),
        includeParts: parts.includeParts === true,
      };
      return relationLoader(ctx, filter).load(entity.id);
    }
  }
  Object.defineProperty(RelationFieldResolver, 'name', { value: `${owner}${name[0].toUpperCase()}${name.slice(1)}Resolver` });
  return RelationFieldResolver;
}

/** A resolver class for each field of RELATION_FIELDS on each type that has it. */
export const RELATION_FIELD_RESOLVERS: readonly ClassType[] = Object.entries(RELATION_FIELDS).flatMap(([name, field]) =>
  Object.entries(field.descriptions as RelationField['descriptions']).map(([owner, description]) =>
    relationFieldResolver(owner as RelationFieldOwner, name as RelationFieldName, field as RelationField, description!),
  ),
);
