import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { AsOfArgs, dateFilterOf } from '../relations/as-of.args';
import { AttributionArgs, attributionOf } from '../relations/statement-filter.args';
import { RELATION_FIELDS, relationsFor } from '../relations/relation-fields';
import { Relation } from '../relations/relation.type';
import { Provision } from './provision.type';

@Resolver(() => Provision)
export class ProvisionResolver {
  @FieldResolver(() => [Relation], { description: 'The agreement it belongs to (HAS_PROVISION; the Agreement is the subject).' })
  agreement(@Ctx() ctx: Context, @Root() provision: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, provision.id, RELATION_FIELDS.agreement, { ...dateFilterOf(dates), attribution: attributionOf(attribution) });
  }

  @FieldResolver(() => [Relation], { description: 'Who guarantees it (GUARANTEES; the guarantor is the subject).' })
  guaranteedBy(@Ctx() ctx: Context, @Root() provision: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, provision.id, RELATION_FIELDS.guaranteedBy, { ...dateFilterOf(dates), attribution: attributionOf(attribution) });
  }
}
