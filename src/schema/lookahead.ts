import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** The fields of a statement that read the entities it names (its provenance and its clause). */
export const MENTIONED_FIELDS: ReadonlySet<string> = new Set(['assertedBy', 'disputedBy', 'supportedBy', 'sources', 'provision']);

/** An entity's aliases. */
export const ALIAS_FIELDS: ReadonlySet<string> = new Set(['aliases']);

const memo = new WeakMap<FieldNode, WeakMap<ReadonlySet<string>, boolean>>();

/**
 * Whether the selection under the field being resolved names one of `names` at any depth, through
 * fragments and inline fragments. A look-ahead for the repositories, so a query reads only what the
 * request will use; an over-estimate (a name deeper down) only costs a read, never an answer.
 * Memoized per field node: a list field resolved for many parents walks its selection once.
 */
export function selectsAny(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, names: ReadonlySet<string>): boolean {
  const node = info.fieldNodes[0];
  let byNames = memo.get(node);
  if (!byNames) memo.set(node, (byNames = new WeakMap()));
  let found = byNames.get(names);
  if (found === undefined) {
    const seen = new Set<string>();
    const walk = (set: SelectionSetNode | undefined): boolean =>
      !!set &&
      set.selections.some((s) => {
        if (s.kind === Kind.FIELD) return names.has(s.name.value) || walk(s.selectionSet);
        if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
        if (seen.has(s.name.value)) return false;
        seen.add(s.name.value);
        return walk(info.fragments[s.name.value]?.selectionSet);
      });
    found = info.fieldNodes.some((f) => walk(f.selectionSet));
    byNames.set(names, found);
  }
  return found;
}
