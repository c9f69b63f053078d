import { ArgsType, Field } from 'type-graphql';
import { ViewStatementFilter } from '../../graph/repositories/views';
import { CERTAIN_ONLY_DESCRIPTION, DURING_DESCRIPTION, PeriodInput, periodOf, recordedOn } from '../relations/as-of.args';
import { DateScalar, DateTimeScalar } from '../scalars/date.scalar';
import { RelationType } from '../relations/statement.enums';
import { relationshipTypes } from './view-limits';

export const TYPES_DESCRIPTION = 'Relationship types to follow, such as [CONTROLS, CLAIMS]; all statement types when left out.';
export const AS_RECORDED_ON_DESCRIPTION =
  'The graph as it was recorded at this instant (the statement versions current then; docs/curation.md); the current versions when left out.';

/** Which statements a graph view walks (neighborhood, paths): their types and when they hold. */
@ArgsType()
export class ViewStatementArgs {
  @Field(() => [RelationType], { nullable: true, description: TYPES_DESCRIPTION })
  types?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only statements that hold on this date, certainly or possibly (each edge says which in certainty; see certainOnly); every date when left out.',
  })
  asOf?: string | null;

  @Field(() => PeriodInput, { nullable: true, description: DURING_DESCRIPTION })
  during?: PeriodInput | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: CERTAIN_ONLY_DESCRIPTION })
  certainOnly?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: AS_RECORDED_ON_DESCRIPTION })
  asRecordedOn?: Date | null;
}

/** The view arguments as the repositories take them; bad types or dates are BAD_USER_INPUT. */
export function viewStatementFilter(args: ViewStatementArgs): ViewStatementFilter {
  return {
    types: relationshipTypes(args.types ?? null),
    period: periodOf(args),
    certainOnly: args.certainOnly === true,
    asRecordedOn: recordedOn(args.asRecordedOn),
  };
}
