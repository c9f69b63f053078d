import { Field, ObjectType } from 'type-graphql';
import { Confidence, DatePrecision, StatementStatus } from '../relations/statement.enums';
import { DateScalar } from '../scalars/date.scalar';
import { Entity } from './entity.interface';
import { Source } from './source.type';

/**
 * When an entity began or ceased to exist (Wikidata P571 inception, P576 dissolved), read like a
 * statement: the date with its precision, status, confidence, who asserts and disputes it, and
 * its sources. Stored as prefixed properties of the entity (foundedOn, foundedOnPrecision,
 * foundedOnStatus ...; cypher/seed/085-existence-dates.cypher); the entity fields are resolved in
 * entity.resolver.ts.
 */
@ObjectType('ExistenceDate', {
  description:
    'The day an entity began (inception, Wikidata P571) or ceased to exist (dissolution, P576), as a statement: its precision, whether it is disputed, who asserts and disputes it, and its sources.',
})
export class ExistenceDate {
  @Field(() => DateScalar, { description: 'The day. For a dissolution, the first day the entity no longer existed (like validTo).' })
  date!: string;

  @Field(() => DatePrecision, { description: 'How exact the date is.' })
  precision!: string;

  @Field(() => StatementStatus, {
    description: "UNCONTESTED, or DISPUTED (see disputedBy): Artsakh's dissolution on 1 January 2024 is disputed.",
  })
  status!: string;

  @Field(() => Confidence, { description: 'How well the sources support it.' })
  confidence!: string;

  @Field(() => [Entity], { description: 'Who asserts the date (such as the signatory of a dissolution decree).' })
  assertedBy!: unknown[];

  @Field(() => [Entity], { description: 'Who disputes it.' })
  disputedBy!: unknown[];

  @Field(() => [Source], { description: 'The sources that state it.' })
  sources!: unknown[];

  @Field(() => String, { nullable: true, description: 'Why this date, and what conflicts.' })
  note!: string | null;
}
