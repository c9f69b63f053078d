import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../scalars/date.scalar';
import { Node } from '../node/node.interface';
import { Certainty, Confidence, DatePrecision, Rank, RelationType, StatementStatus } from './statement.enums';

/**
 * A statement in the Wikidata sense: subject -type-> object, with its validity, status, rank and
 * provenance. subject, object, assertedBy, disputedBy, supportedBy and sources are resolved in
 * relation.resolver.ts.
 */
@ObjectType('Relation', {
  implements: Node,
  description:
    'A dated, sourced statement that links two entities (subject -type-> object), as in Wikidata: when it holds (validFrom/validTo, half-open: it holds from validFrom up to the day before validTo), whether it is disputed, its rank, who asserts, disputes and supports it, and the sources that state it.',
})
export class Relation implements Node {
  @Field(() => ID, {
    description: 'Stable id of the statement, unique across statements and entities; refetch it with relation(id:) or node(id:).',
  })
  id!: string;

  @Field(() => RelationType, { description: 'What the statement says: CONTROLS, CLAIMS, RECOGNIZED_AS_PART_OF ...' })
  type!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The first day it holds; null when the start is open (unknown or immemorial).' })
  validFrom!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact validFrom is.' })
  validFromPrecision!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day it no longer holds (exclusive end); null while it still holds at the latest source.',
  })
  validTo!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact validTo is.' })
  validToPrecision!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The earliest day validFrom can stand for (Wikidata "earliest date"): validFrom itself for DAY precision.',
  })
  validFromEarliest!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The latest day validFrom can stand for (Wikidata "latest date"): the last day of its month, year, decade or century unless the sources narrow it.',
  })
  validFromLatest!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The earliest day validTo can stand for.' })
  validToEarliest!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The latest day validTo can stand for.' })
  validToLatest!: string | null;

  @Field(() => Certainty, {
    nullable: true,
    description:
      'Asked with asOf or during: CERTAIN when the statement held then for every reading of its imprecise bounds, POSSIBLE when only for some (the day falls inside a bound of MONTH, YEAR ... precision). Null when no date was asked.',
  })
  certainty?: string | null;

  @Field(() => StatementStatus, { description: 'UNCONTESTED, DISPUTED (see disputedBy) or SUPERSEDED.' })
  status!: string;

  @Field(() => Rank, { description: 'PREFERRED, NORMAL or DEPRECATED, as in Wikidata.' })
  rank!: string;

  @Field(() => Confidence, { description: 'How well the sources support it.' })
  confidence!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The role or capacity, where the type has one (signatory, witness, chair, guarantor ...).',
  })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'How far it reaches, where the type has one (such as "most of the former NKAO").' })
  extent!: string | null;

  @Field(() => String, { nullable: true, description: 'A note on how to read it.' })
  note!: string | null;

  @Field(() => Int, {
    description:
      'Which version of the statement this is: 1 when first asserted, +1 for each correction, end, retraction or change of rank or dispute (docs/curation.md).',
  })
  version!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When this version was recorded (null for data loaded before versions were kept).',
  })
  recordedFrom!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next version replaced it; null while it is the current version.' })
  recordedTo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who recorded this version: the subject of their token, or load:<path> for a loaded file.',
  })
  recordedBy!: string | null;
}
