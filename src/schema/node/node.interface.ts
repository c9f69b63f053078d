import { Field, ID, InterfaceType } from 'type-graphql';
import { EntityRecord, RelationRecord } from '../../graph/repositories/records';
import { labelOfKind } from '../../model/contract';

/** A value `node(id:)` answers with: an entity record or a statement record. */
export type NodeRecord = EntityRecord | RelationRecord;

export function isRelationRecord(value: NodeRecord): value is RelationRecord {
  return 'subject' in value && 'object' in value;
}

/**
 * Relay's object identification: every entity and every statement has an id that is unique across
 * the whole graph (entity slugs and statement ids never coincide: test/seed checks it), so a
 * client cache can key and refetch any of them through `node(id:)`.
 */
@InterfaceType('Node', {
  description: 'An object with an id that is unique across the graph and can be refetched with node(id:) (Relay object identification).',
  resolveType: (value: NodeRecord) => (isRelationRecord(value) ? 'Relation' : labelOfKind(value.kind)),
})
export abstract class Node {
  @Field(() => ID, { description: 'Unique across every entity and statement; refetch it with node(id:).' })
  id!: string;
}
