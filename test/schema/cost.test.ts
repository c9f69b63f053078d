import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema as buildSdl, getIntrospectionQuery, GraphQLSchema, parse } from 'graphql';
import { loadServiceSettings, PROJECT_ROOT } from '../../src/config';
import { CostCache, estimateCost } from '../../src/http/limits/cost';
import { measureDocument } from '../../src/http/limits/shape';
import { judgeCost, judgeShape } from '../../src/http/limits/shape-guard';
import { buildApiSchema } from '../../src/schema';
import { NESTED_RELATION_LIMIT } from '../../src/schema/relations/relation-limits';
import { readmeQueries } from '../support/readme';
import { aliasedNeighborhoods, NESTED_152, nested } from '../http/support';

/**
 * The cost estimator and the shape limits, without a database: every documented request (README,
 * docs/views.md, the explorer's own queries) fits the defaults; the abusive ones do not.
 */
let schema: GraphQLSchema;
const limits = loadServiceSettings({}).limits;

beforeAll(async () => {
  schema = await buildApiSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}, operationName?: string): number {
  return estimateCost(schema, parse(query), operationName, variables).cost;
}

function fitsDefaults(query: string, variables: Record<string, unknown> = {}) {
  expect(judgeShape(measureDocument(parse(query)), limits)).toBeNull();
  const c = cost(query, variables);
  expect(c).toBeLessThanOrEqual(limits.maxCost);
  return c;
}

/** The ```graphql blocks of a markdown file. */
function graphqlBlocks(file: string): string[] {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  return [...text.matchAll(/^```graphql[ \t]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
}

/** The GraphQL documents in the explorer's source (template literals that start with query; web/explorer/api.ts holds them). */
function explorerQueries(): string[] {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'web', 'explorer', 'api.ts'), 'utf8');
  return [...text.matchAll(/`(query [\s\S]*?)`/g)].map((m) => m[1]);
}

describe('defaults let every documented request through', () => {
  it('every README example', () => {
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(6);
    const costs = Object.fromEntries(queries.map((q) => [q.name, fitsDefaults(q.query)]));
    // The heaviest is the allegations example: three nested statement lists at their caps.
    expect(Math.max(...Object.values(costs))).toBe(costs.ArmenianMfaAllegations);
  });

  it('every request in docs/views.md and docs/api.md', () => {
    const blocks = [...graphqlBlocks('docs/views.md'), ...graphqlBlocks('docs/api.md')];
    expect(blocks.length).toBeGreaterThan(0);
    for (const q of blocks) fitsDefaults(q);
  });

  it("the explorer's queries at their largest", () => {
    const [neighborhood, search] = explorerQueries();
    expect(neighborhood).toMatch(/neighborhood/);
    expect(fitsDefaults(neighborhood, { id: 'nagorno-karabakh', depth: 3, types: null, asOf: null })).toBe(3 * (1 + 150 * 5));
    expect(search).toMatch(/search/);
    fitsDefaults(search, { text: 'Lachin' });
    // The inspector's two: one statement, one entity.
    const [, , statement, entity] = explorerQueries();
    expect(statement).toMatch(/relation\(id: \$id\)/);
    fitsDefaults(statement, { id: 'artsakh-claims-nagorno-karabakh' });
    expect(entity).toMatch(/entity\(id: \$id\)/);
    fitsDefaults(entity, { id: 'nagorno-karabakh' });
  });
});

describe('introspection', () => {
  it("GraphiQL's and schemathesis' introspection query fits: its depth and cost do not count", () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      inputValueDeprecation: true,
      schemaDescription: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
    });
    expect(judgeShape(measureDocument(parse(query)), limits)).toBeNull();
    expect(cost(query)).toBe(0);
  });
});

describe('the abusive shapes of issue 8 do not fit', () => {
  it('the 152-byte nested query costs 202,020,201', () => {
    expect(cost(NESTED_152)).toBe(202_020_201);
    expect(cost(nested(3))).toBeGreaterThan(limits.maxCost);
    expect(cost(nested(2))).toBeLessThan(limits.maxCost);
  });

  it('1,000 aliased neighborhoods: over the alias limit, and their cost is 1,000 times one', () => {
    const shape = measureDocument(parse(aliasedNeighborhoods(1000)));
    expect(shape.aliases).toBe(1000);
    expect(judgeShape(shape, limits)?.code).toBe('TOO_MANY_ALIASES');
    expect(cost(aliasedNeighborhoods(1000))).toBe(1000 * cost(aliasedNeighborhoods(1)));
  });

  it('the 50-level query is too deep', () => {
    expect(judgeShape(measureDocument(parse(nested(50))), limits)?.code).toBe('QUERY_TOO_DEEP');
  });
});

describe('list caps', () => {
  it('a nested statement list without first counts NESTED_RELATION_LIMIT.default items', () => {
    expect(cost('{ entity(id: "x") { relations { id } } }')).toBe(1 + NESTED_RELATION_LIMIT.default);
  });

  it('a nested statement list with a first argument counts first, at most NESTED_RELATION_LIMIT.max', () => {
    // The shape the nested lists take once they have first (a stand-in schema, so this test
    // holds before and after that change).
    const withFirst = buildSdl(`
      type Query { entity(id: ID!): Entity }
      type Entity { id: ID! controls(first: Int = ${NESTED_RELATION_LIMIT.default}, after: String): [Relation!]! }
      type Relation { id: ID! object: Entity! }`);
    const c = (q: string, v: Record<string, unknown> = {}) => estimateCost(withFirst, parse(q), undefined, v).cost;
    expect(c('{ entity(id: "x") { controls { id } } }')).toBe(1 + NESTED_RELATION_LIMIT.default);
    expect(c('{ entity(id: "x") { controls(first: 3) { id object { id } } } }')).toBe(1 + 3 * 2);
    expect(c('query ($n: Int) { entity(id: "x") { controls(first: $n) { id } } }', { n: 7 })).toBe(1 + 7);
    expect(c('{ entity(id: "x") { controls(first: 100000) { id } } }')).toBe(1 + NESTED_RELATION_LIMIT.max);
  });

  it('connections count first items (page size cap 100), and @skip/@include are honoured', () => {
    expect(cost('{ entities(first: 10) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } }')).toBe(1 + 10 * (2 + 1));
    expect(cost('{ entities(first: 1000) { edges { node { id } } } }')).toBe(1 + 100 * 2);
    // last counts like first, a connection with neither like the default page of 20.
    expect(cost('{ relations(last: 7, before: "x") { edges { node { id } } pageInfo { hasPreviousPage startCursor } } }')).toBe(
      1 + 7 * (2 + 1),
    );
    expect(cost('query ($n: Int) { entities(last: $n) { edges { node { id } } } }', { n: 1000 })).toBe(1 + 100 * 2);
    expect(cost('{ entities { edges { node { id } } } }')).toBe(1 + 20 * 2);
    expect(cost('{ entities(first: 2, last: 90) { edges { node { id } } } }')).toBe(1 + 90 * 2);
    expect(cost('query ($no: Boolean!) { entity(id: "x") { relations @include(if: $no) { id } } }', { no: false })).toBe(1);
  });

  it('views count their caps: nodes by maxNodes, edges 4 per node, times depth; paths by limit; timeline 1,000 items', () => {
    expect(cost('{ neighborhood(id: "x", depth: 1, maxNodes: 10) { nodes { id } edges { id } } }')).toBe(1 + 10 * 5);
    expect(cost('{ paths(from: "a", to: "b", limit: 2) { nodes { id } edges { id } } }')).toBe(2 * (1 + 7 + 6));
    expect(cost('{ timeline(id: "x") { items { date other { id } relationship { id } } } }')).toBe(1 + 1000 * 3);
  });

  it('a variable that does not fit is left for execution to report', () => {
    expect(estimateCost(schema, parse('query ($d: Date) { relations(asOf: $d) { totalCount } }'), undefined, { d: 'nope' })).toEqual({
      cost: 0,
      badVariables: true,
    });
  });

  it('the cache keeps the most recently used estimates', () => {
    const cache = new CostCache(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
  });
});

describe('the cost verdict before Apollo (shape guard)', () => {
  it("refuses a valid query over MAX_QUERY_COST with the plugin's code, message and figures", () => {
    const refusal = judgeCost(schema, parse(NESTED_152), null, {}, limits);
    expect(refusal?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refusal?.extensions).toEqual({ cost: { estimated: cost(NESTED_152), limit: limits.maxCost } });
    expect(refusal?.message).toMatch(/over the limit of 1,000,000 \(MAX_QUERY_COST\)/);
  });

  it('lets through what Apollo must judge first: a query within the limit, an invalid one, a mutation', () => {
    expect(judgeCost(schema, parse('{ entity(id: "armenia") { id } }'), null, {}, limits)).toBeNull();
    const invalid = NESTED_152.replace('{ id relations', '{ id noSuchField relations');
    expect(invalid).not.toBe(NESTED_152);
    expect(judgeCost(schema, parse(invalid), null, {}, limits)).toBeNull();
    expect(judgeCost(schema, parse(`mutation M ${NESTED_152}`), 'M', {}, limits)).toBeNull();
  });

  it('judges with the variables given', () => {
    const query = 'query Q($first: Int!) { entities(first: $first) { edges { node { id relations { id } } } } }';
    const small = judgeCost(schema, parse(query), 'Q', { first: 1 }, { ...limits, maxCost: 1000 });
    const large = judgeCost(schema, parse(query), 'Q', { first: 100 }, { ...limits, maxCost: 1000 });
    expect(small).toBeNull();
    expect(large?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
