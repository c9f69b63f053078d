import { Field, ObjectType } from 'type-graphql';

@ObjectType('Alias', {
  description:
    'Another name of an entity, in one language: an official name, a transliteration, a usage of one side, or a known misspelling.',
})
export class Alias {
  @Field(() => String, { description: 'The name as written.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its language as a BCP 47 tag (hy, az, ru, en ...), or null when not recorded.' })
  language!: string | null;

  @Field(() => Boolean, {
    description: 'True for a known misspelling (such as "Arksakh" for Artsakh): kept so that searches find it, never used as a name.',
  })
  misspelling!: boolean;
}
