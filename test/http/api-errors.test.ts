import { describe, expect, it } from 'vitest';
import { HttpAnswer, useApiFixture, useHttpApi } from '../support/api';

/** Bad input over HTTP: a clear message and a code, never a 500, a stack trace or Cypher. */
const api = useHttpApi(useApiFixture);
const gql = (query: string, variables: Record<string, unknown> = {}) => api.post({ query, variables });

function expectCleanError(res: HttpAnswer, code: string, message: RegExp) {
  expect(res.status).not.toBe(500);
  expect(res.status).toBeLessThan(500);
  expect(res.json.errors).toHaveLength(1);
  expect(res.json.errors[0].extensions.code).toBe(code);
  expect(res.json.errors[0].message).toMatch(message);
  expect(res.json.errors[0].extensions.stacktrace).toBeUndefined();
  // Nothing of the implementation leaks: no stack frames, no Cypher, no driver names.
  expect(res.text).not.toMatch(/at \S+ \(|\.ts:\d+|\.js:\d+/);
  expect(res.text).not.toMatch(/\bMATCH\b|\bUNWIND\b|\$ids|Neo4jError|neo4j/i);
}

describe('bad input over HTTP', () => {
  it('unknown id: NOT_FOUND', async () => {
    const res = await gql('{ entity(id: "no-such-place") { id name } }');
    expectCleanError(res, 'NOT_FOUND', /No entity has the id "no-such-place"/);
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual({ entity: null });
  });

  it('malformed date in the query text: BAD_USER_INPUT', async () => {
    const res = await gql('{ entity(id: "nagorno-karabakh") { ... on Place { controlledBy(asOf: "2022-8-3") { id } } } }');
    expectCleanError(res, 'BAD_USER_INPUT', /"2022-8-3" is not a calendar date written YYYY-MM-DD/);
  });

  it('malformed date in a variable: BAD_USER_INPUT', async () => {
    const res = await gql('query ($d: Date) { relations(asOf: $d) { totalCount } }', { d: '2022-02-30' });
    expectCleanError(res, 'BAD_USER_INPUT', /"2022-02-30" is not a calendar date/);
  });

  it('unknown relationship type: BAD_USER_INPUT', async () => {
    const literal = await gql('{ relations(types: [CONTROLS, OCCUPIES]) { totalCount } }');
    expectCleanError(literal, 'BAD_USER_INPUT', /"OCCUPIES" does not exist in "RelationType" enum/);
    const variable = await gql('query ($t: [RelationType!]) { relations(types: $t) { totalCount } }', { t: ['OCCUPIES'] });
    expectCleanError(variable, 'BAD_USER_INPUT', /OCCUPIES/);
  });

  it('page size over the cap: BAD_USER_INPUT', async () => {
    const res = await gql('{ entities(first: 500) { totalCount } }');
    expectCleanError(res, 'BAD_USER_INPUT', /first must be a whole number from 0 to 100; got 500/);
    expect(res.json.data).toBeNull();
  });

  it('bad cursor: BAD_USER_INPUT', async () => {
    const res = await gql('{ relations(after: "bm9wZQ") { totalCount } }');
    expectCleanError(res, 'BAD_USER_INPUT', /is not a cursor of this list/);
  });

  it('search text that cannot be searched: BAD_USER_INPUT', async () => {
    const res = await gql('{ search(text: "***") { entity { id } } }');
    expectCleanError(res, 'BAD_USER_INPUT', /no word to search for/);
  });

  it('a good request still answers 200 with data', async () => {
    const res = await gql('{ search(text: "Khankendi", first: 1) { entity { id } matchedName language } }');
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual({ search: [{ entity: { id: 'stepanakert' }, matchedName: 'Khankendi', language: 'az' }] });
    expect(res.json.errors).toBeUndefined();
    // Every accepted answer reports its estimated cost (README "Limits, deadlines and error codes").
    expect(res.json.extensions.cost).toEqual({ estimated: 2, limit: 1_000_000, cypherQueries: 1 });
  });
});
