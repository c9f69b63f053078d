import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';
import { Entity } from './entity.interface';

@ObjectType('Allegation', {
  implements: Entity,
  description: 'A claim one party makes about another (an accusation, a characterization), kept as a claim: who alleged it, against whom, about what, and who denied it.',
})
export class Allegation extends Entity {
  @Field(() => DateScalar, { nullable: true, description: 'The day it was first stated.' })
  statedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The claim, quoted or summarized.' })
  text!: string | null;
}
