import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { AsOfArgs, dateFilterOf } from '../relations/as-of.args';
import { AttributionArgs, attributionOf, PartsArgs } from '../relations/statement-filter.args';
import { RELATION_FIELDS, relationsFor } from '../relations/relation-fields';
import { Relation } from '../relations/relation.type';
import { DateScalar } from '../scalars/date.scalar';
import { Actor } from './actor.interface';

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => [Relation], { description: 'Places it holds de facto control of (CONTROLS; the place is the object).' })
  controls(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs, @Args(() => PartsArgs) { includeParts }: PartsArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.controls, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'Places it claims as its territory (CLAIMS).' })
  claims(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs, @Args(() => PartsArgs) { includeParts }: PartsArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.claims, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'What it guarantees: an agreement, a provision of one, or a place such as a corridor (GUARANTEES).' })
  guarantees(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs, @Args(() => PartsArgs) { includeParts }: PartsArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.guarantees, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: "States whose sovereignty or territorial integrity it recognizes (RECOGNIZES)." })
  recognizes(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs, @Args(() => PartsArgs) { includeParts }: PartsArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.recognizes, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'Places in its area of responsibility, for forces and missions (HAS_AREA_OF_RESPONSIBILITY).' })
  areaOfResponsibility(@Ctx() ctx: Context, @Root() actor: EntityRecord, @Args(() => AsOfArgs) dates: AsOfArgs, @Args(() => AttributionArgs) attribution: AttributionArgs, @Args(() => PartsArgs) { includeParts }: PartsArgs): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.areaOfResponsibility, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'Allegations it made (ALLEGES; the Allegation is the object, validFrom the day it was made).' })
  allegationsMade(
    @Ctx() ctx: Context,
    @Root() actor: EntityRecord,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Only allegations made on this day.' }) on: string | null,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Args(() => AttributionArgs) attribution: AttributionArgs,
    @Args(() => PartsArgs) { includeParts }: PartsArgs,
  ): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.allegationsMade, { ...dateFilterOf(dates), on, attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'Agreements it is party to (PARTY_TO; the agreement is the object). With during, the agreements it was party to at any time in the period.' })
  partyTo(
    @Ctx() ctx: Context,
    @Root() actor: EntityRecord,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Args(() => AttributionArgs) attribution: AttributionArgs,
    @Args(() => PartsArgs) { includeParts }: PartsArgs,
  ): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.partyTo, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'Agreements a person signed or witnessed (SIGNED; role says which).' })
  signed(
    @Ctx() ctx: Context,
    @Root() actor: EntityRecord,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Args(() => AttributionArgs) attribution: AttributionArgs,
    @Args(() => PartsArgs) { includeParts }: PartsArgs,
  ): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.signed, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'Organizations and groups it is a member of (MEMBER_OF).' })
  memberOf(
    @Ctx() ctx: Context,
    @Root() actor: EntityRecord,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Args(() => AttributionArgs) attribution: AttributionArgs,
    @Args(() => PartsArgs) { includeParts }: PartsArgs,
  ): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.memberOf, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'The states, bodies and organizations a person heads or speaks for (HEADS; role names the office).' })
  heads(
    @Ctx() ctx: Context,
    @Root() actor: EntityRecord,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Args(() => AttributionArgs) attribution: AttributionArgs,
    @Args(() => PartsArgs) { includeParts }: PartsArgs,
  ): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.heads, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }

  @FieldResolver(() => [Relation], { description: 'Who heads it (HEADS; the office holder is the subject, role names the office), such as the presidents of Artsakh.' })
  headedBy(
    @Ctx() ctx: Context,
    @Root() actor: EntityRecord,
    @Args(() => AsOfArgs) dates: AsOfArgs,
    @Args(() => AttributionArgs) attribution: AttributionArgs,
    @Args(() => PartsArgs) { includeParts }: PartsArgs,
  ): Promise<RelationRecord[]> {
    return relationsFor(ctx, actor.id, RELATION_FIELDS.headedBy, { ...dateFilterOf(dates), attribution: attributionOf(attribution), includeParts: includeParts === true });
  }
}
