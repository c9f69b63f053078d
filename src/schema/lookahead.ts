import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import type { Projection } from '../graph/queries';
import type { StatementPart } from '../graph/shared-cypher';
import type { Period } from '../model/validity';

/** The fields of a statement that read the entities it names (its provenance and its clause). */
export const MENTIONED_FIELDS: ReadonlySet<string> = new Set(['assertedBy', 'disputedBy', 'supportedBy', 'sources', 'provision']);

/** An entity's aliases. */
export const ALIAS_FIELDS: ReadonlySet<string> = new Set(['aliases']);

/** The ranges an imprecise bound stands for (with a period, certainty reads them too). */
const RANGE_FIELDS: ReadonlySet<string> = new Set(['validFromEarliest', 'validFromLatest', 'validToEarliest', 'validToLatest']);

/** A statement's note and recorded time. */
const RECORDED_FIELDS: ReadonlySet<string> = new Set(['note', 'version', 'recordedFrom', 'recordedTo', 'recordedBy']);

/** The ends of a statement, and what a statement query reads of them when nothing more is asked. */
const END_FIELDS: ReadonlySet<string> = new Set(['subject', 'object']);
const NAME_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'kind', '__typename']);

/** What the look-aheads read of a field's resolve info. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

const memo = new WeakMap<FieldNode, WeakMap<ReadonlySet<string>, boolean>>();

/**
 * Whether the selection under the field being resolved names one of `names` at any depth, through
 * fragments and inline fragments. A look-ahead for the repositories, so a query reads only what the
 * request will use; an over-estimate (a name deeper down) only costs a read, never an answer.
 * Memoized per field node: a list field resolved for many parents walks its selection once.
 */
export function selectsAny(info: SelectionInfo, names: ReadonlySet<string>): boolean {
  const node = info.fieldNodes[0];
  let byNames = memo.get(node);
  if (!byNames) memo.set(node, (byNames = new WeakMap()));
  let found = byNames.get(names);
  if (found === undefined) {
    const seen = new Set<string>();
    const walk = (set: SelectionSetNode | undefined): boolean =>
      fieldsOf(info, set, seen).some((f) => names.has(f.name.value) || walk(f.selectionSet));
    found = info.fieldNodes.some((f) => walk(f.selectionSet));
    byNames.set(names, found);
  }
  return found;
}

/** The fields of a selection set, through fragments and inline fragments (each named fragment once). */
function fieldsOf(info: SelectionInfo, set: SelectionSetNode | undefined, seen = new Set<string>()): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(info, s.selectionSet, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return fieldsOf(info, info.fragments[s.name.value]?.selectionSet, seen);
  });
}

const endsMemo = new WeakMap<FieldNode, boolean>();

/**
 * Whether every `subject` and `object` under the field being resolved, at any depth, selects
 * only fields of `NAME_FIELDS`. Unlike selectsAny's, an over-estimate here would lose an answer.
 */
function endsSelectOnlyNames(info: SelectionInfo): boolean {
  // Memoized as selectsAny is: a statement field under a list of entities asks once per entity.
  const known = endsMemo.get(info.fieldNodes[0]);
  if (known !== undefined) return known;
  const fine = (field: FieldNode): boolean => {
    if (END_FIELDS.has(field.name.value)) return fieldsOf(info, field.selectionSet).every((f) => NAME_FIELDS.has(f.name.value));
    return fieldsOf(info, field.selectionSet).every(fine);
  };
  const result = info.fieldNodes.every(fine);
  endsMemo.set(info.fieldNodes[0], result);
  return result;
}

/**
 * What a statement query must read for the statements under the field being resolved: the parts
 * of each statement whose fields the selection names (with a period, the ranges always, for
 * certainty), and only the names of its ends when nothing more of them is asked
 * (src/graph/queries.ts, Projection); and whether to read the entities its provenance names with it
 * (`mentioned`, the same look-ahead as the provenance part).
 */
export function statementReads(info: SelectionInfo, period: Period | null): { mentioned: boolean; projection: Projection } {
  const mentioned = selectsAny(info, MENTIONED_FIELDS);
  const parts: StatementPart[] = [];
  if (period !== null || selectsAny(info, RANGE_FIELDS)) parts.push('ranges');
  if (mentioned) parts.push('provenance');
  if (selectsAny(info, RECORDED_FIELDS)) parts.push('recorded');
  return { mentioned, projection: { parts, ends: endsSelectOnlyNames(info) ? 'names' : 'all' } };
}
