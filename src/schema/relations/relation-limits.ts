/**
 * Caps of the statement lists nested in an entity (controlledBy, parties, allegationsMade, ...).
 * A hub entity can hold 100,000 statements; no single field may return them all. Each nested list
 * takes `first` (at most `max`, `default` when left out); the root `relations` connection pages
 * through longer lists. The query-cost analysis reads the same numbers, so the two never disagree.
 */
export const NESTED_RELATION_LIMIT = { default: 100, max: 500 } as const;
