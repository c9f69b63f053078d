import { RELATIONSHIP_TYPE_NAMES, RelationshipType } from '../../model/contract';
import { userError } from '../errors';
import { allowedRelationTypes } from '../relations/relation-types';

/**
 * Server-side caps of the view queries. A request over a cap is refused with BAD_USER_INPUT
 * (never silently clipped), so a frontend learns the limit instead of drawing half a graph.
 */
export const VIEW_LIMITS = {
  depth: { min: 1, max: 3, default: 2 },
  maxNodes: { min: 1, max: 500, default: 150 },
  /** Edges between the kept nodes; over it the payload is truncated (not an input). */
  maxEdges: 2000,
  maxHops: { min: 1, max: 6, default: 4 },
  pathLimit: { min: 1, max: 20, default: 5 },
  /** Timeline items; over it the timeline is truncated (not an input). */
  timelineItems: 1000,
} as const;

export function inRange(argument: string, value: number, range: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw userError(`${argument} must be a whole number from ${range.min} to ${range.max} (got ${value}).`, {
      argument,
      min: range.min,
      max: range.max,
    });
  }
  return value;
}

/** The views' `types`: every statement type when left out; an empty list is a mistake worth saying. */
export function relationshipTypes(types: string[] | null | undefined): RelationshipType[] {
  if (types === null || types === undefined) return [...RELATIONSHIP_TYPE_NAMES];
  if (types.length === 0)
    throw userError('types must name at least one relationship type, or be left out for all of them.', { argument: 'types' });
  return allowedRelationTypes(types);
}

export function entityId(argument: string, id: string): string {
  if (id.length === 0 || id.length > 200)
    throw userError(`${argument} must be an entity id (a slug such as nagorno-karabakh).`, { argument });
  return id;
}

export function dateRange(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  if (from && to && from > to) throw userError(`from (${from}) is after to (${to}).`, { argument: 'from' });
  return { from: from ?? null, to: to ?? null };
}
