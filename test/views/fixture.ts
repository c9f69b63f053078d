import { Driver } from 'neo4j-driver';
import { testTarget } from '../support/neo4j';

/**
 * A small graph that follows the model contract (src/model/contract.ts), made by the view tests
 * themselves so they do not depend on the seed. Dates follow the fact sheet closely enough for the
 * known answers below:
 * - in 2022 Artsakh controls Nagorno-Karabakh and the Russian contingent controls the Lachin
 *   corridor; in 2024 Azerbaijan controls both, and Artsakh's claim has ended;
 * - russia -> lachin-corridor is two hops through the contingent in 2022, three hops through the
 *   trilateral statement after the contingent left (2024-06-12);
 * - REPORTS is 'forward': a path may go from the article to the event it reports, never back.
 */
interface FixtureNode {
  id: string;
  labels: string[];
  name: string;
  props?: Record<string, unknown>;
}

const entities: FixtureNode[] = [
  { id: 'nagorno-karabakh', labels: ['Place', 'Region'], name: 'Nagorno-Karabakh' },
  { id: 'artsakh', labels: ['Actor', 'UnrecognizedState'], name: 'Republic of Artsakh' },
  { id: 'azerbaijan', labels: ['Actor', 'SovereignState'], name: 'Azerbaijan' },
  { id: 'armenia', labels: ['Actor', 'SovereignState'], name: 'Armenia' },
  { id: 'russia', labels: ['Actor', 'SovereignState'], name: 'Russia' },
  { id: 'russian-peacekeeping-contingent', labels: ['Actor', 'PeacekeepingForce'], name: 'Russian peacekeeping contingent' },
  { id: 'lachin-corridor', labels: ['Place', 'Corridor'], name: 'Lachin corridor' },
  { id: 'stepanakert', labels: ['Place', 'Settlement'], name: 'Stepanakert' },
  {
    id: 'trilateral-statement-2020',
    labels: ['Agreement'],
    name: 'Trilateral statement of 10 November 2020',
    props: { signedOn: '2020-11-09' },
  },
  {
    id: 'hostilities-2022-08-03',
    labels: ['Event'],
    name: 'Hostilities of 3 August 2022',
    props: { startDate: '2022-08-03', endDate: '2022-08-03', datePrecision: 'DAY' },
  },
  {
    id: 'seed-article',
    labels: ['Source'],
    name: 'Seed article',
    props: {
      sourceType: 'ARTICLE',
      url: 'https://example.org/article',
      publisher: 'Example News',
      publishedOn: '2022-08-03',
      reliability: 'SECONDARY',
    },
  },
  { id: 'azerbaijan-mod', labels: ['Actor', 'GovernmentBody'], name: 'Ministry of Defence of Azerbaijan' },
];

type Edge = [string, string, string, string, Record<string, unknown>?];
// [id, type, source, target, {validFrom, validFromPrecision, validTo, validToPrecision, status}]
const statements: Edge[] = [
  [
    's-artsakh-controls-nk',
    'CONTROLS',
    'artsakh',
    'nagorno-karabakh',
    { validFrom: '1992-01-01', validFromPrecision: 'YEAR', validTo: '2023-09-20', validToPrecision: 'DAY', status: 'DISPUTED' },
  ],
  ['s-azerbaijan-controls-nk', 'CONTROLS', 'azerbaijan', 'nagorno-karabakh', { validFrom: '2023-09-20', validFromPrecision: 'DAY' }],
  ['s-azerbaijan-claims-nk', 'CLAIMS', 'azerbaijan', 'nagorno-karabakh', { validFrom: '1991-08-30', validFromPrecision: 'DAY' }],
  [
    's-artsakh-claims-nk',
    'CLAIMS',
    'artsakh',
    'nagorno-karabakh',
    { validFrom: '1991-09-02', validFromPrecision: 'DAY', validTo: '2024-01-01', validToPrecision: 'DAY', status: 'DISPUTED' },
  ],
  ['s-nk-recognized-az', 'RECOGNIZED_AS_PART_OF', 'nagorno-karabakh', 'azerbaijan', { validFrom: '1991-12-26', validFromPrecision: 'DAY' }],
  [
    's-rpc-controls-lachin',
    'CONTROLS',
    'russian-peacekeeping-contingent',
    'lachin-corridor',
    { validFrom: '2020-11-10', validFromPrecision: 'DAY', validTo: '2024-06-12', validToPrecision: 'DAY' },
  ],
  [
    's-rpc-deployed-nk',
    'DEPLOYED_IN',
    'russian-peacekeeping-contingent',
    'nagorno-karabakh',
    { validFrom: '2020-11-10', validFromPrecision: 'DAY', validTo: '2024-06-12', validToPrecision: 'DAY' },
  ],
  [
    's-rpc-part-of-russia',
    'PART_OF',
    'russian-peacekeeping-contingent',
    'russia',
    { validFrom: '2020-11-10', validFromPrecision: 'DAY', validTo: '2024-06-12', validToPrecision: 'DAY' },
  ],
  [
    's-azerbaijan-controls-lachin',
    'CONTROLS',
    'azerbaijan',
    'lachin-corridor',
    { validFrom: '2023-04-23', validFromPrecision: 'DAY', status: 'DISPUTED' },
  ],
  ['s-lachin-connects-armenia', 'CONNECTS', 'lachin-corridor', 'armenia', { validFrom: '2020-11-10', validFromPrecision: 'DAY' }],
  ['s-lachin-connects-nk', 'CONNECTS', 'lachin-corridor', 'nagorno-karabakh', { validFrom: '2020-11-10', validFromPrecision: 'DAY' }],
  ['s-azerbaijan-guarantees-lachin', 'GUARANTEES', 'azerbaijan', 'lachin-corridor', { validFrom: '2020-11-10', validFromPrecision: 'DAY' }],
  ['s-russia-party', 'PARTY_TO', 'russia', 'trilateral-statement-2020', { validFrom: '2020-11-10', validFromPrecision: 'DAY' }],
  ['s-azerbaijan-party', 'PARTY_TO', 'azerbaijan', 'trilateral-statement-2020', { validFrom: '2020-11-10', validFromPrecision: 'DAY' }],
  ['s-armenia-party', 'PARTY_TO', 'armenia', 'trilateral-statement-2020', { validFrom: '2020-11-10', validFromPrecision: 'DAY' }],
  [
    's-stepanakert-capital',
    'CAPITAL_OF',
    'stepanakert',
    'artsakh',
    { validFrom: '1991-09-02', validFromPrecision: 'DAY', validTo: '2024-01-01', validToPrecision: 'DAY' },
  ],
  ['s-stepanakert-part-of-nk', 'PART_OF', 'stepanakert', 'nagorno-karabakh', {}],
  [
    's-hostilities-located',
    'LOCATED_IN',
    'hostilities-2022-08-03',
    'nagorno-karabakh',
    { validFrom: '2022-08-03', validFromPrecision: 'DAY' },
  ],
  [
    's-azerbaijan-participated',
    'PARTICIPATED_IN',
    'azerbaijan',
    'hostilities-2022-08-03',
    { validFrom: '2022-08-03', validFromPrecision: 'DAY', validTo: '2022-08-04', validToPrecision: 'DAY' },
  ],
  ['s-article-reports', 'REPORTS', 'seed-article', 'hostilities-2022-08-03', { validFrom: '2022-08-03', validFromPrecision: 'DAY' }],
  ['s-mod-part-of-az', 'PART_OF', 'azerbaijan-mod', 'azerbaijan', {}],
];

/** Builds the fixture in an emptied database, with the entity_names full-text index. */
export async function createViewFixture(driver: Driver): Promise<void> {
  const database = testTarget().database;
  const run = (q: string, p: Record<string, unknown> = {}) => driver.executeQuery(q, p, { database });
  await run('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE');
  await run('CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity|Alias) ON EACH [n.name]');
  for (const n of entities) {
    // Labels cannot be parameters; these come from the fixture's own constant list above.
    const labels = ['Entity', ...n.labels].map((l) => `:${l}`).join('');
    const props: Record<string, unknown> = { ...(n.props ?? {}) };
    const dateProps = Object.keys(props).filter((k) => /On$|Date$/.test(k));
    const sets = dateProps.map((k) => `e.${k} = date($props.${k})`).join(', ');
    await run(
      `CREATE (e${labels} {id: $id, name: $name, kind: $kind, description: null, wikidataId: null}) SET e += $plain${sets ? `, ${sets}` : ''}`,
      {
        id: n.id,
        name: n.name,
        kind: n.labels[n.labels.length - 1].replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
        plain: Object.fromEntries(Object.entries(props).filter(([k]) => !dateProps.includes(k))),
        props,
      },
    );
  }
  for (const [id, type, from, to, v = {}] of statements) {
    await run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       CREATE (a)-[r:${type} {id: $id, status: $status, rank: 'NORMAL', confidence: 'CONFIRMED', sources: ['seed-article'],
         assertedBy: [], disputedBy: [], supportedBy: [], note: null,
         validFrom: date($validFrom), validFromPrecision: $validFromPrecision,
         validTo: date($validTo), validToPrecision: $validToPrecision}]->(b)`,
      {
        id,
        from,
        to,
        status: v.status ?? 'UNCONTESTED',
        validFrom: v.validFrom ?? null,
        validFromPrecision: v.validFromPrecision ?? null,
        validTo: v.validTo ?? null,
        validToPrecision: v.validToPrecision ?? null,
      },
    );
  }
  await run(
    `MATCH (c:Entity {id: 'lachin-corridor'})
     CREATE (c)-[:HAS_ALIAS]->(:Alias {name: 'Berdzor corridor', language: 'hy', misspelling: false}),
            (c)-[:HAS_ALIAS]->(:Alias {name: 'Laçın dəhlizi', language: 'az', misspelling: false})`,
  );
  await run('CALL db.awaitIndexes(60)');
}
