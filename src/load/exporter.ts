import neo4j, { Driver, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime, Session } from 'neo4j-driver';

/**
 * `kg-load export`: writes the graph as a Cypher seed that `kg-load` loads back into the same
 * graph. The shape follows the cypher-shell exports data teams know: schema first, then UNWIND
 * batches inside :begin/:commit blocks, nodes keyed by a temporary label and property (with a
 * unique constraint so relationships find their endpoints by index), and a clean-up that removes
 * the key and drops its constraint. Values are written as typed literals (Integer vs Float,
 * date(...), datetime(...), durations, points, lists) so that they come back with the same type.
 * Records are streamed, so memory stays flat for a large graph.
 */
export const EXPORT_LABEL = 'KgExportNode';
export const EXPORT_KEY = 'kgExportKey';
const EXPORT_CONSTRAINT = 'kg_export_key';

export interface ExportOptions {
  /** Rows per UNWIND statement (default 500). */
  batchSize?: number;
}

export interface ExportStats {
  nodes: number;
  relationships: number;
  schema: number;
}

const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function cypherName(name: string): string {
  return SIMPLE_NAME.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

function label(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

export function cypherString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

function cypherFloat(x: number): string {
  if (Number.isNaN(x)) return '(0.0 / 0.0)';
  if (!Number.isFinite(x)) return x > 0 ? '(1.0 / 0.0)' : '(-1.0 / 0.0)';
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x).replace('e+', 'e');
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** A Cypher literal that evaluates to exactly this driver value (type included). */
export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'number') return cypherFloat(v);
  if (typeof v === 'bigint') return v.toString();
  if (isInt(v)) return v.toString();
  if (isDate(v)) return `date('${v.toString()}')`;
  if (isDateTime(v)) return `datetime('${v.toString()}')`;
  if (isLocalDateTime(v)) return `localdatetime('${v.toString()}')`;
  if (isTime(v)) return `time('${v.toString()}')`;
  if (isLocalTime(v)) return `localtime('${v.toString()}')`;
  if (isDuration(v)) return `duration('${v.toString()}')`;
  if (isPoint(v)) {
    const z = v.z === undefined || v.z === null ? '' : `, z: ${cypherFloat(v.z)}`;
    return `point({srid: ${v.srid.toString()}, x: ${cypherFloat(v.x)}, y: ${cypherFloat(v.y)}${z}})`;
  }
  if (ArrayBuffer.isView(v)) throw new Error('byte array properties cannot be written as Cypher literals');
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  if (typeof v === 'object') {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${cypherName(k)}: ${cypherLiteral(x)}`)
      .join(', ')}}`;
  }
  throw new Error(`cannot write ${typeof v} as a Cypher literal`);
}

/** A short key for a node: the number at the end of its element id when it has one. */
function keyOf(elementId: string): string {
  const m = /^\d+:[0-9a-fA-F-]+:(\d+)$/.exec(elementId);
  return m ? m[1] : cypherString(elementId);
}

/** The stored statement with IF NOT EXISTS, so loading into a database that has it is harmless. */
export function idempotentSchema(createStatement: string): string {
  return createStatement.replace(
    /^(CREATE\s+(?:[A-Z]+\s+)*?(?:INDEX|CONSTRAINT)\s+`(?:[^`]|``)*`)(?!\s+IF\s+NOT\s+EXISTS)/i,
    '$1 IF NOT EXISTS',
  );
}

type Sink = NodeJS.WritableStream;

function writer(out: Sink): (text: string) => Promise<void> {
  return (text) =>
    new Promise((resolve, reject) => {
      if (out.write(text)) resolve();
      else {
        out.once('drain', resolve);
        out.once('error', reject);
      }
    });
}

type Write = (text: string) => Promise<void>;

/** The schema, as idempotent create statements; returns how many. */
async function writeSchema(driver: Driver, database: string, write: Write): Promise<number> {
  const read = { database, routing: neo4j.routing.READ };
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement ORDER BY name',
    {},
    read,
  );
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type, owningConstraint, createStatement WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name, createStatement ORDER BY name",
    {},
    read,
  );
  const schema = [...constraints.records, ...indexes.records].filter((r) => r.get('name') !== EXPORT_CONSTRAINT);
  if (schema.length > 0) await write('// Schema\n');
  for (const r of schema) await write(`${idempotentSchema(String(r.get('createStatement')))};\n`);
  return schema.length;
}

/**
 * Streams records into UNWIND batches grouped by a key (label set or type): `row` makes a row's
 * literal, `flush` writes one batch. Returns how many records.
 */
interface Row {
  get(key: string): unknown;
}

async function writeBatches(
  records: AsyncIterable<Row>,
  batchSize: number,
  keyOf: (r: Row) => string,
  row: (r: Row) => string,
  flush: (key: string, rows: string[]) => Promise<void>,
): Promise<number> {
  const batches = new Map<string, string[]>();
  let n = 0;
  for await (const r of records) {
    const key = keyOf(r);
    const rows = batches.get(key) ?? [];
    rows.push(row(r));
    batches.set(key, rows);
    n++;
    if (rows.length >= batchSize) {
      await flush(key, rows);
      batches.delete(key);
    }
  }
  for (const [key, rows] of batches) await flush(key, rows);
  return n;
}

async function writeNodes(session: Session, batchSize: number, write: Write): Promise<number> {
  const labelsOf = (r: Row) =>
    (r.get('labels') as string[])
      .slice()
      .sort()
      .map((l) => `:${label(l)}`)
      .join('');
  const flush = async (labels: string, rows: string[]) => {
    const set = labels === '' ? '' : ` SET n${labels}`;
    await write(
      `:begin\nUNWIND [${rows.join(',\n')}] AS row\nCREATE (n:${label(EXPORT_LABEL)} {${EXPORT_KEY}: row.k}) SET n += row.p${set};\n:commit\n`,
    );
  };
  const nodes = session.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props');
  return writeBatches(
    nodes,
    batchSize,
    labelsOf,
    (r) => `{k: ${keyOf(r.get('id') as string)}, p: ${cypherLiteral(r.get('props'))}}`,
    flush,
  );
}

async function writeRelationships(session: Session, batchSize: number, write: Write): Promise<number> {
  const flush = async (type: string, rows: string[]) => {
    const key = `${label(EXPORT_LABEL)} {${EXPORT_KEY}:`;
    await write(
      `:begin\nUNWIND [${rows.join(',\n')}] AS row\nMATCH (a:${key} row.s})\nMATCH (b:${key} row.e})\nCREATE (a)-[r:${label(type)}]->(b) SET r += row.p;\n:commit\n`,
    );
  };
  const rels = session.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS s, elementId(b) AS e, type(r) AS type, properties(r) AS props');
  const row = (r: Row) => `{s: ${keyOf(r.get('s') as string)}, e: ${keyOf(r.get('e') as string)}, p: ${cypherLiteral(r.get('props'))}}`;
  return writeBatches(rels, batchSize, (r) => r.get('type') as string, row, flush);
}

export async function exportGraph(driver: Driver, database: string, out: Sink, options: ExportOptions = {}): Promise<ExportStats> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const write = writer(out);
  await write(
    `// A Cypher seed written by \`kg-load export\` on ${new Date().toISOString()}.\n// Load it into an empty database with: npm run load -- <this file>\n\n`,
  );
  const schema = await writeSchema(driver, database, write);
  await write(`\n// Nodes, keyed by a temporary label and property until the relationships are in\n`);
  await write(`CREATE CONSTRAINT ${EXPORT_CONSTRAINT} IF NOT EXISTS FOR (n:${label(EXPORT_LABEL)}) REQUIRE n.${EXPORT_KEY} IS UNIQUE;\n`);
  await write('CALL db.awaitIndexes(300);\n');
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 2000 });
  let nodes = 0;
  let relationships = 0;
  try {
    nodes = await writeNodes(session, batchSize, write);
    await write('\n// Relationships\n');
    relationships = await writeRelationships(session, batchSize, write);
  } finally {
    await session.close();
  }
  await write('\n// Clean-up: remove the temporary key and its constraint\n');
  await write(
    `MATCH (n:${label(EXPORT_LABEL)}) CALL (n) { REMOVE n:${label(EXPORT_LABEL)} REMOVE n.${EXPORT_KEY} } IN TRANSACTIONS OF 10000 ROWS;\n`,
  );
  await write(`DROP CONSTRAINT ${EXPORT_CONSTRAINT} IF EXISTS;\n`);
  return { nodes, relationships, schema };
}
