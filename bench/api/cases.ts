/**
 * The queries `npm run bench:api` times. Each case is one GraphQL operation of this API (its
 * operationName also picks the raw-driver server's handler, see raw-server.ts) and, where the Neo4j
 * GraphQL Library can express the same question, the library's operation. `canonical` maps each
 * system's `data` to one comparable shape, so the harness can check that all systems answer the same
 * before it times anything. The raw server answers with exactly the API's JSON.
 */
/** `base`: the API as built in BENCH_BASELINE (another checkout's dist), for before/after in one run. */
export type System = 'api' | 'raw' | 'library' | 'base';

/** What the cases ask about: ids and dates that exist in the target graph (see discoverParams in run.ts). */
export interface GraphParams {
  /** An entity looked up by id. */
  entity: string;
  /** An entity kind with at least `first` entities. */
  kind: string;
  /** A subject with many statements of `subjectType`. */
  subject: string;
  subjectType: string;
  /** A place controlled by someone on asOfA and asOfB (README question 1). */
  place: string;
  asOfA: string;
  asOfB: string;
  /** Neighborhood centre (a hub on the large graph). */
  centre: string;
  /** Two entities with a path between them. */
  pathFrom: string;
  pathTo: string;
  /** True when the seed's README entities are present (README questions 2-5 only run then). */
  readme: boolean;
}

export interface Case {
  name: string;
  title: string;
  /** The library can express it: timed on all three systems, else API and raw only. */
  library?: { query: string; variables: Record<string, unknown> };
  api: { query: string; variables: Record<string, unknown> };
  /** The systems' answers in one shape (API and library); the raw server must match the API exactly. */
  canonical?: (system: System, data: any) => unknown;
}

const STATEMENT_FIELDS = 'id validFrom validFromPrecision validTo validToPrecision status rank confidence extent';

export const README_FRAGMENT = `
fragment Statement on Relation {
  validFrom validFromPrecision validTo validToPrecision
  status rank confidence
  assertedBy { id name }
  disputedBy { id name }
  sources { id name publishedOn }
}`;

/** Library connection filter: the statement holds on $d (half-open, open ends unbounded), as the API's asOf. */
const libAsOf = (d: string) =>
  `{edge: {AND: [{OR: [{validFrom: {eq: null}}, {validFrom: {lte: ${d}}}]}, {OR: [{validTo: {eq: null}}, {validTo: {gt: ${d}}}]}]}}`;

const edgesToStatements = (conn: { edges: { properties: Record<string, unknown>; node: unknown }[] }, end: 'subject' | 'object') =>
  conn.edges.map((e) => ({ ...e.properties, [end]: e.node }));

export function buildCases(p: GraphParams): Case[] {
  const cases: Case[] = [
    {
      name: 'EntityById',
      title: `entity by id with its fields (${p.entity})`,
      api: { query: 'query EntityById($id: ID!) { entity(id: $id) { id kind name description wikidataId } }', variables: { id: p.entity } },
      library: {
        query: 'query EntityById($id: ID!) { entities(where: {id: {eq: $id}}) { id kind name description wikidataId } }',
        variables: { id: p.entity },
      },
      canonical: (s, d) => (s === 'library' ? d.entities[0] : d.entity),
    },
    {
      name: 'EntitiesOfKind',
      title: `entities(kind: ${p.kind}, first: 20) with their aliases`,
      api: {
        query:
          'query EntitiesOfKind($kind: EntityKind!, $first: Int!) { entities(kind: $kind, first: $first) { edges { node { id name kind aliases { name language misspelling } } } } }',
        variables: { kind: p.kind, first: 20 },
      },
      library: {
        query:
          'query EntitiesOfKind($kind: String!, $first: Int!) { entities: entitiesConnection(first: $first, where: {kind: {eq: $kind}}, sort: [{id: ASC}]) { edges { node { id name kind aliases(sort: [{language: ASC}, {name: ASC}]) { name language misspelling } } } } }',
        variables: { kind: p.kind, first: 20 },
      },
      canonical: (_s, d) => d.entities,
    },
    {
      name: 'RelationsBySubject',
      title: `relations(subject: ${p.subject}, types: [${p.subjectType}], first: 20)`,
      api: {
        query: `query RelationsBySubject($subject: ID!, $types: [RelationType!], $first: Int!) { relations(subject: $subject, types: $types, first: $first) { edges { node { ${STATEMENT_FIELDS} object { id name } } } } }`,
        variables: { subject: p.subject, types: [p.subjectType], first: 20 },
      },
      library: {
        query: `query RelationsBySubject($subject: ID!, $first: Int!) { entities(where: {id: {eq: $subject}}) { ${p.subjectType}_outConnection(first: $first, sort: [{edge: {id: ASC}}]) { edges { properties { ${STATEMENT_FIELDS} } node { id name } } } } }`,
        variables: { subject: p.subject, first: 20 },
      },
      canonical: (s, d) =>
        s === 'library'
          ? edgesToStatements(d.entities[0][`${p.subjectType}_outConnection`], 'object')
          : d.relations.edges.map((e: { node: unknown }) => e.node),
    },
    {
      name: 'ControlAsOf',
      title: `README question 1 as far as the library goes: control of ${p.place} on two dates, statement properties`,
      api: {
        query: `query ControlAsOf($id: ID!, $a: Date!, $b: Date!) { entity(id: $id) { name ... on Place {
          a: controlledBy(asOf: $a) { ${STATEMENT_FIELDS} subject { id name } }
          b: controlledBy(asOf: $b) { ${STATEMENT_FIELDS} subject { id name } } } } }`,
        variables: { id: p.place, a: p.asOfA, b: p.asOfB },
      },
      library: {
        query: `query ControlAsOf($id: ID!, $a: Date!, $b: Date!) { entities(where: {id: {eq: $id}}) { name
          a: CONTROLS_inConnection(where: ${libAsOf('$a')}, sort: [{edge: {validFrom: ASC}}, {edge: {id: ASC}}]) { edges { properties { ${STATEMENT_FIELDS} } node { id name } } }
          b: CONTROLS_inConnection(where: ${libAsOf('$b')}, sort: [{edge: {validFrom: ASC}}, {edge: {id: ASC}}]) { edges { properties { ${STATEMENT_FIELDS} } node { id name } } } } }`,
        variables: { id: p.place, a: p.asOfA, b: p.asOfB },
      },
      canonical: (s, d) => {
        if (s !== 'library') return d.entity;
        const e = d.entities[0];
        return { name: e.name, a: edgesToStatements(e.a, 'subject'), b: edgesToStatements(e.b, 'subject') };
      },
    },
    {
      name: 'ControlAsOfFull',
      title: `README question 1 in full (assertedBy, disputedBy, sources resolved) on ${p.place}`,
      api: {
        query: `query ControlAsOfFull($id: ID!, $a: Date!, $b: Date!) { region: entity(id: $id) { name ... on Place {
          onA: controlledBy(asOf: $a) { controller: subject { id name } extent ...Statement }
          onB: controlledBy(asOf: $b) { controller: subject { id name } extent ...Statement } } } }${README_FRAGMENT}`,
        variables: { id: p.place, a: p.asOfA, b: p.asOfB },
      },
    },
    {
      name: 'Neighborhood',
      title: `neighborhood(depth: 2, asOf: ${p.asOfA}) of ${p.centre}`,
      api: {
        query: `query Neighborhood($id: ID!, $asOf: Date) { neighborhood(id: $id, depth: 2, asOf: $asOf) {
          nodes { id kind name labels }
          edges { id type source target validFrom validFromPrecision validTo validToPrecision status sourceIds }
          truncated omittedNodes } }`,
        variables: { id: p.centre, asOf: p.asOfA },
      },
    },
    {
      name: 'Paths',
      title: `paths(from: ${p.pathFrom}, to: ${p.pathTo}, maxHops: 4)`,
      api: {
        query: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) {
          length cost nodes { id kind name } edges { id type source target validFrom validTo status } } }`,
        variables: { from: p.pathFrom, to: p.pathTo },
      },
    },
  ];
  if (p.readme) cases.push(...readmeCases());
  return cases;
}

/** README questions 2-5 as the README writes them (their ids are the seed's). */
function readmeCases(): Case[] {
  return [
    {
      name: 'Recognition',
      title: 'README question 2: recognition of nagorno-karabakh',
      api: {
        query: `query Recognition { region: entity(id: "nagorno-karabakh") { name ... on Place {
          recognizedAs { state: object { id name } recognizedBy: assertedBy { id name } ...Statement } } } }${README_FRAGMENT}`,
        variables: {},
      },
    },
    {
      name: 'PeacekeepersAugust2022',
      title: "README question 3: the peacekeepers' area of responsibility on two dates",
      api: {
        query: `query PeacekeepersAugust2022 { contingent: entity(id: "russian-peacekeeping-contingent") { name ... on Actor {
          onAugust1st: areaOfResponsibility(asOf: "2022-08-01") { place: object { id name kind } extent ...Statement }
          onAugust31st: areaOfResponsibility(asOf: "2022-08-31") { place: object { id name kind } extent ...Statement } } } }${README_FRAGMENT}`,
        variables: {},
      },
    },
    {
      name: 'ArmenianMfaAllegations',
      title: 'README question 4: allegations of armenia-mfa on 2022-08-03, against whom, denied by whom',
      api: {
        query: `query ArmenianMfaAllegations { ministry: entity(id: "armenia-mfa") { name ... on Actor {
          allegationsMade(on: "2022-08-03") { ...Statement supportedBy { id name }
            allegation: object { id name ... on Allegation { statedOn text
              against { accused: object { id name } ...Statement }
              deniedBy { denier: subject { id name } ...Statement } } } } } } }${README_FRAGMENT}`,
        variables: {},
      },
    },
    {
      name: 'CeasefireParties',
      title: 'README question 5: parties, signatories and guarantees of the 2020 ceasefire',
      api: {
        query: `query CeasefireParties { ceasefire: entity(id: "trilateral-statement-2020") { name ... on Agreement { signedOn effectiveAt
          parties { party: subject { id name } role ...Statement }
          signatories { signatory: subject { id name } role ...Statement }
          guarantees { guarantor: subject { id name } guaranteed: object { id name ... on Provision { number text } } clause: provision { id number } role ...Statement } } } }${README_FRAGMENT}`,
        variables: {},
      },
    },
  ];
}
