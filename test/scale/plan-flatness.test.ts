import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphGenerator } from '../../src/gen/graph';
import { writeScripts } from '../../src/gen/script';
import { profileQuery, QueryProfile, scans } from '../../src/graph/profile';
import { PlannedQuery } from '../../src/graph/queries';
import { entitiesByIdQuery, entityCountQuery, entityPageQuery, searchQuery } from '../../src/graph/repositories/entities';
import {
  guaranteesQuery,
  NO_ATTRIBUTION,
  provenanceListQuery,
  relationCountQuery,
  relationPageQuery,
  relationsOfQuery,
} from '../../src/graph/repositories/relations';
import { relationsByIdQuery } from '../../src/graph/repositories/relation-lookup';
import { neighborhoodQuery, pathsQuery, timelineQuery } from '../../src/graph/repositories/views';
import { loadPaths } from '../../src/load/loader';
import { dayPeriod } from '../../src/model/validity';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';
import { testDriver, testTarget, useSeededGraph } from '../support/neo4j';

/**
 * Database work that follows the answer, not the graph: every named query is PROFILEd on the seed
 * (466 nodes) and again after 20,000 generated entities and 100,000 generated statements are
 * loaded beside it (npm run gen; --link-seed 0, so no seed entity gains a statement and each
 * query below has the same answer on both graphs). A query whose db hits grow with the graph reads
 * more than its answer: a label scan, a relationship scan, an unbounded expansion. This checks
 * the plan's shape through db hits and operators; it measures no time (bench/profile-queries.ts
 * does, on 1M statements).
 */
const ENTITIES = 20_000;
const STATEMENTS = 100_000;
/** Allowed growth: a plan may change with the statistics, but not by the graph's factor (43x entities, 140x statements). */
const FACTOR = 3;
const SLACK = 300;
/** The generator's biggest hubs: they exist only in the large graph, so they are checked for scans only. */
const HUB = 'gen-sovereign-state-000001';
const PLACE_HUB = 'gen-region-000001';

const all = [...RELATIONSHIP_TYPE_NAMES];
const page = { subject: null, object: null, types: null, statuses: null, period: null, certainOnly: false, attribution: NO_ATTRIBUTION };

/** The same query on both graphs: each root query and nested list the API has, as its repository builds it. */
const BASE_CASES: Record<string, PlannedQuery> = {
  'entity(id)': entitiesByIdQuery(['nagorno-karabakh', 'artsakh']),
  'entities(first: 20)': entityPageQuery({ kind: null, first: 20, after: null }),
  'entities(first: 20, after:)': entityPageQuery({ kind: null, first: 20, after: 'azerbaijan' }),
  'entities(kind: SETTLEMENT, first: 20)': entityPageQuery({ kind: 'SETTLEMENT', first: 20, after: null }),
  'entities(kind: SETTLEMENT, first: 20) { aliases }': entityPageQuery({ kind: 'SETTLEMENT', first: 20, after: null, aliases: true }),
  // Backward pages read the same indexes from the other end (and the one-row look-ups of hasPreviousPage/hasNextPage are these with 0).
  'entities(last: 20)': entityPageQuery({ kind: null, last: 20, after: null }),
  'entities(last: 20, before:)': entityPageQuery({ kind: null, last: 20, after: null, before: 'nagorno-karabakh' }),
  'entities(kind: SETTLEMENT, last: 20, before:)': entityPageQuery({ kind: 'SETTLEMENT', last: 20, after: null, before: 'stepanakert' }),
  'entities(first: 20, after:, before:)': entityPageQuery({ kind: null, first: 20, after: 'armenia', before: 'nagorno-karabakh' }),
  'entities { totalCount }': entityCountQuery(null),
  'entities(kind: SETTLEMENT) { totalCount }': entityCountQuery('SETTLEMENT'),
  aliases: { name: 'entity-aliases', params: { ids: ['artsakh', 'nagorno-karabakh'] } },
  'search(text: "Khankendi")': searchQuery({ text: 'Khankendi', kinds: null, first: 10 })!,
  'relations(subject:)': relationPageQuery({ ...page, subject: 'azerbaijan' }, { first: 20, after: null }),
  'relations(subject:) without provenance': relationPageQuery(
    { ...page, subject: 'azerbaijan', mentioned: false },
    { first: 20, after: null },
  ),
  'relations(object:, types:, asOf:)': relationPageQuery(
    { ...page, object: 'nagorno-karabakh', types: ['CONTROLS'], period: dayPeriod('2022-08-03') },
    { first: 20, after: null },
  ),
  'relations(subject:, object:)': relationPageQuery(
    { ...page, subject: 'artsakh', object: 'nagorno-karabakh' },
    { first: 20, after: null },
  ),
  'relations(types: [CONTROLS])': relationPageQuery({ ...page, types: ['CONTROLS'] }, { first: 20, after: null }),
  'relations(first: 20)': relationPageQuery(page, { first: 20, after: null }),
  'relations(subject:, last: 20, before:)': relationPageQuery(
    { ...page, subject: 'azerbaijan' },
    { last: 20, after: null, before: 'azerbaijan-controls-shusha' },
  ),
  'relations(types: [CONTROLS], last: 20)': relationPageQuery({ ...page, types: ['CONTROLS'] }, { last: 20, after: null }),
  'relations(last: 20, before:)': relationPageQuery(page, { last: 20, after: null, before: 'russia-controls-lachin-corridor' }),
  'relations(supportedBy:, last: 20)': relationPageQuery(
    { ...page, attribution: { ...NO_ATTRIBUTION, supportedBy: 'russia-mod' } },
    { last: 20, after: null },
  ),
  'relations(subject:) { totalCount }': relationCountQuery({ ...page, subject: 'azerbaijan' }),
  'relations(types: [CONTROLS]) { totalCount }': relationCountQuery({ ...page, types: ['CONTROLS'] }),
  'README 1: controlledBy(asOf:)': relationsOfQuery(['nagorno-karabakh'], {
    types: ['CONTROLS'],
    direction: 'INCOMING',
    period: dayPeriod('2022-08-03'),
    certainOnly: false,
    on: null,
    first: 100,
    attribution: NO_ATTRIBUTION,
    includeParts: false,
  }),
  'README 2: recognizedAs': relationsOfQuery(['nagorno-karabakh'], {
    types: ['RECOGNIZED_AS_PART_OF'],
    direction: 'OUTGOING',
    period: null,
    certainOnly: false,
    on: null,
    first: 100,
    attribution: NO_ATTRIBUTION,
    includeParts: false,
  }),
  'README 3: areaOfResponsibility(asOf:)': relationsOfQuery(['russian-peacekeeping-contingent'], {
    types: ['HAS_AREA_OF_RESPONSIBILITY'],
    direction: 'OUTGOING',
    period: dayPeriod('2022-08-01'),
    certainOnly: false,
    on: null,
    first: 100,
    attribution: NO_ATTRIBUTION,
    includeParts: false,
  }),
  'README 4: allegationsMade(on:)': relationsOfQuery(['armenia-mfa'], {
    types: ['ALLEGES'],
    direction: 'OUTGOING',
    period: null,
    certainOnly: false,
    on: '2022-08-03',
    first: 100,
    attribution: NO_ATTRIBUTION,
    includeParts: false,
  }),
  'README 5: guarantees': guaranteesQuery(['trilateral-statement-2020'], null, false, 100),
  'Entity.relations (every type, both sides)': relationsOfQuery(['azerbaijan'], {
    types: null,
    direction: 'BOTH',
    period: null,
    certainOnly: false,
    on: null,
    first: 100,
    attribution: NO_ATTRIBUTION,
    includeParts: false,
  }),
  'neighborhood(depth: 2)': neighborhoodQuery({
    id: 'nagorno-karabakh',
    depth: 2,
    types: all,
    period: dayPeriod('2022-08-03'),
    certainOnly: false,
    maxNodes: 150,
    maxEdges: 2000,
  }),
  'neighborhood(depth: 3)': neighborhoodQuery({
    id: 'lachin-corridor',
    depth: 3,
    types: all,
    period: null,
    certainOnly: false,
    maxNodes: 150,
    maxEdges: 2000,
  }),
  'paths(maxHops: 4)': pathsQuery({
    from: 'azerbaijan',
    to: 'lachin-corridor',
    maxHops: 4,
    types: all,
    period: dayPeriod('2022-08-03'),
    certainOnly: false,
    limit: 5,
  }),
  timeline: timelineQuery({ id: 'nagorno-karabakh', types: all, from: null, to: null, limit: 1001 }),
  'view entities': { name: 'view-entities', params: { ids: ['azerbaijan', 'armenia'] } },
  'view sources': { name: 'view-sources', params: { ids: ['seed-article', 'babel-ua-2022-08-03'] } },
  about: { name: 'server-components', params: {} },
  'relation(id)': relationsByIdQuery(['artsakh-controls-shusha']),
  'supports (russia-mod)': provenanceListQuery(['russia-mod'], 'supportedBy', {
    types: null,
    period: null,
    certainOnly: false,
    first: 100,
  }),
  'relations(supportedBy:, first: 20)': relationPageQuery(
    { ...page, attribution: { ...NO_ATTRIBUTION, supportedBy: 'russia-mod' } },
    { first: 20, after: null },
  ),
  'relations(supportedBy:) { totalCount }': relationCountQuery({ ...page, attribution: { ...NO_ATTRIBUTION, supportedBy: 'russia-mod' } }),
  'allegationsMade(includeParts) of azerbaijan': relationsOfQuery(['azerbaijan'], {
    types: ['ALLEGES'],
    direction: 'OUTGOING',
    period: null,
    certainOnly: false,
    on: null,
    first: 100,
    attribution: NO_ATTRIBUTION,
    includeParts: true,
  }),
};

const NOW = '2026-12-02T12:00:00.000Z';
/** An instant after the seed's load: asRecordedOn reads take the recorded-interval variant (src/graph/recorded-time.ts). */
const RECORDED = '2099-01-01T00:00:00.000Z';
const WRITER = { by: 'scale-test', changeId: 'scale-test-change', now: NOW };

/** Reads as recorded at an instant (asRecordedOn): the same index-driven plans with the recorded interval in place of the current-version test. */
const RECORDED_CASES: Record<string, PlannedQuery> = {
  'controlledBy(asOf:, asRecordedOn:)': relationsOfQuery(['nagorno-karabakh'], {
    types: ['CONTROLS'],
    direction: 'INCOMING',
    period: dayPeriod('2022-08-03'),
    certainOnly: false,
    on: null,
    first: 100,
    attribution: NO_ATTRIBUTION,
    includeParts: false,
    asRecordedOn: RECORDED,
  }),
  'relations(subject:, asRecordedOn:)': relationPageQuery(
    { ...page, subject: 'azerbaijan', asRecordedOn: RECORDED },
    { first: 20, after: null },
  ),
  'relations(types: [CONTROLS], asRecordedOn:)': relationPageQuery(
    { ...page, types: ['CONTROLS'], asRecordedOn: RECORDED },
    { first: 20, after: null },
  ),
  'guarantees(asRecordedOn:)': guaranteesQuery(['trilateral-statement-2020'], null, false, 100, RECORDED),
  'neighborhood(depth: 2, asRecordedOn:)': neighborhoodQuery({
    id: 'nagorno-karabakh',
    depth: 2,
    types: all,
    period: dayPeriod('2022-08-03'),
    certainOnly: false,
    maxNodes: 150,
    maxEdges: 2000,
    asRecordedOn: RECORDED,
  }),
  'timeline(asRecordedOn:)': timelineQuery({
    id: 'nagorno-karabakh',
    types: all,
    from: null,
    to: null,
    limit: 1001,
    asRecordedOn: RECORDED,
  }),
  'relation(id, asRecordedOn:)': relationsByIdQuery(['artsakh-controls-shusha'], RECORDED),
};

/** The curation's reads (docs/curation.md): statement versions by id, the change feed, the checks' entity lookup. */
const CURATION_READS: Record<string, PlannedQuery> = {
  'statementHistory(id)': { name: 'statement-versions', params: { id: 'artsakh-controls-shusha' } },
  'current version by id': { name: 'statement-current', params: { id: 'artsakh-controls-shusha' } },
  'changes(first: 20)': { name: 'changes-page', params: { after: neo4j.int(0), limit: neo4j.int(21) } },
  'changes(entity:)': { name: 'changes-of-entity', params: { entity: 'azerbaijan', after: neo4j.int(0), limit: neo4j.int(21) } },
  'changes(since:)': { name: 'change-seq-since', params: { since: '2000-01-01T00:00:00Z' } },
  'curation checks: entities': {
    name: 'curation-entities',
    params: { ids: ['azerbaijan', 'lachin-district', 'seed-article', 'no-such-entity'] },
  },
  'merge: statements of an entity': { name: 'entity-statement-ids', params: { id: 'armenia-mfa', other: 'armenia' } },
};

/** The curation's writes, PROFILEd in a transaction that is rolled back (src/graph/profile.ts): each starts at an index. */
const CURATION_WRITES: Record<string, PlannedQuery> = {
  'write: begin (revoked token, idempotency key)': {
    name: 'change-begin',
    params: { tokenId: 'no-such-token', idempotencyKey: 'scale-test-key' },
  },
  'write: record the change': {
    name: 'change-record',
    params: {
      ...WRITER,
      id: 'scale-test-change',
      action: 'ADD_ALIAS',
      comment: null,
      statementId: null,
      version: null,
      entityIds: ['azerbaijan'],
      idempotencyKey: null,
      requestHash: null,
      result: null,
    },
  },
  'write: createEntity': {
    name: 'entity-create',
    params: {
      ...WRITER,
      id: 'scale-test-village',
      labels: ['Entity', 'Place', 'Settlement'],
      properties: { kind: 'SETTLEMENT', name: 'Scale test village' },
      aliases: [{ name: 'STV', language: 'en', misspelling: false }],
    },
  },
  'write: addAlias': {
    name: 'entity-add-aliases',
    params: { ...WRITER, id: 'azerbaijan', aliases: [{ name: 'Azərbaycan Respublikası', language: 'az', misspelling: false }] },
  },
  'write: mergeEntities': { name: 'entity-merge', params: { ...WRITER, from: 'armenia-mfa', into: 'armenia' } },
  'write: assertStatement': {
    name: 'statement-create',
    params: {
      ...WRITER,
      type: 'CONTROLS',
      id: 'scale-test-controls',
      subject: 'azerbaijan',
      object: 'nagorno-karabakh',
      properties: { status: 'UNCONTESTED', rank: 'NORMAL', sources: ['seed-article'] },
    },
  },
  'write: correct/end/retract (new version)': {
    name: 'statement-revise',
    params: {
      ...WRITER,
      id: 'artsakh-controls-shusha',
      version: neo4j.int(1),
      changes: { rank: 'DEPRECATED' },
      newSubject: null,
      newObject: null,
    },
  },
  'write: revokeToken': { name: 'token-revoke', params: { now: NOW, tokenId: 'scale-test-token', by: 'scale-test' } },
};
const WRITES = new Set(Object.keys(CURATION_WRITES));

const CASES: Record<string, PlannedQuery> = { ...BASE_CASES, ...RECORDED_CASES, ...CURATION_READS, ...CURATION_WRITES };

/** Hub queries, on the large graph only: bounded by the answer (first, maxNodes), with no scan. */
const HUB_CASES: Record<string, PlannedQuery> = {
  'controls of a hub, first: 100': relationsOfQuery([HUB], {
    types: ['CONTROLS'],
    direction: 'OUTGOING',
    period: null,
    certainOnly: false,
    on: null,
    first: 100,
    attribution: NO_ATTRIBUTION,
    includeParts: false,
  }),
  'relations(subject: hub, first: 20)': relationPageQuery({ ...page, subject: HUB }, { first: 20, after: null }),
  'relations(subject: hub, last: 20)': relationPageQuery({ ...page, subject: HUB }, { last: 20, after: null }),
  'neighborhood(hub, depth: 2)': neighborhoodQuery({
    id: HUB,
    depth: 2,
    types: all,
    period: null,
    certainOnly: false,
    maxNodes: 150,
    maxEdges: 2000,
  }),
  'neighborhood(place hub, depth: 3)': neighborhoodQuery({
    id: PLACE_HUB,
    depth: 3,
    types: all,
    period: null,
    certainOnly: false,
    maxNodes: 50,
    maxEdges: 2000,
  }),
};

let driver: Driver;
const seed = new Map<string, QueryProfile>();
const large = new Map<string, QueryProfile>();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-scale-'));

async function profileAll(cases: Record<string, PlannedQuery>, into: Map<string, QueryProfile>): Promise<void> {
  for (const [label, query] of Object.entries(cases)) {
    const options = { write: WRITES.has(label) };
    await profileQuery(driver, testTarget().database, query, options); // warm the plan cache: PROFILE counts planning-time reads too
    into.set(label, await profileQuery(driver, testTarget().database, query, options));
  }
}

/**
 * Index scans that read history, not the graph: the recordedTo index of each statement type lists
 * only closed versions, entity_merged_into only merged entities (counts subtract them:
 * relation-count-all, entity-count). They grow with corrections and merges, never with the data.
 */
const HISTORY_INDEX_SCAN = /^(Directed|Undirected)RelationshipIndexScan\(.*\(recordedTo\)|^NodeIndexScan\(.*\(mergedInto\)/;
const graphScans = (profile: QueryProfile) => scans(profile).filter((op) => !HISTORY_INDEX_SCAN.test(op));

beforeAll(async () => {
  driver = testDriver();
  await useSeededGraph(driver);
  await profileAll(CASES, seed);
  const generator = new GraphGenerator({ entities: ENTITIES, statements: STATEMENTS, seed: 9, linkSeed: 0 });
  const out = path.join(tmp, 'graph');
  writeScripts(generator, { out, batchSize: 1000 });
  // 000-schema is the schema the seed already has; the rest is the generated graph.
  const files = fs
    .readdirSync(out)
    .filter((f) => f !== '000-schema.cypher')
    .sort()
    .map((f) => path.join(out, f));
  const summary = await loadPaths(driver, files, { database: testTarget().database });
  expect(summary.counters.relationshipsCreated).toBeGreaterThan(STATEMENTS);
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: testTarget().database });
  await profileAll({ ...CASES, ...HUB_CASES }, large);
  for (const [label, big] of large)
    console.log(`[scale] ${label}: ${seed.get(label)?.dbHits ?? '-'} db hits on the seed, ${big.dbHits} on the large graph`);
}, 900_000);

afterAll(async () => {
  await driver?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('database work on the seed and on a graph 100x larger', () => {
  it('covers every named query in cypher/queries/', () => {
    const covered = new Set(Object.values({ ...CASES, ...HUB_CASES }).map((q) => q.name.replace(/\(.*$/, '')));
    const named = fs.readdirSync(path.join(__dirname, '..', '..', 'cypher', 'queries')).map((f) => f.replace(/\.cypher$/, ''));
    // relation-count-scan runs only with a filter and no subject or object: it reads every statement of the types asked for (said in its file).
    // record-load runs once, after the seed is loaded into an empty database: it stamps every statement without a version (said in its file).
    expect(named.filter((n) => !covered.has(n))).toEqual(['record-load', 'relation-count-scan']);
  });

  it.each(Object.keys(CASES))('%s: same answer, no scan, db hits independent of the graph size', (label) => {
    const small = seed.get(label)!;
    const big = large.get(label)!;
    expect(graphScans(big), big.operators.join(' > ')).toEqual([]);
    expect(big.operators.join(' '), 'no AllNodesScan or label scan of :Entity').not.toMatch(/AllNodesScan|NodeByLabelScan\([^)]*:Entity/);
    if (!/first: 20\)|last: 20|totalCount|search/.test(label)) expect(big.rows, 'same answer on both graphs').toBe(small.rows);
    expect(big.dbHits, `${label}: ${small.dbHits} db hits on the seed, ${big.dbHits} on the large graph`).toBeLessThanOrEqual(
      FACTOR * small.dbHits + SLACK,
    );
  });

  it.each(Object.keys(HUB_CASES))('%s: bounded by the answer, no scan', (label) => {
    const big = large.get(label)!;
    expect(graphScans(big), big.operators.join(' > ')).toEqual([]);
    expect(big.rows).toBeGreaterThan(0);
  });

  it('reads as recorded on an instant start at the same index seeks as the current reads', () => {
    for (const label of [
      'controlledBy(asOf:, asRecordedOn:)',
      'relations(subject:, asRecordedOn:)',
      'neighborhood(depth: 2, asRecordedOn:)',
      'timeline(asRecordedOn:)',
      'guarantees(asRecordedOn:)',
    ]) {
      expect(large.get(label)!.operators.join(' '), label).toMatch(/NodeUniqueIndexSeek/);
    }
    expect(large.get('relations(types: [CONTROLS], asRecordedOn:)')!.operators.join(' ')).toMatch(/Relationship(Unique)?IndexSeek/);
    expect(large.get('relation(id, asRecordedOn:)')!.operators.join(' ')).toMatch(/Relationship(Unique)?IndexSeek/);
  });

  it('curation writes and the change feed start at an index seek', () => {
    for (const label of [
      'write: addAlias',
      'write: mergeEntities',
      'write: assertStatement',
      'write: record the change',
      'changes(entity:)',
      'curation checks: entities',
    ]) {
      expect(large.get(label)!.operators.join(' '), label).toMatch(/NodeUniqueIndexSeek/);
    }
    for (const label of ['write: correct/end/retract (new version)', 'statementHistory(id)', 'current version by id']) {
      expect(large.get(label)!.operators.join(' '), label).toMatch(/Relationship(Unique)?IndexSeek/);
    }
    expect(large.get('changes(first: 20)')!.operators.join(' ')).toMatch(/NodeIndexSeekByRange|NodeUniqueIndexSeekByRange/);
  });

  it('lookups by id start at an index seek', () => {
    for (const label of ['entity(id)', 'relations(subject:)', 'README 1: controlledBy(asOf:)', 'neighborhood(depth: 2)', 'timeline']) {
      expect(large.get(label)!.operators.join(' '), label).toMatch(/NodeUniqueIndexSeek/);
    }
    expect(large.get('entities(kind: SETTLEMENT, first: 20)')!.operators.join(' ')).toMatch(/NodeIndexSeek/);
    expect(large.get('relations(types: [CONTROLS])')!.operators.join(' ')).toMatch(/Relationship(Unique)?IndexSeek/);
    // A backward page seeks the same index range and takes its order from the index read backward: no Sort of the label.
    for (const label of ['entities(last: 20)', 'entities(last: 20, before:)', 'entities(kind: SETTLEMENT, last: 20, before:)']) {
      const ops = large.get(label)!.operators.join(' ');
      expect(ops, label).toMatch(/Node(Unique)?IndexSeekByRange|NodeIndexSeek/);
      expect(ops, label).not.toMatch(/\bSort\b/);
    }
    expect(large.get('relations(types: [CONTROLS], last: 20)')!.operators.join(' ')).toMatch(/Relationship(Unique)?IndexSeek/);
    expect(large.get('entities { totalCount }')!.operators.join(' ')).toMatch(/NodeCountFromCountStore/);
    expect(large.get('relations(types: [CONTROLS]) { totalCount }')!.operators.join(' ')).toMatch(/RelationshipCountFromCountStore/);
  });
});
