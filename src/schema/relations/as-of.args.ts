import { ArgsType, Field } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../scalars/date.scalar';

@ArgsType()
export class AsOfArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only statements valid on this day (validFrom <= asOf < validTo, an open end being unbounded). Without it, the whole history, each statement with its validity.',
  })
  asOf?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Answer from the graph as it was recorded at this instant: the statement versions current then, before any later correction or retraction (docs/curation.md). Without it, the current versions.',
  })
  asRecordedOn?: Date | null;
}

/** The DateTime of asRecordedOn as the named queries take it (ISO 8601), or null. */
export function recordedOn(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : value;
}
