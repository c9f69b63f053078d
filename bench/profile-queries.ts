import { execFileSync } from 'node:child_process';
import neo4j, { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { profileText, scans } from '../src/graph/profile';
import { cypher, PlannedQuery } from '../src/graph/queries';
import { entitiesByIdQuery, entityCountQuery, entityPageQuery, searchQuery } from '../src/graph/repositories/entities';
import {
  guaranteesQuery,
  NO_ATTRIBUTION,
  relationCountQuery,
  relationPageQuery,
  relationsOfQuery,
  RelationPageFilter,
} from '../src/graph/repositories/relations';
import { dayPeriod } from '../src/model/validity';
import { neighborhoodQuery, pathsQuery, timelineQuery } from '../src/graph/repositories/views';
import { RELATIONSHIP_TYPE_NAMES } from '../src/model/contract';

/**
 * `npm run bench:profile`: PROFILE of each named query on the Neo4j of NEO4J_URI (or the local
 * instance of NEO4J_LOCAL_*), as the API runs it: db hits, rows, the scans in its plan, and the p50
 * and p95 of PROFILE_RUNS sequential runs (default 20, after one warm-up run; PROFILE_ONLY=<regexp>
 * keeps the queries whose label matches). The queries are
 * built by the repositories' own *Query functions, so this measures exactly the Cypher they send.
 *
 * PROFILE_LEGACY=<git ref> runs instead the named queries of that commit (before the rewrite for
 * issue 9), with the parameters they took then, for the before/after table in bench/RESULTS.md.
 * Entity ids: the seed's (azerbaijan, nagorno-karabakh ...) and the generator's biggest hubs
 * (gen-sovereign-state-000001 ...; npm run gen). Output: a Markdown table on stdout.
 */
const RUNS = Number(process.env.PROFILE_RUNS ?? 20);
const LEGACY = process.env.PROFILE_LEGACY;
const HUB = process.env.PROFILE_HUB ?? 'gen-sovereign-state-000001';
/** Only the queries whose label matches this regular expression (all by default). */
const ONLY = new RegExp(process.env.PROFILE_ONLY ?? '');

interface Case {
  label: string;
  current: PlannedQuery | null;
  /** The query before issue 9: name and parameters as the old repositories sent them (not today's signatures). */
  legacy: { name: string; params: object } | null;
}

const int = (n: number) => neo4j.int(n);
const page = (f: Partial<RelationPageFilter>): RelationPageFilter => ({
  subject: null,
  object: null,
  types: null,
  statuses: null,
  period: null,
  certainOnly: false,
  attribution: NO_ATTRIBUTION,
  ...f,
});
const legacyPage = (f: Partial<RelationPageFilter>) => ({
  subject: f.subject ?? null,
  object: f.object ?? null,
  asOf: null,
  types: f.types ?? null,
  statuses: f.statuses ?? null,
  after: null,
  limit: int(21),
});

export function cases(hub: string): Case[] {
  const rel = (
    ids: string[],
    types: string[] | null,
    direction: 'OUTGOING' | 'INCOMING' | 'BOTH',
    asOf: string | null,
    on: string | null = null,
  ): Pick<Case, 'current' | 'legacy'> => ({
    current: relationsOfQuery(ids, {
      types: types as never,
      direction,
      period: asOf ? dayPeriod(asOf) : null,
      certainOnly: false,
      on,
      first: 100,
      attribution: NO_ATTRIBUTION,
      includeParts: false,
    }),
    legacy: { name: 'relations-of-entities', params: { ids, types, direction, asOf, on } },
  });
  const all = [...RELATIONSHIP_TYPE_NAMES];
  return [
    {
      label: 'entity(id) lookup: entities-by-id',
      current: entitiesByIdQuery(['nagorno-karabakh']),
      legacy: { name: 'entities-by-id', params: { ids: ['nagorno-karabakh'] } },
    },
    {
      label: 'entities(first: 20)',
      current: entityPageQuery({ kind: null, first: 20, after: null }),
      legacy: { name: 'entity-page', params: { kind: null, after: null, limit: int(21) } },
    },
    {
      label: 'entities(kind: SETTLEMENT, first: 20)',
      current: entityPageQuery({ kind: 'SETTLEMENT', first: 20, after: null }),
      legacy: { name: 'entity-page', params: { kind: 'SETTLEMENT', after: null, limit: int(21) } },
    },
    { label: 'entities { totalCount }', current: entityCountQuery(null), legacy: null },
    { label: 'entities(kind: SETTLEMENT) { totalCount }', current: entityCountQuery('SETTLEMENT'), legacy: null },
    {
      label: 'aliases: entity-aliases',
      current: { name: 'entity-aliases', params: { ids: ['artsakh'] } },
      legacy: { name: 'entity-aliases', params: { ids: ['artsakh'] } },
    },
    {
      label: 'search(text: "Khankendi"): entity-search',
      current: searchQuery({ text: 'Khankendi', kinds: null, first: 10 }),
      legacy: {
        name: 'entity-search',
        params: {
          query: '"khankendi"^4 OR (khankendi)^2 OR (khankendi*) OR khankendi~1',
          kinds: null,
          candidates: int(200),
          limit: int(10),
        },
      },
    },
    {
      label: 'relations(subject: azerbaijan, first: 20)',
      current: relationPageQuery(page({ subject: 'azerbaijan' }), { first: 20, after: null }),
      legacy: { name: 'relation-page', params: legacyPage({ subject: 'azerbaijan' }) },
    },
    {
      label: `relations(subject: ${hub}, first: 20)`,
      current: relationPageQuery(page({ subject: hub }), { first: 20, after: null }),
      legacy: { name: 'relation-page', params: legacyPage({ subject: hub }) },
    },
    {
      label: 'relations(object: nagorno-karabakh, first: 20)',
      current: relationPageQuery(page({ object: 'nagorno-karabakh' }), { first: 20, after: null }),
      legacy: { name: 'relation-page', params: legacyPage({ object: 'nagorno-karabakh' }) },
    },
    {
      label: 'relations(types: [CONTROLS], first: 20)',
      current: relationPageQuery(page({ types: ['CONTROLS'] }), { first: 20, after: null }),
      legacy: { name: 'relation-page', params: legacyPage({ types: ['CONTROLS'] }) },
    },
    {
      label: 'relations(first: 20)',
      current: relationPageQuery(page({}), { first: 20, after: null }),
      legacy: { name: 'relation-page', params: legacyPage({}) },
    },
    {
      label: 'relations(status: [DISPUTED], first: 20)',
      current: relationPageQuery(page({ statuses: ['DISPUTED'] }), { first: 20, after: null }),
      legacy: { name: 'relation-page', params: legacyPage({ statuses: ['DISPUTED'] }) },
    },
    { label: 'relations(subject: azerbaijan) { totalCount }', current: relationCountQuery(page({ subject: 'azerbaijan' })), legacy: null },
    { label: 'relations(types: [CONTROLS]) { totalCount }', current: relationCountQuery(page({ types: ['CONTROLS'] })), legacy: null },
    { label: 'Q1 controlledBy(asOf) on nagorno-karabakh', ...rel(['nagorno-karabakh'], ['CONTROLS'], 'INCOMING', '2022-08-03') },
    { label: 'Q2 recognizedAs on nagorno-karabakh', ...rel(['nagorno-karabakh'], ['RECOGNIZED_AS_PART_OF'], 'OUTGOING', null) },
    {
      label: 'Q3 areaOfResponsibility(asOf) of the contingent',
      ...rel(['russian-peacekeeping-contingent'], ['HAS_AREA_OF_RESPONSIBILITY'], 'OUTGOING', '2022-08-01'),
    },
    { label: 'Q4 allegationsMade(on) of armenia-mfa', ...rel(['armenia-mfa'], ['ALLEGES'], 'OUTGOING', null, '2022-08-03') },
    { label: 'Q5 parties of trilateral-statement-2020', ...rel(['trilateral-statement-2020'], ['PARTY_TO'], 'INCOMING', null) },
    {
      label: 'Q5 guarantees of trilateral-statement-2020',
      current: guaranteesQuery(['trilateral-statement-2020'], null, false, 100),
      legacy: { name: 'agreement-guarantees', params: { ids: ['trilateral-statement-2020'], asOf: null } },
    },
    { label: `controls of ${hub} (hub)`, ...rel([hub], ['CONTROLS'], 'OUTGOING', null) },
    { label: 'relations (all types, BOTH) of azerbaijan', ...rel(['azerbaijan'], null, 'BOTH', null) },
    {
      label: 'neighborhood(nagorno-karabakh, depth: 2)',
      current: neighborhoodQuery({
        id: 'nagorno-karabakh',
        depth: 2,
        types: all,
        period: null,
        certainOnly: false,
        maxNodes: 150,
        maxEdges: 2000,
      }),
      legacy: {
        name: 'view-neighborhood',
        params: { id: 'nagorno-karabakh', depth: int(2), types: all, asOf: null, maxNodes: int(150), maxEdges: int(2000) },
      },
    },
    {
      label: `neighborhood(${hub}, depth: 2)`,
      current: neighborhoodQuery({ id: hub, depth: 2, types: all, period: null, certainOnly: false, maxNodes: 150, maxEdges: 2000 }),
      legacy: {
        name: 'view-neighborhood',
        params: { id: hub, depth: int(2), types: all, asOf: null, maxNodes: int(150), maxEdges: int(2000) },
      },
    },
    {
      label: 'paths(azerbaijan -> lachin-corridor, maxHops: 4)',
      current: pathsQuery({
        from: 'azerbaijan',
        to: 'lachin-corridor',
        maxHops: 4,
        types: all,
        period: dayPeriod('2022-08-03'),
        certainOnly: false,
        limit: 5,
      }),
      legacy: (() => {
        const q = pathsQuery({
          from: 'azerbaijan',
          to: 'lachin-corridor',
          maxHops: 4,
          types: all,
          period: dayPeriod('2022-08-03'),
          certainOnly: false,
          limit: 5,
        });
        return { name: 'view-paths', params: q.params };
      })(),
    },
    {
      label: 'timeline(nagorno-karabakh)',
      current: timelineQuery({ id: 'nagorno-karabakh', types: all, from: null, to: null, limit: 1001 }),
      legacy: { name: 'view-timeline', params: { id: 'nagorno-karabakh', types: all, from: null, to: null, limit: int(1001) } },
    },
    {
      label: 'view sources: view-sources',
      current: { name: 'view-sources', params: { ids: ['seed-article', 'babel-ua-2022-08-03'] } },
      legacy: { name: 'view-sources', params: { ids: ['seed-article', 'babel-ua-2022-08-03'] } },
    },
  ];
}

/** The text of a named query at a git ref (for PROFILE_LEGACY). */
function legacyText(ref: string, name: string): string {
  return execFileSync('git', ['show', `${ref}:cypher/queries/${name}.cypher`], { encoding: 'utf8' })
    .trim()
    .replace(/;\s*$/, '');
}

async function timed(driver: Driver, database: string, text: string, params: object): Promise<number[]> {
  const times: number[] = [];
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    for (let i = 0; i <= RUNS; i++) {
      const started = process.hrtime.bigint();
      await session.executeRead((tx) => tx.run(text, params));
      if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  } finally {
    await session.close();
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function main(): Promise<void> {
  const config = loadConfig();
  const target = config.external ?? config.localTarget;
  const driver = createDriver(target);
  const counts = await driver.executeQuery(
    'MATCH (e:Entity) WITH count(e) AS entities MATCH ()-[r]->() RETURN entities, count(r) AS relationships',
    {},
    { database: target.database },
  );
  const graph = counts.records[0];
  console.log(`# PROFILE of the named queries${LEGACY ? ` at ${LEGACY} (legacy)` : ''}, ${new Date().toISOString()}`);
  console.log(
    `graph at ${target.uri}: ${graph.get('entities')} entities, ${graph.get('relationships')} relationships; ${RUNS} sequential runs per query after a warm-up\n`,
  );
  console.log('| query | named query | db hits | rows | p50 ms | p95 ms | scans |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  try {
    for (const c of cases(HUB)) {
      const query: { name: string; params: object } | null = LEGACY ? c.legacy : c.current;
      if (!query || !ONLY.test(c.label)) continue;
      const text = LEGACY ? legacyText(LEGACY, query.name) : cypher(query.name);
      const profile = await profileText(driver, target.database, text, query.params);
      const times = await timed(driver, target.database, text, query.params);
      const shortName = query.name.replace(/\(.*\)$/, (m) => (m.length > 40 ? '(...)' : m));
      console.log(
        `| ${c.label} | ${shortName} | ${profile.dbHits} | ${profile.rows} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.95).toFixed(1)} | ${scans(profile).join(', ') || '-'} |`,
      );
    }
  } finally {
    await driver.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
