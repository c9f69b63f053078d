import { inspect } from 'node:util';
import { Driver, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isPoint, isTime } from 'neo4j-driver';
import { testTarget } from './neo4j';

/**
 * A canonical, id-independent dump of the whole graph for comparing two graphs: every node as its
 * sorted labels and typed properties, every relationship as its type, typed properties and the
 * canonical forms of its two endpoints; all sorted. Types are kept apart (Integer 1 vs Float 1.0,
 * Date vs DateTime vs string), so a round trip that changes a type shows up as a difference.
 */
function typed(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (isInt(v)) return { int: v.toString() };
  if (typeof v === 'number') return { float: Number.isNaN(v) ? 'NaN' : String(v) };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return { date: v.toString() };
  if (isDateTime(v)) return { datetime: v.toString() };
  if (isLocalDateTime(v)) return { localdatetime: v.toString() };
  if (isTime(v)) return { time: v.toString() };
  if (isLocalTime(v)) return { localtime: v.toString() };
  if (isDuration(v)) return { duration: v.toString() };
  if (isPoint(v)) return { point: [v.srid.toString(), v.x, v.y, v.z ?? null] };
  if (Array.isArray(v)) return { list: v.map(typed) };
  throw new Error(`unexpected value ${inspect(v)}`);
}

function props(p: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(p)
      .sort()
      .map((k) => [k, typed(p[k])]),
  );
}

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

export async function dumpGraph(driver: Driver): Promise<GraphDump> {
  const database = testTarget().database;
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const key = new Map<string, string>();
  for (const r of nodes.records) key.set(r.get('id'), `${[...(r.get('labels') as string[])].sort().join(':')} ${props(r.get('props'))}`);
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b',
    {},
    { database },
  );
  return {
    nodes: [...key.values()].sort(),
    relationships: rels.records
      .map((r) => `(${key.get(r.get('a'))})-[${r.get('type')} ${props(r.get('props'))}]->(${key.get(r.get('b'))})`)
      .sort(),
  };
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: number;
  nodeProperties: number;
  relationshipProperties: number;
}

export async function countGraph(driver: Driver): Promise<GraphCounts> {
  const res = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(labels(n))) AS labels, sum(size(keys(n))) AS nodeProperties } ' +
      'CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties } ' +
      'RETURN nodes, relationships, labels, nodeProperties, relationshipProperties',
    {},
    { database: testTarget().database },
  );
  const r = res.records[0];
  const n = (k: string) => (r.get(k) as { toNumber(): number }).toNumber();
  return {
    nodes: n('nodes'),
    relationships: n('relationships'),
    labels: n('labels'),
    nodeProperties: n('nodeProperties'),
    relationshipProperties: n('relationshipProperties'),
  };
}
