import { getArgumentValues, GraphQLResolveInfo, isInterfaceType, isObjectType, Kind, SelectionSetNode } from 'graphql';
import { Args, ClassType, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { RelationFilter } from '../../graph/repositories/relations';
import { Context } from '../context';
import { Actor } from '../entities/actor.interface';
import { Agreement } from '../entities/agreement.type';
import { Allegation } from '../entities/allegation.type';
import { Place } from '../entities/place.interface';
import { Provision } from '../entities/provision.type';
import { relationLoader } from '../loaders';
import { SelectionInfo, statementReads } from '../lookahead';
import { RELATION_FIELDS, RelationField, RelationFieldName, RelationFieldOwner } from './relation-fields';
import { ByDayRelationListArgs, nestedLimit, RelationListArgs } from './relation-list.args';
import { Relation } from './relation.type';
import { dateFilterOf } from './as-of.args';
import { AttributionArgs, attributionOf, NoPartsArgs, PartsArgs } from './statement-filter.args';

const OWNERS: Record<RelationFieldOwner, abstract new () => object> = { Place, Actor, Agreement, Provision, Allegation };

type RelationFieldArgs = ByDayRelationListArgs & AttributionArgs & PartsArgs;

/** The statements a relation field reads, from its arguments (all in one object) and what the request selects of them. */
export function relationFieldFilter(field: RelationField, args: RelationFieldArgs, selection: SelectionInfo): RelationFilter {
  const dates = dateFilterOf(args);
  return {
    types: field.types,
    direction: field.direction,
    ...dates,
    on: args.on ?? null,
    first: nestedLimit(args.first),
    attribution: attributionOf(args),
    includeParts: args.includeParts === true,
    ...statementReads(selection, dates.period),
  };
}

/**
 * Starts reading the relation fields selected directly under `entity(id:)` while the entity itself
 * is looked up, so README question 1 (the place, then its controllers on two dates) costs one wave
 * of parallel Cypher queries instead of two in sequence. Each read goes through the same loader,
 * with the same filter, as the field's resolver will ask for, which then finds it under way. A field
 * whose arguments are wrong, or that carries a directive, is left to its resolver; a read for a
 * type the entity turns out not to be is wasted, never wrong.
 */
export function prefetchRelationFields(ctx: Context, info: GraphQLResolveInfo, id: string): void {
  const walked = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, typeName: string): void => {
    for (const s of set?.selections ?? []) {
      if (s.directives?.length) continue;
      if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, s.typeCondition?.name.value ?? typeName);
      else if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[s.name.value];
        if (fragment && !walked.has(s.name.value)) {
          walked.add(s.name.value);
          visit(fragment.selectionSet, fragment.typeCondition.name.value);
        }
      } else if (Object.hasOwn(RELATION_FIELDS, s.name.value)) {
        const type = info.schema.getType(typeName);
        const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[s.name.value] : undefined;
        if (!definition) continue;
        try {
          const args = getArgumentValues(definition, s, info.variableValues) as RelationFieldArgs;
          const field = RELATION_FIELDS[s.name.value as RelationFieldName] as RelationField;
          const filter = relationFieldFilter(field, args, { fieldNodes: [s], fragments: info.fragments });
          relationLoader(ctx, filter)
            .load(id)
            .catch(() => {}); // the resolver's own load reports any failure
        } catch {
          // Arguments its resolver will refuse, with the error the client should see.
        }
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, info.returnType.toString().replace(/[![\]]/g, ''));
}

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
      @Info() info: GraphQLResolveInfo,
    ): Promise<RelationRecord[]> {
      const filter = relationFieldFilter(field, { ...args, ...attribution, ...parts }, info);
      return relationLoader(ctx, filter).load(entity.id);
    }
  }
  Object.defineProperty(RelationFieldResolver, 'name', { value: `${owner}${name[0].toUpperCase()}${name.slice(1)}Resolver` });
  return RelationFieldResolver;
}

/** A resolver class for each field of RELATION_FIELDS on each type that has it. */
export const RELATION_FIELD_RESOLVERS: readonly ClassType[] = Object.entries(RELATION_FIELDS).flatMap(([name, field]) =>
  Object.entries(field.descriptions as RelationField['descriptions']).map(([owner, description]) =>
    relationFieldResolver(owner as RelationFieldOwner, name as RelationFieldName, field as RelationField, description),
  ),
);
