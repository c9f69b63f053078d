import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/schema/pagination/connection';
import { useApiFixture, useTestApi } from '../support/api';

/**
 * Relay cursor connections in both directions, on the real Neo4j: every connection and every page
 * query variant (entity index, kind index, statements per type, anchored on a subject, through
 * the provenance index) pages forward with first/after and backward with last/before to the same
 * items in the same order, with PageInfo right at both ends.
 */
const api = useTestApi(useApiFixture);

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  ids: string[];
  cursors: string[];
  pageInfo: PageInfo;
}
type Args = { first?: number; after?: string | null; last?: number; before?: string | null };

/**
 * Each connection with a filter that picks one page query variant (cypher/queries/). The scan over
 * every type is the same template as relation-page-scan with three types, with 28 parts instead
 * of three: Neo4j takes seconds to plan each of its variants, so it is paged once below, not here.
 */
const LISTS: Record<string, { field: 'entities' | 'relations'; filter: string }> = {
  'entities (entity-page)': { field: 'entities', filter: '' },
  'entities(kind:) (entity-page-of-kind)': { field: 'entities', filter: 'kind: SOVEREIGN_STATE' },
  'relations(types:) (relation-page-scan)': { field: 'relations', filter: 'types: [CONTROLS, CLAIMS, HAS_AREA_OF_RESPONSIBILITY]' },
  'relations(object:) (relation-page)': { field: 'relations', filter: 'object: "nagorno-karabakh"' },
  'relations(source:) (relation-page-by-provenance)': { field: 'relations', filter: 'source: "seed-article"' },
};

function query(list: { field: string; filter: string }): string {
  const filter = list.filter ? `${list.filter}, ` : '';
  return `query Page($first: Int, $after: String, $last: Int, $before: String) {
    ${list.field}(${filter}first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
}

async function page(list: { field: string; filter: string }, args: Args): Promise<Page> {
  const data = await api.data(query(list), args);
  const conn = data[list.field];
  return { ids: conn.edges.map((e: any) => e.node.id), cursors: conn.edges.map((e: any) => e.cursor), pageInfo: conn.pageInfo };
}

describe.each(Object.entries(LISTS))('%s', (_, list) => {
  it('pages forward then backward to the same items in the same order, with PageInfo at both ends', { timeout: 120_000 }, async () => {
    const all = (await page(list, { first: 100 })).ids;
    expect(all.length, 'the fixture has enough items to page').toBeGreaterThanOrEqual(3);
    expect([...all].sort()).toEqual(all);
    // Four or five pages each way (every page query of the scan over every type is a 25-part union).
    const size = Math.max(2, Math.ceil(all.length / 4));

    // Forward from the start.
    const forward: Page[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const p: Page = await page(list, { first: size, after });
      forward.push(p);
      expect(p.pageInfo.startCursor).toBe(p.cursors[0] ?? null);
      expect(p.pageInfo.endCursor).toBe(p.cursors[p.cursors.length - 1] ?? null);
      expect(p.pageInfo.hasPreviousPage, `forward page ${i}`).toBe(i > 0);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward.flatMap((p) => p.ids)).toEqual(all);

    // Backward from the end.
    const backward: Page[] = [];
    let before: string | null = null;
    for (let i = 0; i < 100; i++) {
      const p: Page = await page(list, { last: size, before });
      backward.push(p);
      expect(p.pageInfo.startCursor).toBe(p.cursors[0] ?? null);
      expect(p.pageInfo.endCursor).toBe(p.cursors[p.cursors.length - 1] ?? null);
      expect(p.pageInfo.hasNextPage, `backward page ${i}`).toBe(i > 0);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward.reverse().flatMap((p) => p.ids)).toEqual(all);
    expect(backward[0].ids).toEqual(all.slice(0, all.length % size || size));

    // Backward from the last forward page retraces the forward pages.
    const lastForward = forward[forward.length - 1];
    let cursor = lastForward.pageInfo.startCursor;
    for (let i = forward.length - 2; i >= 0; i--) {
      const p = await page(list, { last: size, before: cursor });
      expect(p.ids).toEqual(forward[i].ids);
      expect(p.pageInfo).toMatchObject({ hasPreviousPage: i > 0, hasNextPage: true });
      cursor = p.pageInfo.startCursor;
    }
  });

  it('answers before the first cursor, after the last one, and a last larger than the list', async () => {
    const all = await page(list, { first: 100 });
    const firstCursor = all.cursors[0];
    const lastCursor = all.cursors[all.cursors.length - 1];
    expect(await page(list, { last: 5, before: firstCursor })).toEqual({
      ids: [],
      cursors: [],
      pageInfo: { hasPreviousPage: false, hasNextPage: true, startCursor: null, endCursor: null },
    });
    expect((await page(list, { first: 5, after: lastCursor })).pageInfo).toEqual({
      hasPreviousPage: true,
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
    const whole = await page(list, { last: 100 });
    expect(whole.ids).toEqual(all.ids);
    expect(whole.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false, startCursor: firstCursor, endCursor: lastCursor });
    expect((await page(list, { last: 0 })).pageInfo).toEqual({
      hasPreviousPage: true,
      hasNextPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('pages inside a range given by after and before, from either end', async () => {
    const all = await page(list, { first: 100 });
    const [a, b] = [all.cursors[0], all.cursors[all.cursors.length - 1]];
    const inner = all.ids.slice(1, -1);
    const head = await page(list, { first: 1, after: a, before: b });
    expect(head.ids).toEqual(inner.slice(0, 1));
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: inner.length > 1 });
    const tail = await page(list, { last: 1, after: a, before: b });
    expect(tail.ids).toEqual(inner.slice(-1));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: inner.length > 1, hasNextPage: true });
    expect((await page(list, { last: 100, after: a, before: b })).ids).toEqual(inner);
  });
});

describe('connection arguments', () => {
  const ENTITIES = query(LISTS['entities (entity-page)']);

  it('refuses first and last together, an invalid before cursor, and a last over the cap with BAD_USER_INPUT', async () => {
    const both = await api.run(ENTITIES, { first: 2, last: 2 });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    expect(both.errors?.[0].message).toMatch(/first or last, not both/);
    const bad = await api.run(ENTITIES, { last: 2, before: 'not-a-cursor' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
    expect(bad.errors?.[0].message).toMatch(/not a cursor of this list.*startCursor/);
    const rel = await api.data(`{ relations(last: 1) { pageInfo { startCursor } } }`);
    const other = await api.run(ENTITIES, { last: 2, before: rel.relations.pageInfo.startCursor });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
    const big = await api.run(ENTITIES, { last: 101 });
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    expect(big.errors?.[0].message).toMatch(/last must be .* 0 to 100; got 101\. Page through longer lists with before/);
  });

  it('pages 20 forward when neither first nor last is given', async () => {
    expect(pageWindow('entities', {})).toEqual({ first: 20, after: null, before: null });
    // The fixture holds 20 entities: the default page is all of them, with nothing on either side.
    const data = await api.data(`{ entities { totalCount edges { node { id } } pageInfo { hasPreviousPage hasNextPage } } }`);
    expect(data.entities.totalCount).toBe(20);
    expect(data.entities.edges).toHaveLength(20);
    expect(data.entities.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: false });
    const less = await api.data(`{ entities(kind: SOVEREIGN_STATE, first: 2) { pageInfo { hasNextPage } } }`);
    expect(less.entities.pageInfo.hasNextPage).toBe(true);
  });

  it('pages the statements of every type backward to the end of the forward list', async () => {
    const all = await api.data(`{ relations(first: 100) { edges { node { id } } } }`);
    const ids = all.relations.edges.map((e: any) => e.node.id);
    const tail = await api.data(`{ relations(last: 5) { edges { node { id } } pageInfo { hasPreviousPage hasNextPage } } }`);
    expect(tail.relations.edges.map((e: any) => e.node.id)).toEqual(ids.slice(-5));
    expect(tail.relations.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  }, 120_000);

  it('keeps totalCount the whole list whichever way it pages', async () => {
    const data = await api.data(
      `{ f: entities(kind: SETTLEMENT, first: 1) { totalCount } l: entities(kind: SETTLEMENT, last: 1) { totalCount } }`,
    );
    expect(data.f.totalCount).toBe(data.l.totalCount);
    expect(data.f.totalCount).toBeGreaterThan(1);
  });
});
