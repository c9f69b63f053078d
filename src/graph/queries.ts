import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { isRelationshipType, KIND_LABELS, RelationshipType } from '../model/contract';
import { OPTIONAL_STATEMENT_PARTS, SHARED_CYPHER, STATEMENT_PARTS, StatementPart } from './shared-cypher';
import type { QueryName, QueryParams } from './query-signatures';

/**
 * Named Cypher queries, one per file under cypher/queries/ (SQL-in-files style): the file name
 * without .cypher is the query's name. Files are read once and cached. Each file can be pasted
 * into Neo4j Browser as it is, with its parameters set by :param.
 *
 * Some files are templates: what Cypher cannot take as a parameter (a relationship type, a label,
 * an arrow's direction, a path length) is marked where it goes with a comment, so the file as
 * written is still a query (the broadest one: every type, either direction):
 * - `/*{name}*\/` is replaced by the fill of that name;
 * - `/*{each name}*\/ ... /*{/each}*\/` is repeated once per item of a list fill, joined by
 *   UNION ALL, with `/*{name}*\/` inside replaced by the item.
 * Fills are made only by the functions below, from the contract's allowlists and checked integers,
 * never from input text. `variant()` registers the filled text under a name of its own, which
 * GraphClient.read runs like any named query.
 *
 * What several queries share (the validity rule, the provenance subquery, the view edge) is
 * written once in src/graph/shared-cypher.ts, and a file names it with `/*{include name}*\/`:
 * that is put in when the file is read, before any fill. The copy to paste into Neo4j Browser is
 * therefore dist/cypher/queries/<name>.cypher, which `npm run build` writes with every include
 * put in (src/graph/emit-queries.ts).
 */
const QUERY_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');
const cache = new Map<string, string>();

export class UnknownQueryError extends Error {
  override name = 'UnknownQueryError';
}

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UnknownQueryError(`bad query name "${name}"`);
    const file = path.join(QUERY_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new UnknownQueryError(`no named query ${name} (${file})`);
    text = sendable(withIncludes(name, fs.readFileSync(file, 'utf8')));
    cache.set(name, text);
  }
  return text;
}

const INCLUDE = /\/\*\{include (\w+)\}\*\//g;

/** The text of a query file with each `/*{include name}*\/` replaced by that shared piece, indented like the line it stands on. */
export function withIncludes(name: string, text: string): string {
  return text.replace(INCLUDE, (_, piece: string, offset: number) => {
    if (!Object.hasOwn(SHARED_CYPHER, piece)) throw new UnknownQueryError(`query ${name}: no shared Cypher named ${piece}`);
    const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset) + 1))?.[0] ?? '';
    return SHARED_CYPHER[piece as keyof typeof SHARED_CYPHER].replace(/\n/g, `\n${indent}`);
  });
}
/** A template filled by variant(): runs under its own name, with its template's signature. */
export type VariantName<N extends QueryName> = string & { readonly template: N };

/** What GraphClient runs: a named query, or a filled variant of one. */
export type QueryRef<N extends QueryName = QueryName> = N | VariantName<N>;

/**
 * The text sent to Neo4j: the file without its whole-line `//` comments (the header and the
 * `:param` lines), blank lines and the final semicolon. The driver packs the text into every
 * RUN message, and the headers are often half of it; Neo4j's plan cache keys on the text, which
 * stays the same for every call. Comments at the end of a line and `/*{fill}*\/` marks stay.
 */
export function sendable(file: string): string {
  return file
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('//'))
    .join('\n')
    .replace(/;\s*$/, '')
    .trim();
}

/** A named query (or filled template) and its parameters: what a repository runs, and what bench/profile-queries.ts and test/scale/ profile. */
export interface PlannedQuery<N extends QueryName = QueryName> {
  name: QueryRef<N>;
  params: QueryParams<N>;
}

/** A template fill: made only by the functions below. */
export type Fill = { readonly text: string } | { readonly each: readonly string[] };

/** `:CONTROLS|CLAIMS`: relationship types, each checked against the contract. */
export function typesFill(types: readonly string[]): Fill {
  if (types.length === 0) throw new RangeError('a type fill needs at least one relationship type');
  for (const t of types) if (!isRelationshipType(t)) throw new RangeError(`not a relationship type of the contract: ${JSON.stringify(t)}`);
  return { text: `:${[...new Set(types)].sort().join('|')}` };
}

/** One `:TYPE` per repetition of an each-block. */
export function eachTypeFill(types: readonly RelationshipType[]): Fill {
  return { each: [...new Set(types)].sort().map((t) => (typesFill([t]) as { text: string }).text) };
}

/** `:Settlement`: a kind label of the contract. */
export function labelFill(label: string): Fill {
  if (!(KIND_LABELS as readonly string[]).includes(label))
    throw new RangeError(`not a kind label of the contract: ${JSON.stringify(label)}`);
  return { text: `:${label}` };
}

/** The arrow heads of `(e)/*{in}*\/-[r]-/*{out}*\/(x)` for the side the entity stands on. */
export function directionFills(direction: 'OUTGOING' | 'INCOMING' | 'BOTH'): { in: Fill; out: Fill } {
  return { in: { text: direction === 'INCOMING' ? '<' : '' }, out: { text: direction === 'OUTGOING' ? '>' : '' } };
}

/** A literal whole number (a path length: quantifiers cannot take a parameter). */
export function integerFill(value: number, range: { min: number; max: number }): Fill {
  if (!Number.isInteger(value) || value < range.min || value > range.max)
    throw new RangeError(`${value} is not a whole number from ${range.min} to ${range.max}`);
  return { text: String(value) };
}

/** A fixed piece of text from the code, such as ` {id: $subject}` (never input). */
export function constantFill(text: '' | ' {id: $subject}' | ' {id: $object}'): Fill {
  return { text };
}

/**
 * What a statement query returns of each statement and of its two ends: every property (`all`,
 * as the shared statement piece and `e {.*}`), or only what the request reads. `parts` names the
 * statement's parts beyond its core (src/graph/shared-cypher.ts, STATEMENT_PARTS); `ends: 'names'`
 * reads only the id, name and kind of the subject and object. Records read with a pruned
 * projection lack the other properties: they answer only the fields the request selected, and
 * must not fill a cache that other fields read (src/schema/loaders.ts, primeFromRelations).
 */
export interface Projection {
  parts: 'all' | readonly StatementPart[];
  ends: 'all' | 'names';
}

export const FULL_PROJECTION: Projection = { parts: 'all', ends: 'all' };

/** The fills of `r/*{relationMap}*\/`, `s/*{subjectMap}*\/` and `o/*{objectMap}*\/` for a projection. */
export function projectionFills(projection: Projection): { relationMap: Fill; subjectMap: Fill; objectMap: Fill } {
  const { parts, ends } = projection;
  const relationMap =
    parts === 'all'
      ? SHARED_CYPHER.statement.slice(1)
      : ` {${[...STATEMENT_PARTS.core, ...OPTIONAL_STATEMENT_PARTS.filter((p) => parts.includes(p)).flatMap((p) => STATEMENT_PARTS[p])].join(', ')}}`;
  const end = (v: 's' | 'o') => ({ text: ends === 'all' ? ` {.*, labels: labels(${v})}` : ` {.id, .name, .kind, labels: labels(${v})}` });
  return { relationMap: { text: relationMap }, subjectMap: end('s'), objectMap: end('o') };
}

/**
 * A keyset page over a list ordered by id (Relay's first/after and last/before): `first` items
 * from the start of the ids between `after` and `before` (both exclusive, null for the list's
 * ends), or `last` items from its end. Exactly one of first and last.
 */
export interface PageWindow {
  first?: number;
  last?: number;
  after: string | null;
  before?: string | null;
}

/** The page size and the direction the index is read in. */
export function windowSize(page: PageWindow): { size: number; backward: boolean } {
  return page.last !== undefined ? { size: page.last, backward: true } : { size: page.first ?? 0, backward: false };
}

/**
 * The fills of a keyset page template: `/*{before}*\/` after `<v>.id > $after` adds the upper bound
 * when one is given, and `/*{order}*\/` after each `ORDER BY <v>.id` reads the index backward for
 * a `last` page (the repository reverses the rows). `v` is the variable the template pages by.
 */
export function keysetFills(v: 'e' | 'r', page: PageWindow): { before: Fill; order: Fill } {
  return {
    before: { text: page.before != null ? ` AND ${v}.id < $before` : '' },
    order: { text: windowSize(page).backward ? ' DESC' : '' },
  };
}

/** The keyset parameters of a page: `$after` ('' for none), `$before`, and `$limit`, one more than the page to know if more follow. */
export function keysetParams(page: PageWindow): { after: string; before?: string; limit: ReturnType<typeof neo4j.int> } {
  const params = { after: page.after ?? '', limit: neo4j.int(windowSize(page).size + 1) };
  // $before only where the template reads it (keysetFills), so no page plans with an unused parameter.
  return page.before != null ? { ...params, before: page.before } : params;
}

/** The rows of a page in list order, without the extra row, and whether more follow in the direction read. */
export function pageRows<T>(rows: T[], page: PageWindow): { items: T[]; hasMore: boolean } {
  const { size, backward } = windowSize(page);
  const items = rows.slice(0, size);
  return { items: backward ? items.reverse() : items, hasMore: rows.length > size };
}

const EACH = /\/\*\{each (\w+)\}\*\/([\s\S]*?)\/\*\{\/each\}\*\//g;
const MARKER = /\/\*\{(\w+)\}\*\//g;

/** The template `name` with its markers filled. Throws when a marker has no fill or a fill no marker. */
export function fillTemplate(name: string, fills: Record<string, Fill>): string {
  const used = new Set<string>();
  const get = (marker: string) => {
    const fill = fills[marker];
    if (fill === undefined) throw new UnknownQueryError(`query ${name}: no fill for /*{${marker}}*/`);
    used.add(marker);
    return fill;
  };
  const plain = (marker: string) => {
    const fill = get(marker);
    if (!('text' in fill)) throw new UnknownQueryError(`query ${name}: /*{${marker}}*/ needs a text fill`);
    return fill.text;
  };
  const text = cypher(name)
    .replace(EACH, (_, marker: string, body: string) => {
      const fill = get(marker);
      if (!('each' in fill)) throw new UnknownQueryError(`query ${name}: each ${marker} needs a list fill`);
      return fill.each
        .map((item) => body.replace(MARKER, (m, inner: string) => (inner === marker ? item : plain(inner))))
        .join('\nUNION ALL\n');
    })
    .replace(MARKER, (_, marker: string) => plain(marker));
  const unused = Object.keys(fills).filter((k) => !used.has(k));
  if (unused.length) throw new UnknownQueryError(`query ${name} has no marker ${unused.map((k) => `/*{${k}}*/`).join(', ')}`);
  return text;
}

/**
 * Registers the template `name` filled with `fills` and returns the name to run it by, such as
 * `relations-of-entities(in=<;out=;types=:CONTROLS)`; the same fills give the same name.
 */
export function variant<N extends QueryName>(name: N, fills: Record<string, Fill>): VariantName<N> {
  const key = `${name}(${Object.keys(fills)
    .sort()
    .map((k) => {
      const f = fills[k];
      return `${k}=${'text' in f ? f.text : f.each.join(',')}`;
    })
    .join(';')})`;
  if (!cache.has(key)) cache.set(key, fillTemplate(name, fills));
  // (the brand only records the template whose signature the variant keeps)
  return key as VariantName<N>;
}
