import { describe, expect, it } from 'vitest';
import { useApiFixture, useTestApi } from '../support/api';

const api = useTestApi(useApiFixture);

describe('entity(id)', () => {
  it('returns the entity as its concrete type, through the Entity interface', async () => {
    const data = await api.data(`{
      entity(id: "artsakh") { __typename id kind name description wikidataId ... on Actor { id } }
    }`);
    expect(data.entity).toEqual({
      __typename: 'UnrecognizedState',
      id: 'artsakh',
      kind: 'UNRECOGNIZED_STATE',
      name: 'Republic of Artsakh',
      description: 'Self-proclaimed state.',
      wikidataId: 'Q244165',
    });
  });

  it('returns kind-specific fields, with Neo4j dates as Date and DateTime', async () => {
    const data = await api.data(`{
      agreement: entity(id: "trilateral-statement-2020") { __typename ... on Agreement { signedOn effectiveAt } }
      provision: entity(id: "trilateral-statement-2020-pt6") { __typename ... on Provision { number text } }
      event: entity(id: "revenge-operation") { __typename ... on Event { startDate endDate datePrecision } }
      allegation: entity(id: "allegation-aggression-in-aor") { __typename ... on Allegation { statedOn text } }
      source: entity(id: "seed-article") { __typename ... on Source { sourceType url publisher publishedOn reliability } }
    }`);
    expect(data.agreement).toEqual({ __typename: 'Agreement', signedOn: '2020-11-09', effectiveAt: '2020-11-09T21:00:00.000Z' });
    expect(data.provision).toMatchObject({ __typename: 'Provision', number: 6 });
    expect(data.event).toEqual({ __typename: 'Event', startDate: '2022-08-03', endDate: '2022-08-03', datePrecision: 'DAY' });
    expect(data.allegation).toMatchObject({ __typename: 'Allegation', statedOn: '2022-08-03' });
    expect(data.source).toEqual({
      __typename: 'Source',
      sourceType: 'ARTICLE',
      url: 'https://example.org/revenge',
      publisher: 'Storyful',
      publishedOn: '2022-08-03',
      reliability: 'SECONDARY',
    });
  });

  it('lists aliases in every stored language, flagging misspellings', async () => {
    const data = await api.data(`{ entity(id: "artsakh") { aliases { name language misspelling } } }`);
    expect(data.entity.aliases).toEqual(
      expect.arrayContaining([
        { name: 'Arksakh', language: 'en', misspelling: true },
        { name: 'Nagorno-Karabakh Republic', language: 'en', misspelling: false },
        { name: 'Արցախի Հանրապետություն', language: 'hy', misspelling: false },
      ]),
    );
    expect(data.entity.aliases).toHaveLength(3);
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const res = await api.run(`{ entity(id: "atlantis") { id } }`);
    expect(res.data?.entity).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toContain('"atlantis"');
  });
});

describe('entities(kind, first, after)', () => {
  const PAGE = `query Page($kind: EntityKind, $first: Int, $after: String) {
    entities(kind: $kind, first: $first, after: $after) {
      totalCount
      edges { cursor node { id kind } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('filters by kind and orders by id', async () => {
    const data = await api.data(PAGE, { kind: 'SOVEREIGN_STATE' });
    expect(data.entities.totalCount).toBe(3);
    expect(data.entities.edges.map((e: any) => e.node.id)).toEqual(['armenia', 'azerbaijan', 'russia']);
    expect(data.entities.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through the whole list with opaque cursors, each entity once', async () => {
    const all = await api.data(PAGE, { first: 100 });
    const total = all.entities.totalCount;
    expect(total).toBe(all.entities.edges.length);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const data = await api.data(PAGE, { first: 3, after });
      const page = data.entities;
      expect(page.totalCount).toBe(total);
      seen.push(...page.edges.map((e: any) => e.node.id));
      expect(page.edges.length).toBeLessThanOrEqual(3);
      if (page.edges.length) expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(after).not.toContain('armenia'); // opaque: not the id itself
    }
    expect(seen).toEqual(all.entities.edges.map((e: any) => e.node.id));
    expect([...seen].sort()).toEqual(seen);
  });

  it('answers first: 0 with no edges and a null endCursor', async () => {
    const data = await api.data(PAGE, { kind: 'SOVEREIGN_STATE', first: 0 });
    expect(data.entities).toEqual({ totalCount: 3, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it('rejects a page size over the cap and a cursor it did not issue', async () => {
    const big = await api.run(PAGE, { first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toMatch(/first must be .* 0 to 100; got 101/);
    const bad = await api.run(PAGE, { after: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/not a cursor of this list/);
  });

  it('rejects a cursor of another list', async () => {
    const rel = await api.data(`{ relations(first: 1) { pageInfo { endCursor } } }`);
    const res = await api.run(PAGE, { after: rel.relations.pageInfo.endCursor });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search(text, kinds, first)', () => {
  const SEARCH = `query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      entity { id __typename } matchedName language misspelling approximate alias { name language misspelling } score
    }
  }`;

  it('finds the Republic of Artsakh by the misspelling "Arksakh", and says it is one', async () => {
    const data = await api.data(SEARCH, { text: 'Arksakh' });
    expect(data.search[0]).toMatchObject({
      entity: { id: 'artsakh' },
      matchedName: 'Arksakh',
      language: 'en',
      misspelling: true,
      approximate: false,
    });
  });

  it('finds Yukhary Oratagh by its Armenian name "Verin Horatagh"', async () => {
    const data = await api.data(SEARCH, { text: 'Verin Horatagh' });
    expect(data.search[0]).toMatchObject({
      entity: { id: 'yukhary-oratagh', __typename: 'Settlement' },
      matchedName: 'Verin Horatagh',
      language: 'hy',
      misspelling: false,
    });
  });

  it('finds Stepanakert by its Azerbaijani name "Khankendi"', async () => {
    const data = await api.data(SEARCH, { text: 'Khankendi' });
    expect(data.search[0]).toMatchObject({ entity: { id: 'stepanakert' }, matchedName: 'Khankendi', language: 'az' });
  });

  it('matches names in other scripts, and the entity name itself', async () => {
    const ru = await api.data(SEARCH, { text: 'Нагорный Карабах' });
    expect(ru.search[0]).toMatchObject({ entity: { id: 'nagorno-karabakh' }, language: 'ru' });
    const own = await api.data(SEARCH, { text: 'Stepanakert' });
    expect(own.search[0]).toMatchObject({ entity: { id: 'stepanakert' }, matchedName: 'Stepanakert', alias: null, language: null });
  });

  it('finds a name from the start of its words, as it is being typed, not flagged approximate', async () => {
    const alias = await api.data(SEARCH, { text: 'Khanke' });
    expect(alias.search[0]).toMatchObject({ entity: { id: 'stepanakert' }, matchedName: 'Khankendi', approximate: false });
    const two = await api.data(SEARCH, { text: 'Verin Hora' });
    expect(two.search[0]).toMatchObject({ entity: { id: 'yukhary-oratagh' }, matchedName: 'Verin Horatagh', approximate: false });
    const whole = await api.data(SEARCH, { text: 'Lachin' });
    expect(whole.search[0]).toMatchObject({ entity: { id: 'lachin-corridor' }, matchedName: 'Lachin corridor' });
  });

  it('finds a near spelling no alias holds, flagged approximate', async () => {
    const data = await api.data(SEARCH, { text: 'Khankandi' });
    expect(data.search[0]).toMatchObject({ entity: { id: 'stepanakert' }, approximate: true });
  });

  it('lists each entity once, and filters by kind', async () => {
    const data = await api.data(SEARCH, { text: 'Artsakh Arksakh Republic', first: 10 });
    const ids = data.search.map((h: any) => h.entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    const places = await api.data(SEARCH, { text: 'Karabakh', kinds: ['REGION'] });
    expect(places.search.map((h: any) => h.entity.id)).toEqual(['nagorno-karabakh']);
  });

  it('treats Lucene syntax in the text as words, never as a query', async () => {
    for (const text of [
      'Khankendi)',
      '"Khankendi',
      'Khankendi AND',
      'Khan* OR ~',
      '\\',
      '[Stepanakert TO Z]',
      'title:Khankendi',
      '&& || !',
    ]) {
      const res = await api.run(SEARCH, { text });
      expect(res.errors?.[0]?.extensions?.code ?? 'ok', text).not.toBe('INTERNAL_SERVER_ERROR');
    }
    const data = await api.data(SEARCH, { text: 'Khankendi)' });
    expect(data.search[0].entity.id).toBe('stepanakert');
  });

  it('rejects text without words', async () => {
    const res = await api.run(SEARCH, { text: ' ?! ' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
