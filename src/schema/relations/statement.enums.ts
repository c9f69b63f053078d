import { registerEnumType } from 'type-graphql';
import { CERTAINTIES, CONFIDENCES, PRECISIONS, RANKS, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, STATUSES } from '../../model/contract';
import { enumValues } from '../enum-values';

/**
 * GraphQL enums built from the model contract, so the API accepts exactly the relationship types,
 * statuses, ranks and precisions the contract allows (anything else fails as BAD_USER_INPUT).
 */
export const RelationType = enumValues(RELATIONSHIP_TYPE_NAMES);
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'The relationship types of the model contract; each relationship is a dated, sourced statement.',
  valuesConfig: Object.fromEntries(RELATIONSHIP_TYPE_NAMES.map((t) => [t, { description: RELATIONSHIP_TYPES[t].description }])),
});

export const StatementStatus = enumValues(STATUSES);
registerEnumType(StatementStatus, {
  name: 'StatementStatus',
  description: 'Whether a statement is contested.',
  valuesConfig: {
    UNCONTESTED: { description: 'No party named in the sources disputes it.' },
    DISPUTED: { description: 'At least one party disputes it (see disputedBy).' },
    SUPERSEDED: { description: 'Replaced by a later statement, such as a position a party has abandoned.' },
  },
});

export const Rank = enumValues(RANKS);
registerEnumType(Rank, {
  name: 'Rank',
  description: "A statement's rank, as in Wikidata.",
  valuesConfig: {
    PREFERRED: { description: 'The best current value among several.' },
    NORMAL: { description: 'A valid value.' },
    DEPRECATED: { description: 'Known to be wrong or no longer held, kept for the record.' },
  },
});

export const Confidence = enumValues(CONFIDENCES);
registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How well the sources support a statement.',
  valuesConfig: {
    CONFIRMED: { description: 'Confirmed by a primary text or by secondary sources.' },
    PARTISAN: { description: 'Found only in sources of one conflict party: that party asserts it.' },
    CONFLICTING: { description: 'The sources disagree.' },
    UNVERIFIED: { description: 'Not confirmed by a source that was read.' },
  },
});

export const DatePrecision = enumValues(PRECISIONS);
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How exact a date is: a MONTH date such as 2022-01-01 means some day in January 2022.',
  valuesConfig: {
    DAY: { description: 'Exact to the day.' },
    MONTH: { description: 'Only the month is known; the day is the first of the month.' },
    YEAR: { description: 'Only the year is known; the date is 1 January.' },
    DECADE: { description: 'Only the decade is known; the date is 1 January of its first year (1990 for the 1990s).' },
    CENTURY: { description: 'Only the century is known; the date is 1 January of its first year (1900 for 1900-1999).' },
  },
});

export const Certainty = enumValues(CERTAINTIES);
registerEnumType(Certainty, {
  name: 'Certainty',
  description:
    'Whether a statement held on the day (or in the period) asked, given how exact its dates are (docs/api.md, "Precision and certainty").',
  valuesConfig: {
    CERTAIN: { description: 'It held then for every reading of its bounds.' },
    POSSIBLE: {
      description:
        'It held then only for some readings: the day falls inside an imprecise start or end (such as a term that ended "in 2007").',
    },
  },
});

export const RelationDirection = enumValues(['OUTGOING', 'INCOMING', 'BOTH'] as const);
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'Which side of a relationship an entity is on.',
  valuesConfig: {
    OUTGOING: { description: 'The entity is the subject (the relationship starts at it).' },
    INCOMING: { description: 'The entity is the object (the relationship ends at it).' },
    BOTH: { description: 'Either side.' },
  },
});
export type RelationDirectionValue = keyof typeof RelationDirection;
