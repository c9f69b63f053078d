import { Field, ID, InputType } from 'type-graphql';
import { EntityKind } from '../entities/entity-kind.enum';
import { Reliability, SourceType } from '../entities/source.type';
import { Confidence, DatePrecision, Rank, RelationType } from '../relations/statement.enums';
import { DateScalar } from '../scalars/date.scalar';

@InputType('AliasInput', { description: 'Another name of an entity.' })
export class AliasInput {
  @Field(() => String, { description: 'The name as written.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its language (ISO 639-1 such as hy, az, ru), when it has one.' })
  language?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for a known misspelling kept so that searches find the entity.' })
  misspelling?: boolean | null;
}

@InputType('EntityInput', { description: 'A new entity. Sources have their own mutation, addSource.' })
export class EntityInput {
  @Field(() => ID, { description: 'Its id: a slug of lower-case letters, digits and hyphens, not yet used.' })
  id!: string;

  @Field(() => EntityKind, { description: 'Its kind; it decides which statements may start or end at it.' })
  kind!: string;

  @Field(() => String, { description: 'Its name in English.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Its Wikidata item (Q...).' })
  wikidataId?: string | null;

  @Field(() => [AliasInput], { nullable: true, description: 'Other names.' })
  aliases?: AliasInput[] | null;
}

@InputType('SourceInput', { description: 'A new source: a document, article or statement that statements cite.' })
export class SourceInput {
  @Field(() => ID, { description: 'Its id: a slug, not yet used.' })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  name!: string;

  @Field(() => SourceType, { description: 'What kind of text it is.' })
  sourceType!: string;

  @Field(() => Reliability, { description: 'How far it can be taken as evidence.' })
  reliability!: string;

  @Field(() => String, { nullable: true, description: 'Where to read it (http or https).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was published.' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Its Wikidata item (Q...), if it has one.' })
  wikidataId?: string | null;
}

@InputType('StatementInput', { description: 'A new statement: subject -type-> object, when it holds, and the sources that state it.' })
export class StatementInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Its id (a slug, not yet used); one is made from subject, type and object when left out.',
  })
  id?: string | null;

  @Field(() => RelationType, { description: 'What it says; the contract decides which kinds may stand at its ends.' })
  type!: string;

  @Field(() => ID, { description: 'The entity it is about (where the relationship starts).' })
  subject!: string;

  @Field(() => ID, { description: 'The other end.' })
  object!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The first day it holds; open when left out.' })
  validFrom?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact validFrom is (DAY when left out).' })
  validFromPrecision?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The first day it no longer holds; open when left out. Not before validFrom.' })
  validTo?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How exact validTo is (DAY when left out).' })
  validToPrecision?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How far it reaches (ALL, MOST, PART), for the types that have an extent (CONTROLS, CLAIMS ...).',
  })
  extent?: string | null;

  @Field(() => String, { nullable: true, description: 'The role or capacity, for the types that have one (PARTY_TO, SIGNED, HEADS ...).' })
  role?: string | null;

  @Field(() => ID, { nullable: true, description: 'The Provision it rests on, for guarantees, areas and deployments.' })
  provision?: string | null;

  @Field(() => [ID], { description: 'The Source entities that state it: at least one.' })
  sources!: string[];

  @Field(() => [ID], { nullable: true, description: 'Who asserts it.' })
  assertedBy?: string[] | null;

  @Field(() => Confidence, { nullable: true, description: 'How well the sources support it (CONFIRMED when left out).' })
  confidence?: string | null;

  @Field(() => Rank, { nullable: true, description: 'Its rank (NORMAL when left out).' })
  rank?: string | null;

  @Field(() => String, { nullable: true, description: 'A note on how to read it.' })
  note?: string | null;
}

@InputType('StatementCorrection', { description: 'What a correction changes: a field left out keeps its value, a null clears it.' })
export class StatementCorrectionInput {
  @Field(() => DateScalar, { nullable: true, description: 'The corrected first day.' })
  validFrom?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'Its precision (DAY when validFrom is given without one).' })
  validFromPrecision?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The corrected end (exclusive).' })
  validTo?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'Its precision (DAY when validTo is given without one).' })
  validToPrecision?: string | null;

  @Field(() => String, { nullable: true, description: 'The corrected extent.' })
  extent?: string | null;

  @Field(() => String, { nullable: true, description: 'The corrected role.' })
  role?: string | null;

  @Field(() => ID, { nullable: true, description: 'The corrected provision.' })
  provision?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The corrected sources (at least one Source).' })
  sources?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The corrected list of who asserts it.' })
  assertedBy?: string[] | null;

  @Field(() => Confidence, { nullable: true, description: 'The corrected confidence.' })
  confidence?: string | null;

  @Field(() => String, { nullable: true, description: 'The corrected note.' })
  note?: string | null;
}
