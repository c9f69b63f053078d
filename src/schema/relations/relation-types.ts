import { isRelationshipType, RELATIONSHIP_TYPE_NAMES, RelationshipType } from '../../model/contract';
import { userError } from '../errors';

/**
 * Relationship types from input, checked against the contract's allowlist before they reach a
 * query (the read API and the views both come here): an unknown type is BAD_USER_INPUT naming the
 * allowed ones; duplicates are dropped and the list is sorted, so equal filters compare equal.
 */
export function allowedRelationTypes(types: readonly string[], argument = 'types'): RelationshipType[] {
  const unknown = types.filter((t) => !isRelationshipType(t));
  if (unknown.length) {
    throw userError(
      `Unknown relationship type ${unknown.map((t) => JSON.stringify(t)).join(', ')}: use one of ${RELATIONSHIP_TYPE_NAMES.join(', ')}.`,
      {
        argument,
        allowed: RELATIONSHIP_TYPE_NAMES,
      },
    );
  }
  return [...new Set(types as RelationshipType[])].sort();
}

/** The read API's `types` filter: null (every type) when left out or empty. */
export function checkRelationTypes(types: readonly string[] | null | undefined): RelationshipType[] | null {
  return types && types.length > 0 ? allowedRelationTypes(types) : null;
}
