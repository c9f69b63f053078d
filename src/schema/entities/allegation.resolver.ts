import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { AsOfArgs } from '../relations/as-of.args';
import { RELATION_FIELDS, relationsFor } from '../relations/relation-fields';
import { Relation } from '../relations/relation.type';
import { Allegation } from './allegation.type';

@Resolver(() => Allegation)
export class AllegationResolver {
  @FieldResolver(() => [Relation], { description: 'Who made it (ALLEGES; the accuser is the subject, validFrom the day it was made).' })
  allegedBy(@Ctx() ctx: Context, @Root() allegation: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, allegation.id, RELATION_FIELDS.allegedBy, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'Whom it accuses (AGAINST; the accused is the object).' })
  against(@Ctx() ctx: Context, @Root() allegation: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, allegation.id, RELATION_FIELDS.against, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'What it is about: an event, agreement, provision or place (CONCERNS; that is the object).' })
  concerns(@Ctx() ctx: Context, @Root() allegation: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, allegation.id, RELATION_FIELDS.concerns, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'Who denied or rejected it (DENIES; the denier is the subject). The ALLEGES statement lists disputers in disputedBy too.' })
  deniedBy(@Ctx() ctx: Context, @Root() allegation: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, allegation.id, RELATION_FIELDS.deniedBy, { asOf, asRecordedOn });
  }
}
