/**
 * The object TypeGraphQL registers as a GraphQL enum, from a list of names: each value is its
 * own name, as the graph stores it (CONTROLS, SOVEREIGN_STATE, CASUALTY_FIGURE ...).
 */
export function enumValues<T extends string>(names: readonly T[]): Record<T, T> {
  return Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>;
}
