import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { agreementGuaranteeLoader } from '../loaders';
import { periodOf, recordedOn } from '../relations/as-of.args';
import { nestedLimit, RelationListArgs } from '../relations/relation-list.args';
import { Relation } from '../relations/relation.type';
import { Agreement } from './agreement.type';

/** The agreement's guarantees; its other statement lists come from RELATION_FIELDS (relation-field.resolver.ts). */
@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Relation], {
    description:
      "Guarantees given under it: GUARANTEES statements whose object is the agreement itself or one of its provisions, or that rest on one of its provisions (provision), such as Azerbaijan guaranteeing movement along the Lachin corridor under point 6. The guarantor is the subject; by the clause's number, the agreement's own last.",
  })
  guarantees(
    @Ctx() ctx: Context,
    @Root() agreement: EntityRecord,
    @Args(() => RelationListArgs) args: RelationListArgs,
  ): Promise<RelationRecord[]> {
    return agreementGuaranteeLoader(
      ctx,
      periodOf(args),
      args.certainOnly === true,
      nestedLimit(args.first),
      recordedOn(args.asRecordedOn),
    ).load(agreement.id);
  }
}
