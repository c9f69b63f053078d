import { ArgsType, Field, InputType } from 'type-graphql';
import { dayPeriod, FIRST_DAY, LAST_DAY, Period } from '../../model/validity';
import { userError } from '../errors';
import { DateScalar, DateTimeScalar } from '../scalars/date.scalar';

@InputType('PeriodInput', {
  description: 'A half-open period of days [from, to): from is the first day in it, to the first day after it. An open end is unbounded.',
})
export class PeriodInput {
  @Field(() => DateScalar, { nullable: true, description: 'The first day of the period; unbounded when left out.' })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The first day after the period (exclusive); unbounded when left out. during: {from: "2023-01-01", to: "2024-01-01"} is the year 2023.',
  })
  to?: string | null;
}

export const AS_OF_DESCRIPTION =
  'Only statements that hold on this day: certainly, or possibly because the day falls inside an imprecise bound (each statement says which in `certainty`; see certainOnly). Without asOf or during, the whole history, each statement with its validity.';
export const DURING_DESCRIPTION =
  'Only statements that held at any time in this half-open period [from, to) (certainly or possibly, as for asOf). Give asOf or during, not both.';
export const CERTAIN_ONLY_DESCRIPTION =
  'With asOf or during: true leaves out the statements that only possibly held (their day falls inside an imprecise bound, such as a term that ended "in 2007"). Default false: they are included, marked POSSIBLE.';

/** The date arguments every statement field and query takes. */
@ArgsType()
export class AsOfArgs {
  @Field(() => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
  asOf?: string | null;

  @Field(() => PeriodInput, { nullable: true, description: DURING_DESCRIPTION })
  during?: PeriodInput | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: CERTAIN_ONLY_DESCRIPTION })
  certainOnly?: boolean | null;

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

/** The period asked for by asOf or during, or null for the whole history. Both at once, or an empty period, is BAD_USER_INPUT. */
export function periodOf(args: { asOf?: string | null; during?: PeriodInput | null }): Period | null {
  if (args.asOf && args.during) throw userError('Give asOf or during, not both.', { argument: 'during' });
  if (args.asOf) return dayPeriod(args.asOf);
  if (!args.during) return null;
  const period = { from: args.during.from ?? FIRST_DAY, to: args.during.to ?? LAST_DAY };
  if (period.from >= period.to)
    throw userError(`during is empty: from (${period.from}) must come before to (${period.to}), which is the first day after the period.`, {
      argument: 'during',
    });
  return period;
}

/** The date filter a statement query takes: the period and whether only CERTAIN statements count. */
export interface DateFilter {
  period: Period | null;
  certainOnly: boolean;
  /** ISO DateTime: the statement versions recorded then (docs/curation.md); null for the current ones. */
  asRecordedOn: string | null;
}

export function dateFilterOf(args: AsOfArgs): DateFilter {
  return { period: periodOf(args), certainOnly: args.certainOnly === true, asRecordedOn: recordedOn(args.asRecordedOn) };
}
