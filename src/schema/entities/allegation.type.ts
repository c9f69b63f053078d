import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ALLEGATION_NATURES } from '../../model/contract';
import { enumValues } from '../enum-values';
import { DateScalar } from '../scalars/date.scalar';
import { Entity } from './entity.interface';

export const AllegationNature = enumValues(ALLEGATION_NATURES);
registerEnumType(AllegationNature, {
  name: 'AllegationNature',
  description: 'What kind of claim an allegation is.',
  valuesConfig: {
    ACCUSATION: { description: 'Accuses another party of an act (see against).' },
    CLAIM: { description: 'Claims a fact, such as ground taken or equipment destroyed.' },
    WARNING: { description: 'Warns of what will follow.' },
    APPEAL: { description: 'Calls on the parties to act, such as to de-escalate.' },
    CONTEXT: { description: 'Background a source gives as fact, such as whose area of responsibility a place lies in.' },
    POSITION: { description: "A party's standing position on the conflict." },
    CASUALTY_FIGURE: { description: 'A count of the killed and wounded (see killed and wounded).' },
  },
});

@ObjectType('Allegation', {
  implements: Entity,
  description:
    'A claim one party makes about another (an accusation, a characterization), kept as a claim: who alleged it, against whom, about what, and who denied it.',
})
export class Allegation extends Entity {
  @Field(() => DateScalar, { nullable: true, description: 'The day it was first stated.' })
  statedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The claim, quoted or summarized.' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'Its id in the fact sheet the seed was built from (A1-A13, C1-C6, R24 ...).' })
  code!: string | null;

  @Field(() => AllegationNature, { nullable: true, description: 'What kind of claim it is: an accusation, a casualty figure ...' })
  nature!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a casualty figure: how many were killed, as claimed; null when the claim gives no number.',
  })
  killed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a casualty figure: how many were wounded, as claimed; null when the claim gives no number.',
  })
  wounded!: number | null;
}
