import { isRelationshipType, RELATIONSHIP_TYPE_NAMES } from '../../model/contract';
import { userError } from '../errors';

/**
 * Relationship types from input, checked against the contract before they reach a query. The
 * RelationType enum already limits them; this keeps the allowlist in force for any other caller.
 */
export function checkRelationTypes(types: readonly string[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  const unknown = types.filter((t) => !isRelationshipType(t));
  if (unknown.length) {
    throw userError(`Unknown relationship type ${unknown.map((t) => `"${t}"`).join(', ')}; the model has ${RELATIONSHIP_TYPE_NAMES.join(', ')}.`, { argument: 'types' });
  }
  return [...new Set(types)].sort();
}
