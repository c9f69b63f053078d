import { Field, ObjectType } from 'type-graphql';
import { DatePrecision } from '../relations/statement.enums';
import { DateScalar } from '../scalars/date.scalar';
import { Entity } from './entity.interface';

@ObjectType('Event', {
  implements: Entity,
  description: 'Something that happened over a span of days: an operation, a clash, a blockade, a meeting.',
})
export class Event extends Entity {
  @Field(() => DateScalar, { nullable: true, description: 'The day it began.' })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ended; null while it lasts or when unknown.' })
  endDate!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact startDate and endDate are.' })
  datePrecision!: string | null;
}
