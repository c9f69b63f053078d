import { Field, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../scalars/date.scalar';
import { Entity } from './entity.interface';

@ObjectType('Agreement', {
  implements: Entity,
  description:
    'An agreement, statement, resolution or declaration, with its own dates, such as the trilateral ceasefire statement of 9/10 November 2020.',
})
export class Agreement extends Entity {
  @Field(() => DateScalar, { nullable: true, description: 'The day it was signed or adopted.' })
  signedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day its text was initialled (agreed and marked by the negotiators), for an agreement not signed yet, such as the Armenia-Azerbaijan peace agreement (8 August 2025).',
  })
  initialledOn!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'The instant it took effect, in UTC: 00:00 Moscow time on 10 November 2020 reads 2020-11-09T21:00:00.000Z.',
  })
  effectiveAt!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day it took effect, also where the instant is not known: the Bishkek Protocol's armistice took effect at midnight on 12 May 1994, with no time zone given, so effectiveAt is null and effectiveOn is 1994-05-12.",
  })
  effectiveOn!: string | null;
}
