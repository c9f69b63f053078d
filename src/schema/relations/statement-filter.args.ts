import { ArgsType, Field, ID } from 'type-graphql';
import { Attribution } from '../../graph/repositories/relations';

/** Who stands behind a statement, as filters (Wikidata: references and "disputed by"/"supported by"). */
@ArgsType()
export class AttributionArgs {
  @Field(() => ID, { nullable: true, description: 'Only statements this entity asserts (assertedBy).' })
  assertedBy?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only statements this entity supports without asserting them (supportedBy, Wikidata "statement supported by").',
  })
  supportedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements this entity disputes (disputedBy, Wikidata "statement disputed by").' })
  disputedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements that cite this Source (sources, Wikidata "stated in").' })
  source?: string | null;
}

export function attributionOf(args: AttributionArgs): Attribution {
  return {
    assertedBy: args.assertedBy ?? null,
    supportedBy: args.supportedBy ?? null,
    disputedBy: args.disputedBy ?? null,
    source: args.source ?? null,
  };
}

/** The roll-up of an actor's fields through its parts. */
@ArgsType()
export class PartsArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "Also what the actor's parts did: its ministries, bodies and forces (PART_OF, up to four levels, as it held on the date asked). Each statement of a part names it in viaPart. Default false: the actor's own statements only.",
  })
  includeParts?: boolean | null;
}

/** The fields of non-actors take no roll-up argument: an empty argument set in its place. */
@ArgsType()
export class NoPartsArgs {
  includeParts?: boolean | null;
}
