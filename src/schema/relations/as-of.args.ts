import { ArgsType, Field } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@ArgsType()
export class AsOfArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only statements valid on this day (validFrom <= asOf < validTo, an open end being unbounded). Without it, the whole history, each statement with its validity.',
  })
  asOf?: string | null;
}
