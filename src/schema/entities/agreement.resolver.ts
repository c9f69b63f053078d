import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { agreementGuaranteeLoader } from '../loaders';
import { AsOfArgs, dateFilterOf } from '../relations/as-of.args';
import { AttributionArgs, attributionOf } from '../relations/statement-filter.args';
import { RELATION_FIELDS, relationsFor } from '../relations/relation-fields';
import { Relation } from '../relations/relation.type';
import { Agreement } from './agreement.type';

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Relation], { description: 'The parties to it (PARTY_TO; the party is the subject, role says in what capacity).' })
  parties(@Ctx() ctx: Context, @Root() agreement: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, agreement.id, RELATION_FIELDS.parties, { ...dateFilterOf(dates), attribution: attributionOf(attribution) });
  }

  @FieldResolver(() => [Relation], { description: 'The people who signed or witnessed it (SIGNED; role says which).' })
  signatories(@Ctx() ctx: Context, @Root() agreement: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, agreement.id, RELATION_FIELDS.signatories, { ...dateFilterOf(dates), attribution: attributionOf(attribution) });
  }

  @FieldResolver(() => [Relation], { description: 'Its provisions (HAS_PROVISION; the Provision is the object).' })
  provisions(@Ctx() ctx: Context, @Root() agreement: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, agreement.id, RELATION_FIELDS.provisions, { ...dateFilterOf(dates), attribution: attributionOf(attribution) });
  }

  @FieldResolver(() => [Relation], {
    description:
      'Guarantees given under it: GUARANTEES statements whose object is the agreement itself or one of its provisions, or that rest on one of its provisions (provision), such as Azerbaijan guaranteeing movement along the Lachin corridor under point 6. The guarantor is the subject; by the clause\'s number, the agreement\'s own last.',
  })
  guarantees(@Ctx() ctx: Context, @Root() agreement: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs): Promise<RelationRecord[]> {
    return agreementGuaranteeLoader(ctx, dateFilterOf(dates).period, dates.certainOnly === true).load(agreement.id);
  }
}
