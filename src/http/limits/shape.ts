import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, SelectionSetNode } from 'graphql';

/**
 * The shape of a document, measured before graphql-js validates it: validation of a document
 * with thousands of fields takes hundreds of milliseconds, so depth and aliases are refused first,
 * from the parse alone. Fragment spreads count as often as they are spread (each fragment is
 * measured once and reused), so hiding a deep or aliased selection in fragments changes nothing.
 */
export interface DocumentShape {
  /** Deepest field nesting (a root field is depth 1). */
  depth: number;
  /** Aliased fields, fragments expanded. */
  aliases: number;
  /** Fields, fragments expanded. */
  fields: number;
}

interface Measure {
  depth: number;
  aliases: number;
  fields: number;
}

const NONE: Measure = { depth: 0, aliases: 0, fields: 0 };

/** Beyond this, figures stop growing (a fragment bomb would overflow them): all are refused anyway. */
const CEILING = 1e12;

function add(a: number, b: number): number {
  return Math.min(CEILING, a + b);
}

export function measureDocument(document: DocumentNode, operationName?: string | null): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Measure>();
  const visiting = new Set<string>();

  const fragment = (name: string): Measure => {
    const known = memo.get(name);
    if (known) return known;
    const def = fragments.get(name);
    // Unknown or cyclic fragments are validation errors; graphql-js reports them.
    if (!def || visiting.has(name)) return NONE;
    visiting.add(name);
    const m = selections(def.selectionSet);
    visiting.delete(name);
    memo.set(name, m);
    return m;
  };

  const selections = (set: SelectionSetNode): Measure => {
    let depth = 0;
    let aliases = 0;
    let fields = 0;
    for (const s of set.selections) {
      let m: Measure;
      if (s.kind === Kind.FIELD) {
        const inner = s.selectionSet ? selections(s.selectionSet) : NONE;
        // Introspection (__schema, __type) nests deep by design (GraphiQL's query reaches 14) and
        // reads only the schema: its depth does not count; its fields and aliases do.
        const depth = s.name.value.startsWith('__') ? 0 : inner.depth + 1;
        m = { depth, aliases: add(inner.aliases, s.alias ? 1 : 0), fields: add(inner.fields, 1) };
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        m = selections(s.selectionSet);
      } else {
        m = fragment(s.name.value);
      }
      depth = Math.max(depth, m.depth);
      aliases = add(aliases, m.aliases);
      fields = add(fields, m.fields);
    }
    return { depth, aliases, fields };
  };

  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName ? operations.filter((o) => o.name?.value === operationName) : operations;
  let shape: DocumentShape = { depth: 0, aliases: 0, fields: 0 };
  for (const op of chosen.length > 0 ? chosen : operations) {
    const m = selections(op.selectionSet);
    shape = {
      depth: Math.max(shape.depth, m.depth),
      aliases: Math.max(shape.aliases, m.aliases),
      fields: Math.max(shape.fields, m.fields),
    };
  }
  return shape;
}

/** Parses with a token limit; null when the text does not parse (Apollo then reports why). */
export function parseBounded(query: string, maxTokens: number): DocumentNode | null {
  try {
    return parse(query, { maxTokens, noLocation: true });
  } catch {
    return null;
  }
}
