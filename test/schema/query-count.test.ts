import { describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { useApiFixture, useTestApi } from '../support/api';

/**
 * No N+1: the number of Cypher queries a request runs depends on the shape of the GraphQL query,
 * not on how many items it returns. Twelve extra villages, each controlled by Artsakh and
 * recognized as part of Azerbaijan, with aliases and sources, are read 2 and 12 at a time (their
 * ids sort before the fixture's other settlements, so they fill the first pages).
 */
const VILLAGES = 12;

const api = useTestApi(async (driver: Driver) => {
  await useApiFixture(driver);
  const session = driver.session();
  try {
    await session.run(
      `UNWIND range(1, $n) AS i
       WITH i, 'fixture-village-' + right('0' + toString(i), 2) AS id
       CREATE (v:Entity:Settlement:Place {id: id, kind: 'SETTLEMENT', name: 'Village ' + i})
       CREATE (v)-[:HAS_ALIAS]->(:Alias {name: 'Gyugh ' + i, language: 'hy', misspelling: false})
       WITH i, v
       MATCH (a:Entity {id: 'artsakh'}), (az:Entity {id: 'azerbaijan'})
       CREATE (a)-[:CONTROLS {id: 'fx-village-control-' + i, validFrom: date('1992-01-01'), validFromPrecision: 'YEAR', validTo: date('2023-09-20'), validToPrecision: 'DAY',
                status: 'DISPUTED', rank: 'NORMAL', confidence: 'CONFIRMED', sources: ['seed-article'], assertedBy: ['artsakh'], disputedBy: ['azerbaijan'], supportedBy: []}]->(v)
       CREATE (v)-[:RECOGNIZED_AS_PART_OF {id: 'fx-village-recognized-' + i, validFrom: date('1991-12-25'), validFromPrecision: 'DAY', validTo: null, validToPrecision: null,
                status: 'UNCONTESTED', rank: 'NORMAL', confidence: 'CONFIRMED', sources: ['seed-article', 'trilateral-statement-text'], assertedBy: ['un-security-council'], disputedBy: [], supportedBy: []}]->(az)`,
      { n: VILLAGES },
    );
  } finally {
    await session.close();
  }
});

const VILLAGE_PAGE = `query Villages($first: Int!) {
  entities(kind: SETTLEMENT, first: $first, after: null) {
    edges {
      node {
        id
        name
        aliases { name language }
        ... on Place {
          controlledBy(asOf: "2022-08-03") {
            validFrom validTo status
            subject { id name aliases { name } }
            assertedBy { id }
            disputedBy { id }
            sources { id publishedOn }
          }
          recognizedAs {
            object { id name }
            assertedBy { id name }
            sources { id }
          }
        }
      }
    }
  }
}`;

describe('query count per request', () => {
  it('stays the same for 2 and for 12 entities, each with relations, aliases and sources', async () => {
    const small = await api.run(VILLAGE_PAGE, { first: 2 });
    const large = await api.run(VILLAGE_PAGE, { first: VILLAGES });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data?.entities.edges).toHaveLength(2);
    expect(large.data?.entities.edges).toHaveLength(VILLAGES);
    // The answer is complete: every village has its controller, its recognition and their sources.
    for (const { node } of large.data?.entities.edges ?? []) {
      expect(node.controlledBy).toHaveLength(1);
      expect(node.controlledBy[0].subject.id).toBe('artsakh');
      expect(node.controlledBy[0].sources).toEqual([{ id: 'seed-article', publishedOn: '2022-08-03' }]);
      expect(node.recognizedAs[0].assertedBy).toEqual([{ id: 'un-security-council', name: 'UN Security Council' }]);
      expect(node.aliases).toHaveLength(1);
    }
    console.log(`[query-count] ${small.queries} Cypher queries for 2 villages, ${large.queries} for ${VILLAGES}`);
    expect(large.queries).toBe(small.queries);
    // The page with its aliases; then controlledBy and recognizedAs, one batch each; then the
    // controllers' aliases. Subjects, objects and the entities named in assertedBy, disputedBy
    // and sources come with the statements.
    expect(large.queries).toBe(4);
  });

  it('batches one field across root fields: three entities cost what one does', async () => {
    const one = await api.run(
      `{ a: entity(id: "nagorno-karabakh") { ... on Place { controlledBy(asOf: "2022-08-03") { subject { id } } } } }`,
    );
    const two = await api.run(`{
      a: entity(id: "nagorno-karabakh") { ... on Place { controlledBy(asOf: "2022-08-03") { subject { id } } } }
      b: entity(id: "stepanakert") { ... on Place { controlledBy(asOf: "2022-08-03") { subject { id } } } }
      c: entity(id: "lachin-corridor") { ... on Place { controlledBy(asOf: "2022-08-03") { subject { id } } } }
    }`);
    expect(one.queries).toBe(2); // entity lookup, controlledBy
    expect(two.queries).toBe(2);
  });

  it('reads the entities a statement names only for lists that select them, and still answers them in one query', async () => {
    const res = await api.run(`{ entity(id: "nagorno-karabakh") { ... on Place {
        bare: controlledBy(asOf: "2022-08-03") { id subject { id } }
        cited: controlledBy(asOf: "2022-08-03") { id ...Cited }
      } } }
      fragment Cited on Relation { assertedBy { id } disputedBy { id } sources { id publishedOn } }`);
    expect(res.errors).toBeUndefined();
    const { bare, cited } = res.data?.entity ?? {};
    expect(bare.map((r: { id: string }) => r.id)).toEqual(cited.map((r: { id: string }) => r.id));
    const artsakh = cited.find((r: { assertedBy: { id: string }[] }) => r.assertedBy.some((e) => e.id === 'artsakh'));
    expect(artsakh.sources.length).toBeGreaterThan(0);
    expect(artsakh.disputedBy.map((e: { id: string }) => e.id)).toContain('azerbaijan');
    // The entity; then the two lists, one without and one with the entities they name, which
    // then need no query of their own.
    expect(res.queries).toBe(3);
  });

  it('reads the relation fields under entity(id:) together with the entity: README question 1 is one wave of queries', async () => {
    const readme1 = `query ($id: ID!) { region: entity(id: $id) { name ... on Place {
        a: controlledBy(asOf: "2022-08-03") { controller: subject { id } ...S }
        b: controlledBy(asOf: "2024-03-01") { controller: subject { id } ...S } } } }
      fragment S on Relation { validFrom status assertedBy { id } sources { id } }`;
    const res = await api.run(readme1, { id: 'nagorno-karabakh' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.region.a.map((r: { controller: { id: string } }) => r.controller.id)).toEqual(['artsakh']);
    expect(res.data?.region.b.map((r: { controller: { id: string } }) => r.controller.id)).toEqual(['azerbaijan']);
    // The entity and both lists, all three at once; nothing after them.
    expect(res.queries).toBe(3);
    expect(res.peakSessions).toBe(3);
    // An unknown id is still NOT_FOUND, and arguments the field refuses are still its error.
    const missing = await api.run(readme1, { id: 'no-such-place' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await api.run(
      `{ entity(id: "nagorno-karabakh") { ... on Place { controlledBy(asOf: "2022-08-03", during: {from: "2022-01-01"}) { id } } } }`,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
