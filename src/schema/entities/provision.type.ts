import { Field, Int, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';

@ObjectType('Provision', { implements: Entity, description: 'A numbered clause (point) of an agreement.' })
export class Provision extends Entity {
  @Field(() => Int, { nullable: true, description: 'Its number in the agreement (point 6 is 6).' })
  number!: number | null;

  @Field(() => String, { nullable: true, description: 'What it says, quoted or summarized.' })
  text!: string | null;
}
