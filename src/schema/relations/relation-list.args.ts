import { ArgsType, Field, Int } from 'type-graphql';
import { userError } from '../errors';
import { DateScalar } from '../scalars/date.scalar';
import { AsOfArgs } from './as-of.args';
import { NESTED_RELATION_LIMIT } from './relation-limits';

/**
 * The arguments every statement list nested in an entity takes (controlledBy, parties, relations,
 * guarantees ...): the day the statements hold on, and how many at most. The cap is enforced per
 * entity inside the batched query, so a hub with 100,000 statements costs `first` of them.
 */
@ArgsType()
export class RelationListArgs extends AsOfArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: NESTED_RELATION_LIMIT.default,
    description: `At most this many statements, in the order of the list: from 0 to ${NESTED_RELATION_LIMIT.max} (default ${NESTED_RELATION_LIMIT.default}). Page through longer lists with Query.relations.`,
  })
  first?: number | null;
}

/** allegationsMade also filters by the day an allegation was made. */
@ArgsType()
export class ByDayRelationListArgs extends RelationListArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only allegations made on this day.' })
  on?: string | null;
}

/** Checks `first` of a nested statement list against NESTED_RELATION_LIMIT. */
export function nestedLimit(first: number | null | undefined): number {
  const n = first ?? NESTED_RELATION_LIMIT.default;
  if (!Number.isInteger(n) || n < 0 || n > NESTED_RELATION_LIMIT.max) {
    throw userError(
      `first must be a whole number from 0 to ${NESTED_RELATION_LIMIT.max}; got ${n}. Page through longer lists with Query.relations(subject:, after:).`,
      {
        argument: 'first',
        max: NESTED_RELATION_LIMIT.max,
      },
    );
  }
  return n;
}
