import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { agreementGuaranteeLoader } from '../loaders';
import { AsOfArgs, recordedOn } from '../relations/as-of.args';
import { RELATION_FIELDS, relationsFor } from '../relations/relation-fields';
import { Relation } from '../relations/relation.type';
import { Agreement } from './agreement.type';

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Relation], { description: 'The parties to it (PARTY_TO; the party is the subject, role says in what capacity).' })
  parties(@Ctx() ctx: Context, @Root() agreement: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, agreement.id, RELATION_FIELDS.parties, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'The people who signed or witnessed it (SIGNED; role says which).' })
  signatories(@Ctx() ctx: Context, @Root() agreement: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, agreement.id, RELATION_FIELDS.signatories, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'Its provisions (HAS_PROVISION; the Provision is the object).' })
  provisions(@Ctx() ctx: Context, @Root() agreement: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, agreement.id, RELATION_FIELDS.provisions, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], {
    description:
      'Guarantees given under it: GUARANTEES statements whose object is the agreement itself or one of its provisions, or that rest on one of its provisions (provision), such as Azerbaijan guaranteeing movement along the Lachin corridor under point 6. The guarantor is the subject; by the clause\'s number, the agreement\'s own last.',
  })
  guarantees(@Ctx() ctx: Context, @Root() agreement: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return agreementGuaranteeLoader(ctx, asOf ?? null, recordedOn(asRecordedOn)).load(agreement.id);
  }
}
