import { RelationshipType } from '../../model/contract';

/**
 * The relationship fields researchers reach for first, and the statements each one reads: which
 * contract type, on which side the entity stands, and on which GraphQL types the field appears
 * (with its description there). One table, so the schema's names and the model's types are mapped
 * in one place; relation-field.resolver.ts builds every field from it.
 */
export type RelationFieldOwner = 'Place' | 'Actor' | 'Agreement' | 'Provision' | 'Allegation';

export interface RelationField {
  types: readonly RelationshipType[];
  direction: 'OUTGOING' | 'INCOMING';
  /** The GraphQL types that have this field, and its description on each. */
  descriptions: Partial<Record<RelationFieldOwner, string>>;
  /** The field also takes `on` (only statements whose validFrom is that day). */
  byDay?: true;
}

export const RELATION_FIELDS = {
  // Place
  controlledBy: {
    types: ['CONTROLS'],
    direction: 'INCOMING',
    descriptions: { Place: 'Who holds de facto control of it (CONTROLS statements; the controller is the subject).' },
  },
  claimedBy: {
    types: ['CLAIMS'],
    direction: 'INCOMING',
    descriptions: { Place: 'Who claims it as their territory, whoever controls it (CLAIMS; the claimant is the subject).' },
  },
  recognizedAs: {
    types: ['RECOGNIZED_AS_PART_OF'],
    direction: 'OUTGOING',
    descriptions: {
      Place:
        'Whose territory it is recognized as (RECOGNIZED_AS_PART_OF): the state is the object, and assertedBy lists who recognizes it so.',
    },
  },
  guaranteedBy: {
    types: ['GUARANTEES'],
    direction: 'INCOMING',
    descriptions: {
      Place: 'Who guarantees it, such as the safety of movement along a corridor (GUARANTEES; the guarantor is the subject).',
      Provision: 'Who guarantees it (GUARANTEES; the guarantor is the subject).',
    },
  },
  inAreaOfResponsibilityOf: {
    types: ['HAS_AREA_OF_RESPONSIBILITY'],
    direction: 'INCOMING',
    descriptions: { Place: 'Whose area of responsibility it lies in (HAS_AREA_OF_RESPONSIBILITY; the force is the subject).' },
  },
  // Actor
  controls: {
    types: ['CONTROLS'],
    direction: 'OUTGOING',
    descriptions: { Actor: 'Places it holds de facto control of (CONTROLS; the place is the object).' },
  },
  claims: { types: ['CLAIMS'], direction: 'OUTGOING', descriptions: { Actor: 'Places it claims as its territory (CLAIMS).' } },
  guarantees: {
    types: ['GUARANTEES'],
    direction: 'OUTGOING',
    descriptions: { Actor: 'What it guarantees: an agreement, a provision of one, or a place such as a corridor (GUARANTEES).' },
  },
  recognizes: {
    types: ['RECOGNIZES'],
    direction: 'OUTGOING',
    descriptions: { Actor: 'States whose sovereignty or territorial integrity it recognizes (RECOGNIZES).' },
  },
  areaOfResponsibility: {
    types: ['HAS_AREA_OF_RESPONSIBILITY'],
    direction: 'OUTGOING',
    descriptions: { Actor: 'Places in its area of responsibility, for forces and missions (HAS_AREA_OF_RESPONSIBILITY).' },
  },
  allegationsMade: {
    types: ['ALLEGES'],
    direction: 'OUTGOING',
    descriptions: { Actor: 'Allegations it made (ALLEGES; the Allegation is the object, validFrom the day it was made).' },
    byDay: true,
  },
  partyTo: {
    types: ['PARTY_TO'],
    direction: 'OUTGOING',
    descriptions: {
      Actor:
        'Agreements it is party to (PARTY_TO; the agreement is the object). With during, those it was party to at any time in the period.',
    },
  },
  signed: {
    types: ['SIGNED'],
    direction: 'OUTGOING',
    descriptions: { Actor: 'Agreements a person signed or witnessed (SIGNED; role says which).' },
  },
  memberOf: {
    types: ['MEMBER_OF'],
    direction: 'OUTGOING',
    descriptions: { Actor: 'Organizations and groups it is a member of (MEMBER_OF).' },
  },
  heads: {
    types: ['HEADS'],
    direction: 'OUTGOING',
    descriptions: { Actor: 'The states, bodies and organizations a person heads or speaks for (HEADS; role names the office).' },
  },
  headedBy: {
    types: ['HEADS'],
    direction: 'INCOMING',
    descriptions: {
      Actor: 'Who heads it (HEADS; the office holder is the subject, role names the office), such as the presidents of Artsakh.',
    },
  },
  // Agreement
  parties: {
    types: ['PARTY_TO'],
    direction: 'INCOMING',
    descriptions: { Agreement: 'The parties to it (PARTY_TO; the party is the subject, role says in what capacity).' },
  },
  signatories: {
    types: ['SIGNED'],
    direction: 'INCOMING',
    descriptions: { Agreement: 'The people who signed or witnessed it (SIGNED; role says which).' },
  },
  provisions: {
    types: ['HAS_PROVISION'],
    direction: 'OUTGOING',
    descriptions: { Agreement: 'Its provisions (HAS_PROVISION; the Provision is the object).' },
  },
  // Provision
  agreement: {
    types: ['HAS_PROVISION'],
    direction: 'INCOMING',
    descriptions: { Provision: 'The agreement it belongs to (HAS_PROVISION; the Agreement is the subject).' },
  },
  // Allegation
  allegedBy: {
    types: ['ALLEGES'],
    direction: 'INCOMING',
    descriptions: { Allegation: 'Who made it (ALLEGES; the accuser is the subject, validFrom the day it was made).' },
  },
  against: {
    types: ['AGAINST'],
    direction: 'OUTGOING',
    descriptions: { Allegation: 'Whom it accuses (AGAINST; the accused is the object).' },
  },
  concerns: {
    types: ['CONCERNS'],
    direction: 'OUTGOING',
    descriptions: { Allegation: 'What it is about: an event, agreement, provision or place (CONCERNS; that is the object).' },
  },
  deniedBy: {
    types: ['DENIES'],
    direction: 'INCOMING',
    descriptions: {
      Allegation: 'Who denied or rejected it (DENIES; the denier is the subject). The ALLEGES statement lists disputers in disputedBy too.',
    },
  },
} as const satisfies Record<string, RelationField>;

export type RelationFieldName = keyof typeof RELATION_FIELDS;
