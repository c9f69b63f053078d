import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/convert';
import { seededGraphForFile, testTarget } from '../support/neo4j';

/**
 * The five questions the API answers from the seed, checked with plain Cypher against the
 * seeded graph. "Holds on $asOf" is the contract's half-open rule:
 * (validFrom IS NULL OR validFrom <= $asOf) AND (validTo IS NULL OR $asOf < validTo).
 */
const seeded = seededGraphForFile();

async function query<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await seeded.driver.executeQuery(cypher, params, { database: testTarget().database });
  return res.records.map((r) => toPlain(r.toObject()) as T);
}

const HOLDS = '(r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) < r.validTo)';

describe('1. de facto control of Nagorno-Karabakh', () => {
  async function controllers(asOf: string) {
    const rows = await query<{ id: string; extent: string }>(
      `MATCH (a:Actor)-[r:CONTROLS]->(:Place {id: 'nagorno-karabakh'}) WHERE ${HOLDS} AND r.rank <> 'DEPRECATED'
       RETURN a.id AS id, r.extent AS extent ORDER BY id`,
      { asOf },
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.extent]));
  }

  it('on 2022-08-03: Artsakh most of it, Azerbaijan the parts it took in 2020', async () => {
    expect(await controllers('2022-08-03')).toEqual({ artsakh: 'MOST', azerbaijan: 'PART' });
  });

  it('on 2024-03-01: Azerbaijan alone, all of it', async () => {
    expect(await controllers('2024-03-01')).toEqual({ azerbaijan: 'ALL' });
  });

  it('switches on the day of the capitulation, 2023-09-20 (half-open intervals)', async () => {
    expect(await controllers('2023-09-19')).toEqual({ artsakh: 'MOST', azerbaijan: 'PART' });
    expect(await controllers('2023-09-20')).toEqual({ azerbaijan: 'ALL' });
  });

  it("Artsakh's control in August 2022 lay inside the peacekeepers' area of responsibility", async () => {
    const rows = await query(
      `MATCH (:PeacekeepingForce {id: 'russian-peacekeeping-contingent'})-[r:HAS_AREA_OF_RESPONSIBILITY]->(:Place {id: 'nagorno-karabakh'})
       WHERE ${HOLDS} RETURN r.id AS id`,
      { asOf: '2022-08-03' },
    );
    expect(rows).toHaveLength(1);
  });

  it('records the heights of 3 and 6 August 2022 as claims of the Azerbaijani MoD', async () => {
    const rows = await query<{ id: string; from: string; assertedBy: string[]; confidence: string }>(
      `MATCH (:Entity {id: 'azerbaijan'})-[r:CONTROLS]->(h:Height)
       RETURN h.id AS id, toString(r.validFrom) AS from, r.assertedBy AS assertedBy, r.confidence AS confidence ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'buzdukh-height', from: '2022-08-06', assertedBy: ['azerbaijan-mod'], confidence: 'PARTISAN' },
      { id: 'girkhgiz-height', from: '2022-08-03', assertedBy: ['azerbaijan-mod'], confidence: 'PARTISAN' },
      { id: 'saribaba-height', from: '2022-08-03', assertedBy: ['azerbaijan-mod'], confidence: 'PARTISAN' },
    ]);
  });

  it('hands Lachin town from the peacekeepers to Azerbaijan on 2022-08-26', async () => {
    const on = async (asOf: string) =>
      (await query<{ id: string }>(`MATCH (a)-[r:CONTROLS]->(:Place {id: 'lachin-town'}) WHERE ${HOLDS} RETURN a.id AS id`, { asOf })).map(
        (r) => r.id,
      );
    expect(await on('2022-08-25')).toEqual(['russian-peacekeeping-contingent']);
    expect(await on('2022-08-26')).toEqual(['azerbaijan']);
  });
});

describe('2. whose territory Nagorno-Karabakh is recognised as, and by whom', () => {
  it("Azerbaijan's, by the UN Security Council, the UN General Assembly and (from 14 May 2023) Armenia", async () => {
    const rows = await query<{ state: string; by: string[]; from: string; sources: string[] }>(
      `MATCH (:Place {id: 'nagorno-karabakh'})-[r:RECOGNIZED_AS_PART_OF]->(s)
       RETURN s.id AS state, r.assertedBy AS by, toString(r.validFrom) AS from, r.sources AS sources ORDER BY from`,
    );
    expect(rows.map((r) => [r.state, r.by, r.from])).toEqual([
      ['azerbaijan', ['un-security-council'], '1993-04-30'],
      ['azerbaijan', ['un-general-assembly'], '2008-03-14'],
      ['azerbaijan', ['armenia'], '2023-05-14'],
    ]);
    expect(rows[0].sources).toEqual(expect.arrayContaining(['unsc-resolution-853', 'unsc-resolution-874']));
  });

  it('as of 2022-08-03 Armenia was not yet among the recognizers', async () => {
    const rows = await query<{ by: string[] }>(
      `MATCH (:Place {id: 'nagorno-karabakh'})-[r:RECOGNIZED_AS_PART_OF]->(:SovereignState {id: 'azerbaijan'}) WHERE ${HOLDS}
       UNWIND r.assertedBy AS by RETURN collect(by) AS by`,
      { asOf: '2022-08-03' },
    );
    expect(rows[0].by.sort()).toEqual(['un-general-assembly', 'un-security-council']);
  });

  it('Artsakh is recognised by no sovereign (UN member) state', async () => {
    const rows = await query("MATCH (s:SovereignState)-[:RECOGNIZES]->(:UnrecognizedState {id: 'artsakh'}) RETURN s.id AS id");
    expect(rows).toEqual([]);
    const others = await query<{ id: string }>("MATCH (s)-[:RECOGNIZES]->(:Entity {id: 'artsakh'}) RETURN s.id AS id ORDER BY id");
    expect(others.map((r) => r.id)).toEqual(['abkhazia', 'south-ossetia', 'transnistria']);
  });

  it("keeps the claims apart, and Artsakh's claim ends on the disputed 2024-01-01", async () => {
    const rows = await query<{ id: string; to: string | null; status: string; disputedBy: string[] }>(
      `MATCH (a)-[r:CLAIMS]->(:Place {id: 'nagorno-karabakh'})
       RETURN a.id AS id, toString(r.validTo) AS to, r.status AS status, r.disputedBy AS disputedBy ORDER BY id`,
    );
    expect(rows[0]).toMatchObject({ id: 'artsakh', to: '2024-01-01', status: 'DISPUTED' });
    expect(rows[0].disputedBy).toContain('vladimir-grigoryan');
    expect(rows[1]).toMatchObject({ id: 'azerbaijan', to: null });
  });
});

describe("3. the Russian peacekeepers' area of responsibility", () => {
  async function aor(asOf: string) {
    const rows = await query<{ id: string }>(
      `MATCH (:PeacekeepingForce {id: 'russian-peacekeeping-contingent'})-[r:HAS_AREA_OF_RESPONSIBILITY]->(p:Place) WHERE ${HOLDS}
       RETURN p.id AS id ORDER BY id`,
      { asOf },
    );
    return rows.map((r) => r.id);
  }

  it('in August 2022: the line of contact in Nagorno-Karabakh and the Lachin corridor, Lachin town until 2022-08-26', async () => {
    const early = await aor('2022-08-03');
    expect(early).toEqual(
      expect.arrayContaining(['nagorno-karabakh', 'nk-line-of-contact', 'lachin-corridor', 'lachin-town', 'zabukh', 'sus']),
    );
    const late = await aor('2022-08-27');
    expect(late).toEqual(expect.arrayContaining(['nagorno-karabakh', 'lachin-corridor']));
    expect(late).not.toContain('lachin-town');
  });

  it('from 2020-11-10 until the withdrawal of 2024-06-12', async () => {
    expect(await aor('2020-11-09')).toEqual([]);
    expect(await aor('2024-06-12')).toEqual([]);
    expect(await aor('2024-06-11')).toEqual(expect.arrayContaining(['nagorno-karabakh', 'lachin-corridor']));
  });

  it('was commanded by Andrey Volkov on 2022-08-03', async () => {
    const rows = await query<{ id: string }>(
      `MATCH (p:Person)-[r:COMMANDS]->(:PeacekeepingForce {id: 'russian-peacekeeping-contingent'}) WHERE ${HOLDS} RETURN p.id AS id`,
      { asOf: '2022-08-03' },
    );
    expect(rows.map((r) => r.id)).toEqual(['andrey-volkov']);
  });
});

describe("4. the allegations of Armenia's foreign ministry on 2022-08-03", () => {
  it('A3b, A7, A8 and A9, all against Azerbaijan, each disputed by the Azerbaijani side', async () => {
    const rows = await query<{ code: string; against: string[]; disputedBy: string[]; deniedBy: string[] }>(
      `MATCH (:GovernmentBody {id: 'armenia-mfa'})-[r:ALLEGES]->(a:Allegation) WHERE r.validFrom = date('2022-08-03')
       RETURN a.code AS code, [(a)-[:AGAINST]->(x) | x.id] AS against, r.disputedBy AS disputedBy,
              [(d)-[:DENIES]->(a) | d.id] AS deniedBy
       ORDER BY code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['A3b', 'A7', 'A8', 'A9']);
    for (const row of rows) expect(row.against).toEqual(['azerbaijan']);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.A7.disputedBy).toEqual(['azerbaijan-mod']);
    expect(byCode.A8.disputedBy).toEqual(['azerbaijan']);
    expect(byCode.A8.deniedBy).toEqual([]);
    expect(byCode.A9.deniedBy).toEqual(['azerbaijan']);
  });

  it('the ministry also rejected A1, A2 and A3 of the Azerbaijani MoD that day', async () => {
    const rows = await query<{ code: string; by: string[] }>(
      `MATCH (:GovernmentBody {id: 'armenia-mfa'})-[d:DENIES]->(a:Allegation)<-[:ALLEGES]-(:Entity {id: 'azerbaijan-mod'})
       WHERE d.validFrom = date('2022-08-03') RETURN a.code AS code ORDER BY code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['A1', 'A2', 'A3']);
  });

  it('seeds every allegation A1-A13 of the fact sheet, reported by the seed article', async () => {
    const rows = await query<{ code: string }>(
      "MATCH (:Source {id: 'seed-article'})-[:REPORTS]->(a:Allegation) WHERE a.code =~ 'A[0-9]+' RETURN a.code AS code",
    );
    expect(rows.map((r) => r.code).sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)))).toEqual(
      Array.from({ length: 13 }, (_, i) => `A${i + 1}`),
    );
  });

  it('keeps each casualty figure of 3 August 2022 as its own sourced claim', async () => {
    const rows = await query<{ code: string; by: string; killed: number | null; wounded: number | null }>(
      `MATCH (x)-[r:ALLEGES]->(a:Allegation {nature: 'CASUALTY_FIGURE'})-[:CONCERNS]->(:Event {id: 'hostilities-2022-08-03'})
       RETURN a.code AS code, x.id AS by, a.killed AS killed, a.wounded AS wounded ORDER BY code`,
    );
    expect(rows.map((r) => [r.code, r.by, r.killed, r.wounded])).toEqual([
      ['C1', 'azerbaijan-mod', 1, null],
      ['C2', 'artsakh-defense-army', 2, 14],
      ['C3', 'ararat-mirzoyan', 2, 19],
      ['C4', 'artsakh-defense-army', 0, 0],
      ['C5', 'afp', 3, null],
      ['C6', 'azerbaijan-mod', null, null],
    ]);
  });

  it('keeps A13 as a superseded, deprecated and unverified position', async () => {
    const rows = await query(
      `MATCH (:Entity {id: 'armenia-government'})-[r:ALLEGES]->(:Allegation {code: 'A13'})
       RETURN r.status AS status, r.rank AS rank, r.confidence AS confidence, toString(r.validTo) AS to`,
    );
    expect(rows).toEqual([{ status: 'SUPERSEDED', rank: 'DEPRECATED', confidence: 'UNVERIFIED', to: '2023-05-14' }]);
  });
});

describe('5. the parties to the November 2020 statement and their guarantees', () => {
  it('is signed on 2020-11-09 and effective at 00:00 Moscow time on 2020-11-10', async () => {
    const rows = await query(
      `MATCH (a:Agreement {id: 'trilateral-statement-2020'})
       RETURN toString(a.signedOn) AS signedOn, a.effectiveAt.epochSeconds = datetime('2020-11-09T21:00:00Z').epochSeconds AS effectiveAtUtc, toString(a.effectiveAt) AS effectiveAt,
              [(a)-[:HAS_PROVISION]->(p) | p.number] AS points`,
    );
    expect(rows[0]).toMatchObject({ signedOn: '2020-11-09', effectiveAtUtc: true, effectiveAt: '2020-11-10T00:00:00+03:00' });
    expect((rows[0].points as number[]).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('has Azerbaijan, Armenia and Russia as parties, signed by Aliyev, Pashinyan and Putin', async () => {
    const parties = await query<{ id: string }>(
      "MATCH (s)-[:PARTY_TO]->(:Agreement {id: 'trilateral-statement-2020'}) RETURN s.id AS id ORDER BY id",
    );
    expect(parties.map((r) => r.id)).toEqual(['armenia', 'azerbaijan', 'russia']);
    const signers = await query<{ id: string }>(
      "MATCH (p:Person)-[r:SIGNED]->(:Agreement {id: 'trilateral-statement-2020'}) WHERE r.validFrom = date('2020-11-09') RETURN p.id AS id ORDER BY id",
    );
    expect(signers.map((r) => r.id)).toEqual(['ilham-aliyev', 'nikol-pashinyan', 'vladimir-putin']);
  });

  it('says what each party guaranteed, with the clause', async () => {
    const rows = await query<{ party: string; what: string; provision: string | null }>(
      `MATCH (s:SovereignState)-[r:GUARANTEES]->(x) WHERE s.id IN ['azerbaijan', 'armenia', 'russia'] AND NOT x:Provision
       RETURN s.id AS party, x.id AS what, r.provision AS provision ORDER BY party`,
    );
    expect(rows).toEqual([
      { party: 'armenia', what: 'azerbaijan-nakhchivan-transport-links', provision: 'trilateral-statement-2020-pt9' },
      { party: 'azerbaijan', what: 'lachin-corridor', provision: 'trilateral-statement-2020-pt6' },
      { party: 'russia', what: 'trilateral-statement-2020', provision: null },
    ]);
    const clauses = await query<{ party: string; point: number }>(
      'MATCH (s:SovereignState)-[:GUARANTEES]->(p:Provision) RETURN s.id AS party, p.number AS point ORDER BY party, point',
    );
    expect(clauses.map((r) => [r.party, r.point])).toEqual([
      ['armenia', 9],
      ['azerbaijan', 6],
      ['russia', 9],
    ]);
  });

  it('puts the OSCE chair of 2022 on record: Poland, with Zbigniew Rau as Chairman-in-Office', async () => {
    const rows = await query<{ id: string; role: string }>(
      `MATCH (x)-[r:CHAIRS]->(:Organization {id: 'osce'}) WHERE ${HOLDS} RETURN x.id AS id, r.role AS role ORDER BY id`,
      { asOf: '2022-08-03' },
    );
    expect(rows).toEqual([
      { id: 'poland', role: 'OSCE Chairmanship' },
      { id: 'zbigniew-rau', role: 'Chairman-in-Office' },
    ]);
  });
});

describe('name search (full-text index entity_names)', () => {
  async function search(text: string) {
    return query<{ id: string; name: string }>(
      `CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
       RETURN CASE WHEN node:Alias THEN head([(e:Entity)-[:HAS_ALIAS]->(node) | e.id]) ELSE node.id END AS id, node.name AS name
       ORDER BY score DESC LIMIT 3`,
      { text },
    );
  }

  it.each([
    ['Arksakh', 'artsakh'],
    ['"Verin Horatagh"', 'yukhary-oratagh'],
    ['Khankendi', 'stepanakert'],
    ['Berdzor', 'lachin-town'],
    ['Shushi', 'shusha'],
  ])('finds %s as %s', async (text, id) => {
    const hits = await search(text);
    expect(hits[0]?.id).toBe(id);
  });

  it('flags the article\'s "Arksakh" as a misspelling', async () => {
    const rows = await query(
      "MATCH (:Entity {id: 'artsakh'})-[:HAS_ALIAS]->(a:Alias {name: 'Arksakh'}) RETURN a.misspelling AS misspelling, a.language AS language",
    );
    expect(rows).toEqual([{ misspelling: true, language: 'en' }]);
  });
});
