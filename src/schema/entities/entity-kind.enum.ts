import { registerEnumType } from 'type-graphql';
import { ACTOR_KINDS, KIND_LABELS, KindLabel, kindOf, PLACE_KINDS } from '../../model/contract';
import { enumValues } from '../enum-values';

/** EntityKind's values are the contract's `kind` values: SovereignState -> SOVEREIGN_STATE. */
export const EntityKind: Record<string, string> = enumValues(KIND_LABELS.map(kindOf));

function groupOf(label: KindLabel): string {
  if ((ACTOR_KINDS as readonly string[]).includes(label)) return 'an Actor';
  if ((PLACE_KINDS as readonly string[]).includes(label)) return 'a Place';
  return 'an Entity';
}

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'The kind of an entity; each kind is a GraphQL type of the same name in UpperCamelCase (SOVEREIGN_STATE is SovereignState).',
  valuesConfig: Object.fromEntries(
    KIND_LABELS.map((label) => [kindOf(label), { description: `${label}: ${groupOf(label)}, the node label :${label}.` }]),
  ),
});
