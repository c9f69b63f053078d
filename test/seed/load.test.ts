import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/convert';
import { applySchema, loadSeed, SEED_DIR } from '../../src/load/bootstrap';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';
import { seededGraphForFile, testTarget } from '../support/neo4j';

const seeded = seededGraphForFile();

async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await seeded.driver.executeQuery(cypher, params, { database: testTarget().database });
  return res.records.map((r) => toPlain(r.toObject()) as T);
}

/** Counts that change if a load adds, duplicates or drops anything. */
async function fingerprint() {
  const [counts] = await query(`
    CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(labels(n))) AS labels, sum(size(keys(n))) AS nodeProperties }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties }
    RETURN nodes, labels, nodeProperties, relationships, relationshipProperties`);
  const [ids] = await query(`
    CALL () { MATCH (n) RETURN collect(coalesce(n.id, '')) AS nodeIds }
    CALL () { MATCH ()-[r]->() RETURN collect(type(r) + ':' + coalesce(r.id, '')) AS relIds }
    RETURN nodeIds, relIds`);
  return { counts, nodeIds: (ids.nodeIds as string[]).sort(), relIds: (ids.relIds as string[]).sort() };
}

function seedFiles(): string[] {
  return fs
    .readdirSync(SEED_DIR)
    .filter((n) => n.endsWith('.cypher'))
    .sort()
    .map((n) => path.join(SEED_DIR, n));
}

/** Every `key: 'value'` literal for the given keys in the seed files, with file:line. */
function literals(keys: string[]): { value: string; at: string }[] {
  const re = new RegExp(`\\b(?:${keys.join('|')}): '((?:[^'\\\\]|\\\\.)*)'`, 'g');
  const out: { value: string; at: string }[] = [];
  for (const file of seedFiles()) {
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(re)) out.push({ value: m[1], at: `${path.basename(file)}:${i + 1}` });
      });
  }
  return out;
}

describe('seed loading', () => {
  it('loads a graph of the expected size', async () => {
    const { counts } = await fingerprint();
    expect(counts.nodes).toBeGreaterThan(400);
    expect(counts.relationships).toBeGreaterThan(500);
  });

  it('is idempotent: loading schema and seed again changes no count, id, label or property', async () => {
    const before = await fingerprint();
    await applySchema(seeded.driver, testTarget().database);
    const summary = await loadSeed(seeded.driver, testTarget().database);
    const after = await fingerprint();
    // Its only node writes are the statement rows it stages and removes again, one per statement row
    // of the seed files (cypher/seed/shared/write-statements.cypher).
    const staged = literals(['type']).length;
    expect(staged).toBeGreaterThan(400);
    expect(summary.counters.nodesCreated).toBe(staged);
    expect(summary.counters.nodesDeleted).toBe(staged);
    expect(summary.counters.relationshipsCreated).toBe(0);
    expect(summary.counters.relationshipsDeleted).toBe(0);
    expect(after).toEqual(before);
  });

  it('writes statements in one place: the seed files stage rows and source the one statement-writing block', () => {
    const shared = fs.readFileSync(path.join(SEED_DIR, 'shared', 'write-statements.cypher'), 'utf8');
    expect(shared).toContain('MERGE (a)-[r:$(s.type) {id: s.id}]->(b)');
    const staging = seedFiles().filter((f) => fs.readFileSync(f, 'utf8').includes('CREATE (row:StatementRow)'));
    expect(staging.length).toBeGreaterThanOrEqual(7);
    for (const file of seedFiles()) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/MERGE \(a\)-\[r:/);
      if (staging.includes(file)) expect(text.trimEnd().endsWith(':source shared/write-statements.cypher'), file).toBe(true);
    }
  });

  it('leaves no staged statement row behind', async () => {
    expect((await query<{ n: number }>('MATCH (row:StatementRow) RETURN count(row) AS n'))[0].n).toBe(0);
  });

  it('drops no row: every id written in the seed files is in the graph', async () => {
    const rows = await query<{ ids: string[] }>(`
      CALL () { MATCH (n:Entity) RETURN n.id AS id UNION MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id }
      RETURN collect(id) AS ids`);
    const known = new Set(rows[0].ids);
    const missing = literals(['id']).filter((l) => !known.has(l.value));
    expect(missing).toEqual([]);
  });

  it('every subject, object and alias owner named in the seed files is an entity', async () => {
    const rows = await query<{ ids: string[] }>('MATCH (n:Entity) RETURN collect(n.id) AS ids');
    const known = new Set(rows[0].ids);
    const missing = literals(['subject', 'object', 'entity']).filter((l) => !known.has(l.value));
    expect(missing).toEqual([]);
  });

  it('every alias written in the seed files is in the graph, attached to its entity', async () => {
    const rows = await query<{ n: number }>('MATCH (:Entity)-[:HAS_ALIAS]->(a:Alias) RETURN count(a) AS n');
    const written = literals(['entity']).length;
    expect(rows[0].n).toBe(written);
  });
});

describe('schema', () => {
  it('has unique ids for entities and aliases, and unique (id, version) for every statement type', async () => {
    const rows = await query<{ name: string; type: string }>('SHOW CONSTRAINTS YIELD name, type RETURN name, type');
    const names = new Set(rows.map((r) => r.name));
    expect(names.has('entity_id')).toBe(true);
    expect(names.has('alias_id')).toBe(true);
    // Statements are versioned (docs/curation.md): (id, version) is unique for each type.
    for (const type of RELATIONSHIP_TYPE_NAMES) expect(names.has(`${type.toLowerCase()}_version`), type).toBe(true);
    expect(rows.filter((r) => r.name.endsWith('_version')).every((r) => r.type === 'RELATIONSHIP_UNIQUENESS')).toBe(true);
  });

  it('has the full-text index statement_provenance over every statement type, online', async () => {
    const rows = await query<{ types: string[]; props: string[]; state: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state WHERE name = 'statement_provenance' RETURN labelsOrTypes AS types, properties AS props, state",
    );
    expect(rows).toHaveLength(1);
    expect([...rows[0].types].sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
    expect([...rows[0].props].sort()).toEqual(['assertedBy', 'disputedBy', 'sources', 'supportedBy']);
    expect(rows[0].state).toBe('ONLINE');
  });

  it('has the full-text index entity_names over Entity.name and Alias.name, online', async () => {
    const rows = await query<{ labels: string[]; props: string[]; state: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state WHERE name = 'entity_names' RETURN labelsOrTypes AS labels, properties AS props, state",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].labels.sort()).toEqual(['Alias', 'Entity']);
    expect(rows[0].props).toEqual(['name']);
    expect(rows[0].state).toBe('ONLINE');
  });
});
