import { Field, Float, ObjectType } from 'type-graphql';
import { Alias } from './alias.type';
import { Entity } from './entity.interface';

@ObjectType('SearchHit', { description: 'An entity found by a name search, with the name that matched.' })
export class SearchHit {
  @Field(() => Entity, { description: 'The entity found.' })
  entity!: Entity;

  @Field(() => Float, { description: 'Relevance from the full-text index; hits come best first.' })
  score!: number;

  @Field(() => String, { description: "The name that matched: the entity's name or one of its aliases." })
  matchedName!: string;

  @Field(() => String, {
    nullable: true,
    description: "The language of the matched alias (hy, az, ru ...); null when the entity's own name matched or the alias has none.",
  })
  language!: string | null;

  @Field(() => Alias, { nullable: true, description: "The alias that matched; null when the entity's own name matched." })
  alias!: Alias | null;

  @Field(() => Boolean, {
    description: 'True when the text matched a known misspelling (such as "Arksakh"): the entity is what the writer meant.',
  })
  misspelling!: boolean;

  @Field(() => Boolean, {
    description:
      'True when a near spelling found the entity: some word searched for is neither a word of the matched name nor the start of one.',
  })
  approximate!: boolean;
}
