import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { enumValues } from '../enum-values';
import { DateScalar } from '../scalars/date.scalar';
import { Entity } from './entity.interface';

export const SourceType = enumValues(['ARTICLE', 'STATEMENT', 'DOCUMENT'] as const);
registerEnumType(SourceType, {
  name: 'SourceType',
  description: 'What kind of text a source is.',
  valuesConfig: {
    ARTICLE: { description: 'A news or reference article.' },
    STATEMENT: { description: 'An official statement of a government, body or organization.' },
    DOCUMENT: { description: 'A legal or official document: an agreement text, a resolution, an order.' },
  },
});

export const Reliability = enumValues(['PRIMARY', 'SECONDARY', 'PARTISAN'] as const);
registerEnumType(Reliability, {
  name: 'Reliability',
  description: 'How far a source can be taken as evidence.',
  valuesConfig: {
    PRIMARY: { description: 'The original text of the act or statement it reports.' },
    SECONDARY: { description: 'Reports on it: news agencies, encyclopedias.' },
    PARTISAN: { description: 'An outlet of one conflict party: evidence of what that party says.' },
  },
});

@ObjectType('Source', {
  implements: Entity,
  description: 'A text that statements cite as their reference ("stated in"): an article, an official statement or a document.',
})
export class Source extends Entity {
  @Field(() => SourceType, { nullable: true, description: 'What kind of text it is.' })
  sourceType!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read.' })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The website of the copy that was read (such as news.am), also where url is unknown.',
  })
  site!: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it, as named on it.' })
  publisher!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was published.' })
  publishedOn!: string | null;

  @Field(() => Reliability, { nullable: true, description: 'How far it can be taken as evidence.' })
  reliability!: string | null;
}
