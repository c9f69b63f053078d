import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';
import { PROJECT_ROOT } from '../../src/config';
import { useTestApi } from '../support/api';
import { testDriver, testTarget, useSeededGraph } from '../support/neo4j';

/** Relay object identification (Node, node(id:)), relation(id:), and the views' client-friendly types. */
const api = useTestApi(useSeededGraph);

async function seedIds(): Promise<{ entities: string[]; statements: { id: string; type: string }[] }> {
  const driver = testDriver();
  try {
    const db = { database: testTarget().database };
    const entities = await driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id', {}, db);
    const statements = await driver.executeQuery(
      'MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types RETURN r.id AS id, type(r) AS type ORDER BY id',
      { types: RELATIONSHIP_TYPE_NAMES },
      db,
    );
    return {
      entities: entities.records.map((r) => r.get('id') as string),
      statements: statements.records.map((r) => ({ id: r.get('id') as string, type: r.get('type') as string })),
    };
  } finally {
    await driver.close();
  }
}

describe('relations-by-id.cypher', () => {
  it('has an index-seek branch for every relationship type of the contract, and no other', () => {
    const text = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher', 'queries', 'relations-by-id.cypher'), 'utf8');
    const branches = [...text.matchAll(/MATCH \(s:Entity\)-\[r:([A-Z_]+) \{id: id\}\]->\(o:Entity\)/g)].map((m) => m[1]);
    expect(branches.sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });
});

describe('node(id:)', () => {
  it('ids are unique across entities and statements in the seed', async () => {
    const { entities, statements } = await seedIds();
    const entitySet = new Set(entities);
    expect(statements.filter((s) => entitySet.has(s.id))).toEqual([]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it('refetches an entity through its interfaces, a statement of every type, and answers null for an unknown id', async () => {
    const { statements } = await seedIds();
    const oneOfEachType = [...new Map(statements.map((s) => [s.type, s])).values()];
    expect(oneOfEachType.length).toBeGreaterThan(10);
    const aliases = oneOfEachType
      .map((s, i) => `s${i}: node(id: ${JSON.stringify(s.id)}) { __typename id ... on Relation { type } }`)
      .join('\n');
    const res = await api.run(`{
      region: node(id: "nagorno-karabakh") { __typename id ... on Entity { name } ... on Place { controlledBy(asOf: "2022-08-03") { id subject { id } } } }
      nothing: node(id: "atlantis") { id }
      ${aliases}
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.region.__typename).toBe('Region');
    expect(res.data!.region.name).toBe('Nagorno-Karabakh');
    expect(res.data!.region.controlledBy.map((r: any) => r.subject.id)).toContain('artsakh');
    expect(res.data!.nothing).toBeNull();
    oneOfEachType.forEach((s, i) => expect(res.data![`s${i}`], s.id).toEqual({ __typename: 'Relation', id: s.id, type: s.type }));
  });
});

describe('relation(id:)', () => {
  it('answers one statement with its provenance, and NOT_FOUND for an unknown id', async () => {
    const data = await api.data(`{
      relation(id: "artsakh-claims-nagorno-karabakh") {
        id type status subject { id } object { id }
        disputedBy { id name } sources { id name }
      }
    }`);
    expect(data.relation.type).toBe('CLAIMS');
    expect(data.relation.status).toBe('DISPUTED');
    expect(data.relation.subject.id).toBe('artsakh');
    expect(data.relation.object.id).toBe('nagorno-karabakh');
    expect(data.relation.disputedBy.map((e: any) => e.id).sort()).toEqual(['azerbaijan', 'vladimir-grigoryan']);
    expect(data.relation.sources.map((s: any) => s.id)).toContain('int-heritage-am');

    const missing = await api.run('{ relation(id: "no-such-statement") { id } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0].message).toMatch(/no-such-statement/);
  });

  it('batches many ids into one lookup query', async () => {
    const res = await api.run(`{
      a: relation(id: "artsakh-claims-nagorno-karabakh") { id }
      b: relation(id: "azerbaijan-claims-nagorno-karabakh") { id }
      c: node(id: "artsakh-controls-nagorno-karabakh-2020") { id }
    }`);
    expect(res.errors).toBeUndefined();
    expect([res.data!.a.id, res.data!.b.id, res.data!.c.id]).toEqual([
      'artsakh-claims-nagorno-karabakh',
      'azerbaijan-claims-nagorno-karabakh',
      'artsakh-controls-nagorno-karabakh-2020',
    ]);
    // One relations-by-id for all three, one entity lookup for c (node asks both).
    expect(res.queries).toBeLessThanOrEqual(2);
  });
});

describe('views with client-friendly types', () => {
  it('take ID and RelationType, and their nodes expose the entity for shared fragments', async () => {
    const query = `query($id: ID!, $types: [RelationType!]) {
      neighborhood(id: $id, depth: 1, types: $types, asOf: "2022-08-03") {
        nodes { id entity { ...Card } }
      }
      entity(id: $id) { ...Card }
    }
    fragment Card on Entity { id name kind ... on Place { recognizedAs { object { id } } } }`;
    const data = await api.data(query, { id: 'nagorno-karabakh', types: ['CONTROLS'] });
    const centre = data.neighborhood.nodes.find((n: any) => n.id === 'nagorno-karabakh');
    expect(centre.entity).toEqual(data.entity);
    expect(centre.entity.recognizedAs.map((r: any) => r.object.id)).toContain('azerbaijan');
    const artsakh = data.neighborhood.nodes.find((n: any) => n.id === 'artsakh');
    expect(artsakh.entity).toMatchObject({ id: 'artsakh', kind: 'UNRECOGNIZED_STATE' });

    const bad = await api.run(query, { id: 'nagorno-karabakh', types: ['HAS_ALIAS'] });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
