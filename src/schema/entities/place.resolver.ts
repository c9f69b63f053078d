import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { AsOfArgs } from '../relations/as-of.args';
import { RELATION_FIELDS, relationsFor } from '../relations/relation-fields';
import { Relation } from '../relations/relation.type';
import { Place } from './place.interface';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => [Relation], { description: 'Who holds de facto control of it (CONTROLS statements; the controller is the subject).' })
  controlledBy(@Ctx() ctx: Context, @Root() place: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, place.id, RELATION_FIELDS.controlledBy, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'Who claims it as their territory, whoever controls it (CLAIMS; the claimant is the subject).' })
  claimedBy(@Ctx() ctx: Context, @Root() place: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, place.id, RELATION_FIELDS.claimedBy, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], {
    description: 'Whose territory it is recognized as (RECOGNIZED_AS_PART_OF): the state is the object, and assertedBy lists who recognizes it so.',
  })
  recognizedAs(@Ctx() ctx: Context, @Root() place: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, place.id, RELATION_FIELDS.recognizedAs, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'Who guarantees it, such as the safety of movement along a corridor (GUARANTEES; the guarantor is the subject).' })
  guaranteedBy(@Ctx() ctx: Context, @Root() place: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, place.id, RELATION_FIELDS.guaranteedBy, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: "Whose area of responsibility it lies in (HAS_AREA_OF_RESPONSIBILITY; the force is the subject)." })
  inAreaOfResponsibilityOf(@Ctx() ctx: Context, @Root() place: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, place.id, RELATION_FIELDS.inAreaOfResponsibilityOf, { asOf, asRecordedOn });
  }
}
