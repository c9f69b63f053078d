import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { AsOfArgs } from '../relations/as-of.args';
import { RELATION_FIELDS, relationsFor } from '../relations/relation-fields';
import { Relation } from '../relations/relation.type';
import { DateScalar } from '../scalars/date.scalar';
import { Actor } from './actor.interface';

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => [Relation], { description: 'Places it holds de facto control of (CONTROLS; the place is the object).' })
  controls(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.controls, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'Places it claims as its territory (CLAIMS).' })
  claims(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.claims, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'What it guarantees: an agreement, a provision of one, or a place such as a corridor (GUARANTEES).' })
  guarantees(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.guarantees, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: "States whose sovereignty or territorial integrity it recognizes (RECOGNIZES)." })
  recognizes(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.recognizes, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'Places in its area of responsibility, for forces and missions (HAS_AREA_OF_RESPONSIBILITY).' })
  areaOfResponsibility(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.areaOfResponsibility, { asOf, asRecordedOn });
  }

  @FieldResolver(() => [Relation], { description: 'Allegations it made (ALLEGES; the Allegation is the object, validFrom the day it was made).' })
  allegationsMade(
    @Ctx() ctx: Context,
    @Root() actor: EntityRecord,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Only allegations made on this day.' }) on: string | null,
    @Args(() => AsOfArgs) { asOf, asRecordedOn }: AsOfArgs,
  ): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.allegationsMade, { asOf, on, asRecordedOn });
  }
}
