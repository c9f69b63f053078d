import fs from 'node:fs';
import { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_DIR, checkGraph, checkQuery, listChecks } from '../../src/load/checker';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES, STRUCTURAL_RELATIONSHIPS } from '../../src/model/contract';
import { testDriver, testTarget, useEmptyGraph } from '../support/neo4j';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => driver?.close());
beforeEach(async () => useEmptyGraph(driver));

const write = (query: string) => driver.executeQuery(query, {}, { database: testTarget().database });

/** A small graph that follows the contract. */
const CLEAN = `
CREATE (src:Entity:Source {id: 'seed-article', kind: 'SOURCE', name: 'Seed article', sourceType: 'ARTICLE', reliability: 'SECONDARY', publishedOn: date('2023-09-20'), wikidataId: null})
CREATE (az:Entity:Actor:SovereignState {id: 'azerbaijan', kind: 'SOVEREIGN_STATE', name: 'Azerbaijan', wikidataId: 'Q227'})
CREATE (am:Entity:Actor:SovereignState {id: 'armenia', kind: 'SOVEREIGN_STATE', name: 'Armenia', wikidataId: 'Q399'})
CREATE (nk:Entity:Place:Region {id: 'nagorno-karabakh', kind: 'REGION', name: 'Nagorno-Karabakh'})
CREATE (ev:Entity:Event {id: 'war-2020', kind: 'EVENT', name: '2020 war', startDate: date('2020-09-27'), endDate: date('2020-11-10'), datePrecision: 'DAY'})
CREATE (nk)-[:HAS_ALIAS]->(:Alias {name: 'Artsakh', language: 'hy', misspelling: false})
CREATE (az)-[:CLAIMS {id: 'claims-az-nk', validFrom: date('1991-08-30'), validFromPrecision: 'DAY', validTo: null, validToPrecision: null,
  status: 'DISPUTED', rank: 'NORMAL', confidence: 'CONFIRMED', sources: ['seed-article'], assertedBy: ['azerbaijan'], disputedBy: ['armenia'], supportedBy: []}]->(nk)
CREATE (am)-[:PARTICIPATED_IN {id: 'am-war', validFrom: date('2020-09-27'), validFromPrecision: 'DAY', validTo: date('2020-11-10'), validToPrecision: 'DAY',
  status: 'UNCONTESTED', rank: 'PREFERRED', confidence: 'CONFIRMED', sources: ['seed-article']}]->(ev)
`;

describe('kg-load check', () => {
  it('passes on a graph that follows the contract', async () => {
    await write(CLEAN);
    const report = await checkGraph(driver, testTarget().database);
    expect(report.violations).toEqual([]);
    expect(report.checks.length).toBe(listChecks().length);
  });

  it('finds planted violations and names the ids involved', async () => {
    await write(CLEAN);
    await write(`
      MATCH (az:Entity {id: 'azerbaijan'}), (am:Entity {id: 'armenia'}), (nk:Entity {id: 'nagorno-karabakh'}), (ev:Entity {id: 'war-2020'})
      CREATE (:Entity:Actor:SovereignState {id: 'armenia', kind: 'SOVEREIGN_STATE', name: 'Armenia again'})
      CREATE (:Entity:Place:Region {kind: 'REGION', name: 'No id'})
      CREATE (:Entity:Actor:Settlement {id: 'shusha', kind: 'SETTLEMENT', name: 'Shusha'})
      CREATE (:Entity:Actor:Person:Organization {id: 'two-kinds', kind: 'PERSON', name: 'Two kinds'})
      CREATE (:Entity:Weird {id: 'weird', kind: 'X', name: 'Weird'})
      CREATE (:Stray {name: 'stray'})
      CREATE (nk)-[:CONTROLS {id: 'backwards', validFrom: date('2020-01-01'), validFromPrecision: 'DAY', status: 'UNCONTESTED', rank: 'NORMAL', confidence: 'CONFIRMED', sources: ['seed-article']}]->(az)
      CREATE (az)-[:CONTROLS {id: 'bad-dates', validFrom: date('2023-01-01'), validFromPrecision: 'DAY', validTo: date('2020-01-01'), validToPrecision: 'WEEK', status: 'MAYBE', rank: 'NORMAL', confidence: 'SURE', sources: ['no-such-source', 'azerbaijan'], assertedBy: ['nobody']}]->(nk)
      CREATE (am)-[:CONTROLS {id: 'claims-az-nk', validFrom: null, status: 'UNCONTESTED', rank: 'NORMAL', confidence: 'CONFIRMED', sources: []}]->(nk)
      CREATE (am)-[:LIKES]->(az)
      SET ev.startDate = date('2021-01-01')
    `);
    const { violations } = await checkGraph(driver, testTarget().database);
    const lines = violations.map((v) => `${v.check}: ${v.ids.join(' ')}: ${v.detail}`);
    const expected = [
      'entity-id-unique: armenia: id is held by 2 entities',
      'entity-id: ',
      'entity-kind: shusha: a Settlement needs the :Place label',
      'entity-kind: two-kinds: has several kind labels',
      'entity-kind: weird: has no kind label',
      'entity-properties: war-2020: startDate 2021-01-01 is after endDate 2020-11-10',
      'node-labels: weird: unknown labels: :Weird',
      'node-labels: stray: unknown labels: :Stray',
      'relationship-endpoints: backwards nagorno-karabakh azerbaijan: CONTROLS may not start at a node labelled',
      'relationship-endpoints: LIKES armenia azerbaijan: unknown relationship type LIKES',
      'statement-id: claims-az-nk: statement id is held by 2 relationships',
      'statement-properties: bad-dates azerbaijan nagorno-karabakh: CONTROLS: validFrom 2023-01-01 is after validTo 2020-01-01',
      'statement-properties: bad-dates azerbaijan nagorno-karabakh: CONTROLS: validToPrecision WEEK is not one of',
      'statement-properties: bad-dates azerbaijan nagorno-karabakh: CONTROLS: status MAYBE is not one of',
      'statement-properties: bad-dates azerbaijan nagorno-karabakh: CONTROLS: confidence SURE is not one of',
      'statement-references: bad-dates azerbaijan nagorno-karabakh: CONTROLS: source no-such-source is not a Source entity',
      'statement-references: bad-dates azerbaijan nagorno-karabakh: CONTROLS: source azerbaijan is not a Source entity',
      'statement-references: bad-dates azerbaijan nagorno-karabakh: CONTROLS: assertedBy names nobody, which is not an entity',
      'statement-references: claims-az-nk armenia nagorno-karabakh: CONTROLS: cites no sources',
    ];
    for (const e of expected)
      expect(
        lines.some((l) => l.startsWith(e)),
        `${e}\n--- got:\n${lines.join('\n')}`,
      ).toBe(true);
    expect(lines.find((l) => l.startsWith('entity-id: '))).toMatch(/has no id/);
    expect(lines.length, lines.join('\n')).toBe(expected.length);
  });

  it('names in its queries only labels and types that the contract holds', () => {
    const known = new Set<string>([...NODE_LABELS, ...RELATIONSHIP_TYPE_NAMES, ...STRUCTURAL_RELATIONSHIPS]);
    for (const name of listChecks()) {
      const text = checkQuery(name)
        .replace(/'[^']*'/g, "''")
        .replace(/\/\/[^\n]*/g, '');
      // :Label and [:TYPE] after a variable or an opening bracket (not map keys such as {id: ...})
      const used = [
        ...text.matchAll(/[([][A-Za-z_]*((?::[A-Z][A-Za-z_]*)+)/g),
        ...text.matchAll(/\b[a-z][A-Za-z]*((?::[A-Z][A-Za-z]*)+)\s*(?:OR|AND|THEN|\))/g),
      ].flatMap((m) => m[1].split(':').filter(Boolean));
      for (const label of used) expect(known.has(label), `${name}.cypher uses ${label}`).toBe(true);
    }
    expect(fs.readdirSync(CHECK_DIR).length).toBeGreaterThan(5);
  });
});
