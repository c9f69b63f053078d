import { RelationshipType } from '../../model/contract';
import { RelationRecord } from '../../graph/repositories/records';
import { Context } from '../context';
import { relationLoader } from '../loaders';
import { recordedOn } from './as-of.args';

/**
 * The relationship fields researchers reach for first, and the statements each one reads: which
 * contract type, and on which side the entity stands. One table, so the schema's names and the
 * model's types are mapped in one place.
 */
export interface RelationField {
  types: readonly RelationshipType[];
  direction: 'OUTGOING' | 'INCOMING';
}

export const RELATION_FIELDS = {
  // Place
  controlledBy: { types: ['CONTROLS'], direction: 'INCOMING' },
  claimedBy: { types: ['CLAIMS'], direction: 'INCOMING' },
  recognizedAs: { types: ['RECOGNIZED_AS_PART_OF'], direction: 'OUTGOING' },
  guaranteedBy: { types: ['GUARANTEES'], direction: 'INCOMING' },
  inAreaOfResponsibilityOf: { types: ['HAS_AREA_OF_RESPONSIBILITY'], direction: 'INCOMING' },
  // Actor
  controls: { types: ['CONTROLS'], direction: 'OUTGOING' },
  claims: { types: ['CLAIMS'], direction: 'OUTGOING' },
  guarantees: { types: ['GUARANTEES'], direction: 'OUTGOING' },
  recognizes: { types: ['RECOGNIZES'], direction: 'OUTGOING' },
  areaOfResponsibility: { types: ['HAS_AREA_OF_RESPONSIBILITY'], direction: 'OUTGOING' },
  allegationsMade: { types: ['ALLEGES'], direction: 'OUTGOING' },
  // Agreement
  parties: { types: ['PARTY_TO'], direction: 'INCOMING' },
  signatories: { types: ['SIGNED'], direction: 'INCOMING' },
  provisions: { types: ['HAS_PROVISION'], direction: 'OUTGOING' },
  // Provision
  agreement: { types: ['HAS_PROVISION'], direction: 'INCOMING' },
  // Allegation
  allegedBy: { types: ['ALLEGES'], direction: 'INCOMING' },
  against: { types: ['AGAINST'], direction: 'OUTGOING' },
  concerns: { types: ['CONCERNS'], direction: 'OUTGOING' },
  deniedBy: { types: ['DENIES'], direction: 'INCOMING' },
} as const satisfies Record<string, RelationField>;

/** The entity's statements for one of the fields above, batched across the request. */
export function relationsFor(
  ctx: Context,
  entityId: string,
  field: RelationField,
  dates: { asOf?: string | null; on?: string | null; asRecordedOn?: Date | null },
): Promise<RelationRecord[]> {
  return relationLoader(ctx, { types: field.types, direction: field.direction, asOf: dates.asOf ?? null, on: dates.on ?? null, asRecordedOn: recordedOn(dates.asRecordedOn) }).load(entityId);
}
