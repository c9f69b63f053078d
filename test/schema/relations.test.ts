import { describe, expect, it } from 'vitest';
import { useApiFixture, useTestApi } from '../support/api';

const api = useTestApi(useApiFixture);

/** `whole` cut to the shape of `part`: the same keys at every depth. */
const cutTo = (whole: any, part: any): any =>
  Array.isArray(part)
    ? part.map((p, i) => cutTo(whole?.[i], p))
    : part !== null && typeof part === 'object'
      ? Object.fromEntries(Object.keys(part).map((k) => [k, cutTo(whole?.[k], part[k])]))
      : whole;

const STATEMENT = `id type validFrom validFromPrecision validTo validToPrecision status rank confidence role extent note
  assertedBy { id } disputedBy { id } supportedBy { id } sources { id name }`;

describe('relationship fields on places', () => {
  it('without asOf: the whole history, each statement with its validity and provenance', async () => {
    const data = await api.data(`{ entity(id: "nagorno-karabakh") { ... on Place { controlledBy { subject { id } ${STATEMENT} } } } }`);
    const history = data.entity.controlledBy;
    expect(history.map((r: any) => r.subject.id)).toEqual(['artsakh', 'azerbaijan']);
    expect(history[0]).toEqual({
      subject: { id: 'artsakh' },
      id: 'fx-control-artsakh',
      type: 'CONTROLS',
      validFrom: '1991-09-02',
      validFromPrecision: 'DAY',
      validTo: '2023-09-20',
      validToPrecision: 'DAY',
      status: 'DISPUTED',
      rank: 'NORMAL',
      confidence: 'CONFIRMED',
      role: null,
      extent: 'most of the former autonomous oblast',
      note: null,
      assertedBy: [{ id: 'artsakh' }, { id: 'armenia' }],
      disputedBy: [{ id: 'azerbaijan' }],
      supportedBy: [],
      sources: [{ id: 'seed-article', name: "Azerbaijan Launches 'Revenge' Attack on Armenian Forces in Karabakh" }],
    });
    expect(history[1]).toMatchObject({ validFrom: '2023-09-20', validTo: null, status: 'UNCONTESTED' });
  });

  it('with asOf: what held that day, the interval being half-open [validFrom, validTo)', async () => {
    const data = await api.data(`{
      entity(id: "nagorno-karabakh") {
        ... on Place {
          before: controlledBy(asOf: "2022-08-03") { subject { id } }
          lastDay: controlledBy(asOf: "2023-09-19") { subject { id } }
          handover: controlledBy(asOf: "2023-09-20") { subject { id } }
          after: controlledBy(asOf: "2024-03-01") { subject { id } }
          ancient: controlledBy(asOf: "1990-01-01") { subject { id } }
        }
      }
    }`);
    const who = (list: any[]) => list.map((r) => r.subject.id);
    expect(who(data.entity.before)).toEqual(['artsakh']);
    expect(who(data.entity.lastDay)).toEqual(['artsakh']);
    expect(who(data.entity.handover)).toEqual(['azerbaijan']);
    expect(who(data.entity.after)).toEqual(['azerbaijan']);
    expect(who(data.entity.ancient)).toEqual([]);
  });

  it('recognizedAs names the state and who recognizes it; claimedBy and inAreaOfResponsibilityOf read their types', async () => {
    const data = await api.data(`{
      entity(id: "nagorno-karabakh") {
        ... on Place {
          recognizedAs { object { id __typename } assertedBy { id } disputedBy { id } supportedBy { id } }
          claimedBy { subject { id } validFromPrecision }
          inAreaOfResponsibilityOf(asOf: "2022-08-15") { subject { id } extent }
          guaranteedBy { id }
        }
      }
    }`);
    expect(data.entity.recognizedAs).toEqual([
      {
        object: { id: 'azerbaijan', __typename: 'SovereignState' },
        assertedBy: [{ id: 'un-security-council' }, { id: 'armenia' }],
        disputedBy: [{ id: 'artsakh' }],
        supportedBy: [{ id: 'russia' }],
      },
    ]);
    expect(data.entity.claimedBy).toEqual([{ subject: { id: 'azerbaijan' }, validFromPrecision: 'YEAR' }]);
    expect(data.entity.inAreaOfResponsibilityOf).toEqual([
      { subject: { id: 'russian-peacekeeping-contingent' }, extent: 'along the line of contact' },
    ]);
    expect(data.entity.guaranteedBy).toEqual([]);
  });
});

describe('relationship fields on actors', () => {
  it('areaOfResponsibility respects validTo as an exclusive end', async () => {
    const data = await api.data(`{
      entity(id: "russian-peacekeeping-contingent") {
        ... on Actor {
          aug2022: areaOfResponsibility(asOf: "2022-08-15") { object { id } validFrom validTo sources { id } }
          lastDay: areaOfResponsibility(asOf: "2024-06-11") { object { id } }
          gone: areaOfResponsibility(asOf: "2024-06-12") { object { id } }
        }
      }
    }`);
    expect(data.entity.aug2022.map((r: any) => r.object.id).sort()).toEqual(['lachin-corridor', 'nagorno-karabakh']);
    expect(data.entity.aug2022.find((r: any) => r.object.id === 'lachin-corridor')).toMatchObject({
      validFrom: '2020-11-10',
      validTo: '2024-06-12',
      sources: [{ id: 'trilateral-statement-text' }, { id: 'seed-article' }],
    });
    expect(data.entity.lastDay).toHaveLength(2);
    expect(data.entity.gone).toEqual([]);
  });

  it('controls, claims, guarantees and recognizes read the subject side', async () => {
    const data = await api.data(`{
      entity(id: "azerbaijan") {
        ... on Actor {
          controls { object { id } validFrom }
          claims { object { id } }
          guarantees { object { id ... on Provision { number } } }
          recognizes { id }
        }
      }
    }`);
    expect(data.entity.controls).toEqual([{ object: { id: 'nagorno-karabakh' }, validFrom: '2023-09-20' }]);
    expect(data.entity.claims).toEqual([{ object: { id: 'nagorno-karabakh' } }]);
    expect(data.entity.guarantees).toEqual([{ object: { id: 'trilateral-statement-2020-pt6', number: 6 } }]);
    expect(data.entity.recognizes).toEqual([]);
  });

  it('allegationsMade(on:) keeps the allegations made that day; without it, all of them', async () => {
    const data = await api.data(`{
      entity(id: "armenia-mfa") {
        ... on Actor {
          onDay: allegationsMade(on: "2022-08-03") {
            validFrom status disputedBy { id } supportedBy { id }
            object {
              id
              ... on Allegation {
                statedOn
                against { object { id } }
                concerns { object { id __typename } }
                deniedBy { subject { id } validFrom }
                allegedBy { subject { id } }
              }
            }
          }
          all: allegationsMade { object { id } }
        }
      }
    }`);
    expect(data.entity.onDay).toEqual([
      {
        validFrom: '2022-08-03',
        status: 'DISPUTED',
        disputedBy: [{ id: 'azerbaijan-mod' }],
        supportedBy: [{ id: 'russia' }],
        object: {
          id: 'allegation-aggression-in-aor',
          statedOn: '2022-08-03',
          against: [{ object: { id: 'azerbaijan' } }],
          concerns: [{ object: { id: 'revenge-operation', __typename: 'Event' } }],
          deniedBy: [{ subject: { id: 'azerbaijan-mod' }, validFrom: '2022-08-03' }],
          allegedBy: [{ subject: { id: 'armenia-mfa' } }],
        },
      },
    ]);
    expect(data.entity.all.map((r: any) => r.object.id)).toEqual(['allegation-earlier', 'allegation-aggression-in-aor']);
  });
});

describe('relationship fields on agreements and provisions', () => {
  it('parties, provisions, and the guarantees given under the agreement or its provisions', async () => {
    const data = await api.data(`{
      entity(id: "trilateral-statement-2020") {
        ... on Agreement {
          parties { subject { id } role }
          signatories { id }
          provisions { object { id ... on Provision { number guaranteedBy { subject { id } } agreement { subject { id } } } } }
          guarantees { subject { id } object { id } status disputedBy { id } }
        }
      }
    }`);
    expect(data.entity.parties.map((r: any) => r.subject.id).sort()).toEqual(['armenia', 'azerbaijan', 'russia']);
    expect(data.entity.parties[0].role).toBe('signatory state');
    expect(data.entity.signatories).toEqual([]);
    expect(data.entity.provisions.map((r: any) => r.object.number)).toEqual([6, 9]);
    expect(data.entity.provisions[0].object.guaranteedBy).toEqual([{ subject: { id: 'azerbaijan' } }]);
    expect(data.entity.provisions[0].object.agreement).toEqual([{ subject: { id: 'trilateral-statement-2020' } }]);
    expect(data.entity.guarantees).toEqual([
      {
        subject: { id: 'azerbaijan' },
        object: { id: 'trilateral-statement-2020-pt6' },
        status: 'DISPUTED',
        disputedBy: [{ id: 'armenia' }],
      },
      { subject: { id: 'armenia' }, object: { id: 'trilateral-statement-2020-pt9' }, status: 'UNCONTESTED', disputedBy: [] },
    ]);
  });
});

describe('Entity.relations(types, direction, asOf)', () => {
  it('reads every type on both sides, or a chosen type and side', async () => {
    const data = await api.data(`{
      entity(id: "lachin-corridor") {
        all: relations { type subject { id } }
        incomingGuarantees: relations(types: [GUARANTEES], direction: INCOMING) { subject { id } }
        outgoing: relations(direction: OUTGOING) { id }
        later: relations(asOf: "2024-07-01") { id }
      }
    }`);
    expect(data.entity.all.map((r: any) => `${r.type}:${r.subject.id}`).sort()).toEqual([
      'GUARANTEES:russia',
      'HAS_AREA_OF_RESPONSIBILITY:russian-peacekeeping-contingent',
    ]);
    expect(data.entity.incomingGuarantees).toEqual([{ subject: { id: 'russia' } }]);
    expect(data.entity.outgoing).toEqual([]);
    expect(data.entity.later).toEqual([]);
  });
});

describe('relations(subject, object, types, asOf, status, first, after)', () => {
  const RELATIONS = `query Rel($subject: ID, $object: ID, $types: [RelationType!], $asOf: Date, $status: [StatementStatus!], $first: Int, $after: String) {
    relations(subject: $subject, object: $object, types: $types, asOf: $asOf, status: $status, first: $first, after: $after) {
      totalCount
      edges { cursor node { id type subject { id } object { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('filters by subject, object, types, date and status', async () => {
    const aor = await api.data(RELATIONS, {
      subject: 'russian-peacekeeping-contingent',
      types: ['HAS_AREA_OF_RESPONSIBILITY'],
      asOf: '2022-08-15',
    });
    expect(aor.relations.totalCount).toBe(2);
    expect(aor.relations.edges.map((e: any) => e.node.object.id)).toEqual(['lachin-corridor', 'nagorno-karabakh']); // ordered by statement id: fx-aor-corridor, fx-aor-nk
    const toNk = await api.data(RELATIONS, { object: 'nagorno-karabakh', types: ['CONTROLS', 'CLAIMS'] });
    expect(toNk.relations.edges.map((e: any) => e.node.id)).toEqual(['fx-claim-azerbaijan', 'fx-control-artsakh', 'fx-control-azerbaijan']);
    const disputed = await api.data(RELATIONS, { object: 'nagorno-karabakh', status: ['DISPUTED'] });
    expect(disputed.relations.edges.map((e: any) => e.node.id)).toEqual(['fx-control-artsakh']);
  });

  it('pages through all statements in id order, each once', async () => {
    const all = await api.data(RELATIONS, { first: 100 });
    const total = all.relations.totalCount;
    expect(total).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: any = await api.data(RELATIONS, { first: 4, after });
      seen.push(...data.relations.edges.map((e: any) => e.node.id));
      after = data.relations.pageInfo.hasNextPage ? data.relations.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(seen).toEqual(all.relations.edges.map((e: any) => e.node.id));
    expect([...seen].sort()).toEqual(seen);
  });

  it('reads only the selected parts of each statement, and answers them as a whole read does', async () => {
    // Each selection beside the same one plus fields that make the query read every property of the
    // statement and of both ends (src/graph/queries.ts, Projection): the shared fields must agree.
    const selections = [
      'id type validFrom validFromPrecision validTo validToPrecision status rank confidence role extent subject { id name } object { id kind __typename }',
      'id validFromEarliest validFromLatest validToEarliest validToLatest object { ... on Place { name } }',
      'id assertedBy { id } disputedBy { id } supportedBy { id } sources { id } provision { id } subject { id }',
      'id version recordedFrom recordedTo recordedBy object { id name }',
    ];
    const WHOLE = 'note recordedBy subject { description wikidataId } object { description }';
    // The root list, and the statement fields of an entity (the relation loader's query).
    type List = { label: string; query: (sel: string) => string; list: (data: any) => any[] };
    const lists: List[] = [
      ...['first: 100', 'first: 100, asOf: "2022-08-15"', 'object: "nagorno-karabakh"'].map((args) => ({
        label: args,
        query: (sel: string) => `{ relations(${args}) { edges { node { ${sel} } } } }`,
        list: (d: any) => d.relations.edges.map((e: any) => e.node),
      })),
      {
        label: 'controlledBy',
        query: (sel) => `{ entity(id: "nagorno-karabakh") { ... on Place { controlledBy { ${sel} } } } }`,
        list: (d) => d.entity.controlledBy,
      },
      {
        label: 'relations(asOf:)',
        query: (sel) => `{ entity(id: "azerbaijan") { relations(asOf: "2022-08-15") { ${sel} } } }`,
        list: (d) => d.entity.relations,
      },
    ];
    for (const { label, query, list } of lists) {
      for (const fields of selections) {
        const pruned = list(await api.data(query(fields)));
        const whole = list(await api.data(query(`${fields} ${WHOLE}`)));
        expect(pruned.length, label).toBeGreaterThan(0);
        expect(cutTo(whole, pruned), `${label}: ${fields}`).toEqual(pruned);
      }
    }
    const certain = await api.data('{ relations(object: "nagorno-karabakh", asOf: "2022-08-15") { edges { node { id certainty } } } }');
    expect(certain.relations.edges.map((e: any) => e.node.certainty)).not.toContain(null);
  });

  it('does not let an end read by name stand in for the whole entity elsewhere in the request', async () => {
    // Artsakh is the subject of its control statement (read by name) and among those who assert it (read whole).
    const data = await api.data(`{ relations(object: "nagorno-karabakh", types: [CONTROLS], first: 1) {
      edges { node { id subject { id name } assertedBy { id description wikidataId } } } } }`);
    const [node] = data.relations.edges.map((e: any) => e.node);
    expect(node.subject).toEqual({ id: 'artsakh', name: 'Republic of Artsakh' });
    const alone = await api.data('{ entity(id: "artsakh") { id description wikidataId } }');
    expect(alone.entity.description).toEqual(expect.any(String));
    expect(node.assertedBy[0]).toEqual(alone.entity);
  });

  it('answers an unknown subject with NOT_FOUND, a bad cursor or page size with BAD_USER_INPUT', async () => {
    const unknown = await api.run(RELATIONS, { subject: 'atlantis' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badCursor = await api.run(RELATIONS, { after: 'Zm9vOmJhcg' }); // "foo:bar"
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const big = await api.run(RELATIONS, { first: 1000 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a relationship type the contract does not have, as a literal or a variable', async () => {
    const literal = await api.run(`{ relations(types: [OWNS]) { totalCount } }`);
    expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0].message).toMatch(/"OWNS" does not exist in "RelationType"/);
    const variable = await api.run(RELATIONS, { types: ['OWNS'] });
    expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0].message).toMatch(/OWNS/);
  });

  it('rejects a malformed date, as a literal or a variable', async () => {
    const literal = await api.run(`{ relations(asOf: "2022-13-01") { totalCount } }`);
    expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0].message).toMatch(/"2022-13-01" is not a calendar date written YYYY-MM-DD/);
    const variable = await api.run(RELATIONS, { asOf: '3 Aug 2022' });
    expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0].message).toMatch(/"3 Aug 2022" is not a calendar date/);
    const feb30 = await api.run(`{ entity(id: "nagorno-karabakh") { ... on Place { controlledBy(asOf: "2023-02-30") { id } } } }`);
    expect(feb30.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
