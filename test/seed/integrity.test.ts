import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { toPlain } from '../../src/graph/convert';
import {
  ACTOR_KINDS,
  CONFIDENCES,
  KIND_LABELS,
  kindOf,
  HISTORY_LABELS,
  NODE_LABELS,
  PLACE_KINDS,
  PRECISIONS,
  RANKS,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  STATUSES,
  STRUCTURAL_RELATIONSHIPS,
} from '../../src/model/contract';
import { testDriver, testTarget, useSeededGraph } from '../support/neo4j';

let driver: Driver;

async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await driver.executeQuery(cypher, params, { database: testTarget().database });
  return res.records.map((r) => toPlain(r.toObject()) as T);
}

interface Statement {
  type: string;
  id: string | null;
  from: string;
  to: string;
  fromLabels: string[];
  toLabels: string[];
  p: Record<string, unknown>;
}

let statements: Statement[];
let entityIds: Set<string>;
let sourceIds: Set<string>;

beforeAll(async () => {
  driver = testDriver();
  await useSeededGraph(driver);
  statements = await query<Statement>(
    `MATCH (a)-[r]->(b) WHERE type(r) IN $types
     RETURN type(r) AS type, r.id AS id, a.id AS from, b.id AS to, labels(a) AS fromLabels, labels(b) AS toLabels, properties(r) AS p`,
    { types: RELATIONSHIP_TYPE_NAMES },
  );
  entityIds = new Set((await query<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id')).map((r) => r.id));
  sourceIds = new Set((await query<{ id: string }>('MATCH (n:Source) RETURN n.id AS id')).map((r) => r.id));
});

afterAll(async () => {
  await driver?.close();
});

describe('nodes', () => {
  it('uses only the labels of the contract (the knowledge graph and its curation history)', async () => {
    const rows = await query<{ label: string }>('MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label');
    const allowed = new Set<string>([...NODE_LABELS, ...HISTORY_LABELS]);
    expect(rows.map((r) => r.label).filter((l) => !allowed.has(l))).toEqual([]);
  });

  it('gives every entity exactly one kind label, kind = kindOf(label), and its group label', async () => {
    const rows = await query<{ id: string; labels: string[]; kind: string }>(
      'MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, n.kind AS kind',
    );
    const problems: string[] = [];
    for (const row of rows) {
      const kinds = row.labels.filter((l) => (KIND_LABELS as readonly string[]).includes(l));
      if (kinds.length !== 1) {
        problems.push(`${row.id}: kind labels ${kinds.join(',')}`);
        continue;
      }
      const label = kinds[0] as (typeof KIND_LABELS)[number];
      if (row.kind !== kindOf(label)) problems.push(`${row.id}: kind ${row.kind} for :${label}`);
      const isActor = (ACTOR_KINDS as readonly string[]).includes(label);
      const isPlace = (PLACE_KINDS as readonly string[]).includes(label);
      if (row.labels.includes('Actor') !== isActor) problems.push(`${row.id}: Actor label wrong`);
      if (row.labels.includes('Place') !== isPlace) problems.push(`${row.id}: Place label wrong`);
    }
    expect(problems).toEqual([]);
  });

  it("has no node that is neither an entity nor an alias (nor the seed load's change), and every entity has an id and a name", async () => {
    const stray = await query(
      'MATCH (n) WHERE NOT n:Entity AND NOT n:Alias AND NOT any(l IN labels(n) WHERE l IN $history) RETURN n LIMIT 5',
      { history: [...HISTORY_LABELS] },
    );
    expect(stray).toEqual([]);
    // The load is recorded as one change per seed file that writes statements (docs/curation.md),
    // in the files' order, and every statement is version 1 of its file's change.
    const loads = await query<{ by: string; files: string[]; id: string }>(
      "MATCH (c:Change {action: 'LOAD'}) RETURN c.by AS by, c.files AS files, c.id AS id ORDER BY c.seq",
    );
    expect(loads.length).toBeGreaterThanOrEqual(5);
    for (const l of loads) {
      expect(l.files).toHaveLength(1);
      expect(l.files[0]).toMatch(/^cypher\/seed\/\d{3}-[a-z-]+\.cypher$/);
      expect(l.by).toBe(`load:${l.files[0]}`);
    }
    expect(loads.map((l) => l.files[0])).toEqual([...loads.map((l) => l.files[0])].sort());
    const unstamped = await query(
      'MATCH ()-[r]->() WHERE r.id IS NOT NULL AND (r.version <> 1 OR NOT r.changeId IN $loads) RETURN r.id AS id LIMIT 5',
      { loads: loads.map((l) => l.id) },
    );
    expect(unstamped).toEqual([]);
    const unnamed = await query('MATCH (n:Entity) WHERE n.id IS NULL OR n.name IS NULL OR trim(n.name) = "" RETURN n.id AS id');
    expect(unnamed).toEqual([]);
  });

  it('attaches every alias to exactly one entity, with a language and a misspelling flag', async () => {
    const rows = await query(
      `MATCH (a:Alias) WHERE COUNT { (:Entity)-[:HAS_ALIAS]->(a) } <> 1 OR a.name IS NULL OR a.language IS NULL OR NOT a.misspelling IS :: BOOLEAN NOT NULL
       RETURN a.id AS id`,
    );
    expect(rows).toEqual([]);
  });

  it('types the kind-specific properties: dates are Neo4j dates, Source enums are valid', async () => {
    const badDates = await query(
      `MATCH (n:Entity)
       WHERE (n:Agreement AND NOT (n.signedOn IS :: DATE AND (n.effectiveAt IS NULL OR n.effectiveAt IS :: ZONED DATETIME)))
          OR (n:Event AND NOT n.startDate IS :: DATE NOT NULL)
          OR (n:Event AND n.endDate IS NOT NULL AND n.endDate < n.startDate)
          OR (n:Allegation AND NOT n.statedOn IS :: DATE NOT NULL)
          OR (n:Provision AND NOT n.number IS :: INTEGER NOT NULL)
          OR (n:Source AND NOT n.publishedOn IS :: DATE)
       RETURN n.id AS id`,
    );
    expect(badDates).toEqual([]);
    const badSources = await query(
      `MATCH (s:Source)
       WHERE NOT s.sourceType IN ['ARTICLE', 'STATEMENT', 'DOCUMENT'] OR NOT s.reliability IN ['PRIMARY', 'SECONDARY', 'PARTISAN']
          OR s.publisher IS NULL OR (s.url IS NULL AND s.site IS NULL)
       RETURN s.id AS id`,
    );
    expect(badSources).toEqual([]);
  });
});

describe('statements', () => {
  it('uses only the relationship types of the contract', async () => {
    const rows = await query<{ type: string }>('MATCH ()-[r]->() RETURN DISTINCT type(r) AS type');
    const allowed = new Set<string>([...RELATIONSHIP_TYPE_NAMES, ...STRUCTURAL_RELATIONSHIPS]);
    expect(rows.map((r) => r.type).filter((t) => !allowed.has(t))).toEqual([]);
  });

  it('gives every statement an id, unique across all types', () => {
    expect(statements.length).toBeGreaterThan(400);
    expect(statements.filter((s) => !s.id)).toEqual([]);
    const seen = new Map<string, number>();
    for (const s of statements) seen.set(s.id!, (seen.get(s.id!) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('gives every statement a valid status, rank and confidence', () => {
    const bad = statements.filter(
      (s) =>
        !(STATUSES as readonly unknown[]).includes(s.p.status) ||
        !(RANKS as readonly unknown[]).includes(s.p.rank) ||
        !(CONFIDENCES as readonly unknown[]).includes(s.p.confidence),
    );
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('cites at least one existing Source in every statement', () => {
    const bad = statements.filter((s) => {
      const sources = s.p.sources as string[] | undefined;
      return !Array.isArray(sources) || sources.length === 0 || sources.some((id) => !sourceIds.has(id));
    });
    expect(bad.map((s) => `${s.id}: ${JSON.stringify(s.p.sources)}`)).toEqual([]);
  });

  it('names only existing entities in assertedBy, disputedBy and supportedBy', () => {
    const bad: string[] = [];
    for (const s of statements) {
      for (const key of ['assertedBy', 'disputedBy', 'supportedBy']) {
        const list = s.p[key];
        if (!Array.isArray(list)) bad.push(`${s.id}: ${key} is not a list`);
        else for (const id of list as string[]) if (!entityIds.has(id)) bad.push(`${s.id}: ${key} ${id}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps validity consistent: validFrom <= validTo, a precision exactly where there is a date', () => {
    const bad: string[] = [];
    for (const s of statements) {
      const { validFrom, validTo, validFromPrecision, validToPrecision } = s.p as Record<string, string | undefined>;
      if (validFrom && validTo && validFrom > validTo) bad.push(`${s.id}: ${validFrom} > ${validTo}`);
      if (!!validFrom !== !!validFromPrecision) bad.push(`${s.id}: validFromPrecision`);
      if (!!validTo !== !!validToPrecision) bad.push(`${s.id}: validToPrecision`);
      for (const p of [validFromPrecision, validToPrecision])
        if (p && !(PRECISIONS as readonly string[]).includes(p)) bad.push(`${s.id}: precision ${p}`);
    }
    expect(bad).toEqual([]);
  });

  it('stores validity as Neo4j dates', async () => {
    const rows = await query(
      `MATCH ()-[r]->() WHERE type(r) IN $types AND NOT (r.validFrom IS :: DATE AND r.validTo IS :: DATE)
       RETURN r.id AS id`,
      { types: RELATIONSHIP_TYPE_NAMES },
    );
    expect(rows).toEqual([]);
  });

  it("respects the contract's allowed endpoints for every type", () => {
    const bad: string[] = [];
    for (const s of statements) {
      const rule = RELATIONSHIP_TYPES[s.type as keyof typeof RELATIONSHIP_TYPES];
      const fromOk = (rule.from as readonly string[]).some((l) => s.fromLabels.includes(l));
      const toOk = (rule.to as readonly string[]).some((l) => s.toLabels.includes(l));
      if (!fromOk || !toOk) bad.push(`${s.id}: ${s.from} -[:${s.type}]-> ${s.to}`);
    }
    expect(bad).toEqual([]);
  });

  it('never presents an unverified statement as the uncontested preferred value', () => {
    const bad = statements.filter((s) => s.p.confidence === 'UNVERIFIED' && s.p.status === 'UNCONTESTED' && s.p.rank === 'PREFERRED');
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('names who disputes every DISPUTED statement', () => {
    const bad = statements.filter((s) => s.p.status === 'DISPUTED' && (s.p.disputedBy as string[]).length === 0);
    expect(bad.map((s) => s.id)).toEqual([]);
  });
});

describe('entities the whole project relies on', () => {
  it('exist under their agreed ids', () => {
    const keys = [
      'nagorno-karabakh',
      'artsakh',
      'azerbaijan',
      'armenia',
      'russia',
      'russian-peacekeeping-contingent',
      'lachin-corridor',
      'armenia-mfa',
      'azerbaijan-mod',
      'trilateral-statement-2020',
      'osce',
      'poland',
      'zbigniew-rau',
      'yukhary-oratagh',
      'stepanakert',
      'european-union',
      'seed-article',
    ];
    expect(keys.filter((k) => !entityIds.has(k))).toEqual([]);
  });

  it('carries only the Wikidata Q-ids the fact sheet marks verified', async () => {
    const rows = await query<{ id: string; q: string }>(
      'MATCH (n:Entity) WHERE n.wikidataId IS NOT NULL RETURN n.id AS id, n.wikidataId AS q ORDER BY id',
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.q]))).toEqual({
      armenia: 'Q399',
      artsakh: 'Q244165',
      azerbaijan: 'Q227',
      'european-union': 'Q458',
      france: 'Q142',
      osce: 'Q81299',
      poland: 'Q36',
      russia: 'Q159',
      stepanakert: 'Q129352',
      turkiye: 'Q43',
      'united-states': 'Q30',
      'vladimir-putin': 'Q7747',
    });
  });
});
