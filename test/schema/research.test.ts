import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/api';
import { useSeededGraph } from '../support/neo4j';
import { API_DOC, docQuery } from '../support/readme';

/**
 * The research questions of issue 12, each one request against the seeded graph: the queries are
 * docs/api.md's own (by operation name), and the expected answers come from the fact sheet
 * (../shared/domain/facts.md: §1.2 presidents and the disputed dissolution, §1.5 Rau, §1.7
 * agreements, §2.1 R2/R3, §2.3 R31/R34/R35, §3 A1-A7).
 */
const api = useTestApi(useSeededGraph);

type Row = Record<string, any>;
const ids = (rows: Row[], key: string) => rows.map((r) => r[key].id).sort();

async function run(query: string, variables?: Record<string, unknown>) {
  const res = await api.run(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as Row;
}

describe('precision: an answer inside an imprecise bound is POSSIBLE', () => {
  it('Artsakh on 2007-06-01: Ghukasyan (to "2007") and Sahakyan (from "2007"), both POSSIBLE; nobody CERTAIN', async () => {
    const { artsakh, shusha, rau } = await run(docQuery(API_DOC, 'PrecisionCases'));
    expect(artsakh.headedBy.map((r: Row) => [r.president.id, r.certainty]).sort()).toEqual([
      ['arkadi-ghukasyan', 'POSSIBLE'],
      ['bako-sahakyan', 'POSSIBLE'],
    ]);
    expect(artsakh.certainly).toEqual([]);
    // Shusha: captured "1992-05" (about 8 May, [U]): on 3 May the NKR only possibly held it.
    expect(shusha.controlledBy).toEqual([
      {
        controller: { id: 'artsakh' },
        validFrom: '1992-05-01',
        validFromPrecision: 'MONTH',
        validFromLatest: '1992-05-31',
        certainty: 'POSSIBLE',
      },
    ]);
    // Rau: foreign minister until "2023-11" (late November, [U]).
    expect(rau.heads).toEqual([
      expect.objectContaining({
        office: expect.objectContaining({ id: 'poland-mfa' }),
        validTo: '2023-11-01',
        validToPrecision: 'MONTH',
        validToLatest: '2023-11-30',
        certainty: 'POSSIBLE',
      }),
    ]);
  });

  it('days outside the imprecise bounds stay CERTAIN', async () => {
    const data = await run(`{
      artsakh: entity(id: "artsakh") { ... on Actor { y2006: headedBy(asOf: "2006-12-31") { subject { id } certainty } y2008: headedBy(asOf: "2008-01-01") { subject { id } certainty } } }
      nk: entity(id: "nagorno-karabakh") { ... on Place { controlledBy(asOf: "2022-08-03") { subject { id } certainty } } }
    }`);
    expect(data.artsakh.y2006).toEqual([{ subject: { id: 'arkadi-ghukasyan' }, certainty: 'CERTAIN' }]);
    expect(data.artsakh.y2008).toEqual([{ subject: { id: 'bako-sahakyan' }, certainty: 'CERTAIN' }]);
    expect(data.nk.controlledBy.map((r: Row) => r.certainty)).toEqual(['CERTAIN', 'CERTAIN']);
  });

  it('marks view edges too, and refuses asOf with during, or an empty period', async () => {
    const data = await run(`{ neighborhood(id: "shusha", depth: 1, types: [CONTROLS], asOf: "1992-05-03") { edges { id certainty } } }`);
    expect(data.neighborhood.edges).toEqual([{ id: 'artsakh-controls-shusha', certainty: 'POSSIBLE' }]);
    for (const args of ['asOf: "2023-01-01", during: {from: "2023-01-01"}', 'during: {from: "2023-01-01", to: "2023-01-01"}']) {
      const res = await api.run(`{ entity(id: "armenia") { ... on Actor { partyTo(${args}) { id } } } }`);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('periods', () => {
  it("Armenia's agreements during 2023, in one request: the two of 2023 and those still in force, not Washington 2025", async () => {
    const { armenia } = await run(docQuery(API_DOC, 'ArmeniaAgreements2023'));
    expect(ids(armenia.partyTo, 'agreement')).toEqual([
      'alma-ata-declaration-1991',
      'bishkek-protocol-1994',
      'brussels-understanding-2023',
      'granada-statement-2023',
      'prague-statement-2022',
      'trilateral-statement-2020',
    ]);
    expect(armenia.partyTo.every((r: Row) => r.certainty === 'CERTAIN')).toBe(true);
  });

  it('during reads half-open: a period ending on a start day leaves that statement out', async () => {
    const data = await run(`{ armenia: entity(id: "armenia") { ... on Actor {
      before: partyTo(during: {from: "2023-01-01", to: "2023-05-14"}) { object { id } }
      after: partyTo(during: {from: "2025-08-08"}) { object { id } } } } }`);
    expect(ids(data.armenia.before, 'object')).not.toContain('brussels-understanding-2023');
    expect(ids(data.armenia.after, 'object')).toContain('washington-joint-declaration-2025');
  });
});

describe('attribution', () => {
  it("finds Russia's defence ministry's support of A7 from russia-mod, by field and by filter", async () => {
    const { ministry, alleges } = await run(docQuery(API_DOC, 'RussiaModSupport'));
    expect(ministry.supports.map((r: Row) => r.id).sort()).toEqual(['ararat-mirzoyan-alleges-a7', 'armenia-mfa-alleges-a7']);
    expect(ministry.supports.every((r: Row) => r.object.id === 'a7-azerbaijani-aggression-in-peacekeepers-aor')).toBe(true);
    expect(alleges.totalCount).toBe(2);
    expect(alleges.edges.map((e: Row) => e.node.id)).toEqual(['ararat-mirzoyan-alleges-a7', 'armenia-mfa-alleges-a7']);
  });

  it('filters entity fields and relations by who disputes a statement and by source, and lists what a source is cited for', async () => {
    const data = await run(`{
      mfa: entity(id: "armenia-mfa") { ... on Actor { allegationsMade(disputedBy: "azerbaijan-mod") { object { id } } } }
      grigoryan: entity(id: "vladimir-grigoryan") { disputes { id } }
      decree: relations(source: "dissolution-disputed-2023-12", first: 100) { totalCount }
      src: entity(id: "dissolution-disputed-2023-12") { ... on Source { cites { id } } }
    }`);
    expect(data.mfa.allegationsMade.map((r: Row) => r.object.id)).toContain('a7-azerbaijani-aggression-in-peacekeepers-aor');
    expect(data.grigoryan.disputes.map((r: Row) => r.id)).toEqual(
      expect.arrayContaining(['artsakh-claims-nagorno-karabakh', 'samvel-shahramanyan-heads-artsakh']),
    );
    expect(data.src.cites.length).toBe(data.decree.totalCount);
    expect(data.decree.totalCount).toBeGreaterThan(0);
  });
});

describe('roll-up through parts', () => {
  it('the state of Azerbaijan alleged A1-A6 through its defence ministry; each statement names the part', async () => {
    const { azerbaijan } = await run(docQuery(API_DOC, 'AzerbaijanAllegations'));
    const made = azerbaijan.allegationsMade as Row[];
    const codes = (part: string | null) =>
      made
        .filter((r) => (r.viaPart?.id ?? null) === part)
        .map((r) => r.allegation.code)
        .filter(Boolean)
        .sort();
    expect(codes('azerbaijan-mod')).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']));
    for (const r of made) expect(r.allegedBy.id).toBe(r.viaPart?.id ?? 'azerbaijan');
    const own = await run('{ entity(id: "azerbaijan") { ... on Actor { allegationsMade { viaPart { id } } } } }');
    expect(own.entity.allegationsMade.length).toBeLessThan(made.length);
    expect(own.entity.allegationsMade.every((r: Row) => r.viaPart === null)).toBe(true);
  });

  it('follows PART_OF on the date asked: the Artsakh Defense Army is no part of Artsakh after 2023-09-20', async () => {
    const data = await run(`{ artsakh: entity(id: "artsakh") { ... on Actor {
      y2022: relations(types: [PART_OF], direction: INCOMING, asOf: "2022-08-03") { subject { id } }
      after: relations(types: [PART_OF], direction: INCOMING, asOf: "2023-10-01") { subject { id } } } } }`);
    expect(ids(data.artsakh.y2022, 'subject')).toContain('artsakh-defense-army');
    expect(ids(data.artsakh.after, 'subject')).not.toContain('artsakh-defense-army');
  });
});

describe('existence dates', () => {
  it('Artsakh: proclaimed 1991-09-02; ceased to exist 2024-01-01, DISPUTED by Grigoryan; the decree in force 2023-09-28', async () => {
    const { artsakh, decree } = await run(docQuery(API_DOC, 'ArtsakhExistence'));
    expect(artsakh.foundedOn).toMatchObject({ date: '1991-09-02', precision: 'DAY', status: 'UNCONTESTED' });
    expect(artsakh.dissolvedOn).toMatchObject({ date: '2024-01-01', precision: 'DAY', status: 'DISPUTED', confidence: 'CONFIRMED' });
    expect(artsakh.dissolvedOn.disputedBy.map((e: Row) => e.id)).toEqual(['vladimir-grigoryan']);
    expect(artsakh.dissolvedOn.assertedBy.map((e: Row) => e.id)).toEqual(['samvel-shahramanyan']);
    expect(artsakh.dissolvedOn.sources.map((e: Row) => e.id)).toEqual(
      expect.arrayContaining(['dissolution-decree-reports-2023-09-28', 'dissolution-disputed-2023-12']),
    );
    expect(decree).toEqual({ signedOn: '2023-09-28', effectiveOn: '2023-09-28' });
  });

  it('the OSCE Minsk Group: created 1992-03-24, gone from 2025-12-01 (closure finalised 30 November 2025)', async () => {
    const { entity } = await run('{ entity(id: "osce-minsk-group") { foundedOn { date } dissolvedOn { date status } } }');
    expect(entity).toEqual({ foundedOn: { date: '1992-03-24' }, dissolvedOn: { date: '2025-12-01', status: 'UNCONTESTED' } });
  });
});

describe('data gaps of the fact sheet, filled', () => {
  it('the Bishkek Protocol took effect on 1994-05-12 (no time zone given, so no instant)', async () => {
    const { entity } = await run('{ entity(id: "bishkek-protocol-1994") { ... on Agreement { signedOn effectiveOn effectiveAt } } }');
    expect(entity).toEqual({ signedOn: '1994-05-05', effectiveOn: '1994-05-12', effectiveAt: null });
  });

  it('the NKR held part of Fuzuli, Jabrayil and Gubadli with open dates: CERTAIN in 2000, POSSIBLE in 1992 and in October 2020', async () => {
    for (const district of ['fuzuli-district', 'jabrayil-district', 'gubadli-district']) {
      const data = await run(`{ d: entity(id: "${district}") { ... on Place {
        y1992: controlledBy(asOf: "1992-06-01") { subject { id } certainty }
        y2000: controlledBy(asOf: "2000-01-01") { subject { id } extent validFromPrecision certainty }
        war: controlledBy(asOf: "2020-10-15") { subject { id } certainty }
        y2021: controlledBy(asOf: "2021-01-01") { subject { id } certainty } } } }`);
      expect(data.d.y1992).toEqual([{ subject: { id: 'artsakh' }, certainty: 'POSSIBLE' }]);
      expect(data.d.y2000).toEqual([{ subject: { id: 'artsakh' }, extent: 'PART', validFromPrecision: 'DECADE', certainty: 'CERTAIN' }]);
      expect(data.d.war.map((r: Row) => [r.subject.id, r.certainty]).sort()).toEqual([
        ['artsakh', 'POSSIBLE'],
        ['azerbaijan', 'POSSIBLE'],
      ]);
      expect(data.d.y2021).toEqual([{ subject: { id: 'azerbaijan' }, certainty: 'CERTAIN' }]);
    }
  });

  it('Armenia backs Artsakh in 2022, and no longer after 2024-01-01', async () => {
    const data =
      await run(`{ armenia: entity(id: "armenia") { relations(types: [BACKS], direction: OUTGOING, asOf: "2022-08-03") { object { id } certainty }
      later: relations(types: [BACKS], direction: OUTGOING, asOf: "2024-06-01") { object { id } } } }`);
    expect(data.armenia.relations).toContainEqual({ object: { id: 'artsakh' }, certainty: 'CERTAIN' });
    expect(ids(data.armenia.later, 'object')).not.toContain('artsakh');
  });

  it("the Lachin corridor's control erodes: all the contingent's until the blockade, then part, with the blockaders and the Azerbaijani checkpoint", async () => {
    const controllers = async (asOf: string) => {
      const data = await run(
        `{ c: entity(id: "lachin-corridor") { ... on Place { controlledBy(asOf: "${asOf}") { subject { id } extent status confidence } } } }`,
      );
      return Object.fromEntries(data.c.controlledBy.map((r: Row) => [r.subject.id, [r.extent, r.status, r.confidence]]));
    };
    expect(await controllers('2022-08-03')).toEqual({ 'russian-peacekeeping-contingent': ['ALL', 'UNCONTESTED', 'CONFIRMED'] });
    expect(await controllers('2023-01-15')).toEqual({
      'russian-peacekeeping-contingent': ['PART', 'UNCONTESTED', 'CONFIRMED'],
      'azerbaijani-eco-activists': ['PART', 'UNCONTESTED', 'CONFLICTING'],
    });
    expect(await controllers('2023-06-01')).toEqual({
      'russian-peacekeeping-contingent': ['PART', 'UNCONTESTED', 'CONFIRMED'],
      'azerbaijan-state-border-service': ['PART', 'DISPUTED', 'CONFIRMED'],
    });
    expect(await controllers('2024-06-12')).toEqual({ 'azerbaijan-state-border-service': ['PART', 'DISPUTED', 'CONFIRMED'] });
  });
});

describe('search', () => {
  it('finds 86,600 however the number is written', async () => {
    for (const text of ['86,600', '86 600', '86600']) {
      const data = await run('query ($text: String!) { search(text: $text) { entity { id } } }', { text });
      expect(
        data.search.map((h: Row) => h.entity.id),
        text,
      ).toEqual(expect.arrayContaining(['brussels-understanding-2023', 'tass-2023-05-22']));
    }
  });

  it('ranks the Russian peacekeeping contingent above the clause and the sources that name it', async () => {
    const data = await run('{ search(text: "Russian peacekeeping", first: 5) { entity { id kind } } }');
    expect(data.search[0].entity.id).toBe('russian-peacekeeping-contingent');
    const point3 = data.search.findIndex((h: Row) => h.entity.id === 'trilateral-statement-2020-pt3');
    if (point3 !== -1) expect(point3).toBeGreaterThan(0);
  });
});
