import { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { NESTED_RELATION_LIMIT } from '../../src/schema/relations/relation-limits';
import { useApiFixture, useTestApi } from '../support/api';

/**
 * Every statement list nested in an entity takes `first`, enforced per entity inside the batched
 * query. A hub of 150 CONTROLS statements (fixture-hub) sits beside the API fixture, so a cap that
 * slices after fetching everything, or a cap shared by the whole batch, shows here.
 */
const HUB_STATEMENTS = 150;

const api = useTestApi(async (driver: Driver) => {
  await useApiFixture(driver);
  const session = driver.session();
  try {
    await session.run(
      `CREATE (hub:Entity:Actor:SovereignState {id: 'fixture-hub', kind: 'SOVEREIGN_STATE', name: 'Hub'})
       WITH hub
       UNWIND range(1, $n) AS i
       CREATE (p:Entity:Place:Settlement {id: 'fixture-hub-place-' + right('00' + toString(i), 3), kind: 'SETTLEMENT', name: 'Place ' + i})
       CREATE (hub)-[:CONTROLS {id: 'fx-hub-controls-' + right('00' + toString(i), 3), validFrom: date('2000-01-01') + duration({days: i}), validFromPrecision: 'DAY',
                status: 'UNCONTESTED', rank: 'NORMAL', confidence: 'CONFIRMED', sources: ['seed-article'], assertedBy: [], disputedBy: [], supportedBy: []}]->(p)`,
      { n: HUB_STATEMENTS },
    );
  } finally {
    await session.close();
  }
});

describe('first on nested statement lists', () => {
  it('returns the whole list up to the default cap, and the first n, earliest first, when asked', async () => {
    const all = await api.data(`{ entity(id: "fixture-hub") { ... on Actor { controls { id validFrom } } } }`);
    expect(all.entity.controls).toHaveLength(NESTED_RELATION_LIMIT.default);
    expect(all.entity.controls[0]).toEqual({ id: 'fx-hub-controls-001', validFrom: '2000-01-02' });
    const three = await api.data(
      `{ entity(id: "fixture-hub") { ... on Actor { controls(first: 3) { id } more: controls(first: 500) { id } none: controls(first: 0) { id } } } }`,
    );
    expect(three.entity.controls.map((r: any) => r.id)).toEqual(['fx-hub-controls-001', 'fx-hub-controls-002', 'fx-hub-controls-003']);
    expect(three.entity.more).toHaveLength(HUB_STATEMENTS);
    expect(three.entity.none).toEqual([]);
  });

  it('caps each entity of a batch on its own, in one query for the batch', async () => {
    const run = await api.run(`{
      hub: entity(id: "fixture-hub") { ... on Actor { controls(first: 2) { id } } }
      artsakh: entity(id: "artsakh") { ... on Actor { controls(first: 2) { id object { id } } } }
      azerbaijan: entity(id: "azerbaijan") { ... on Actor { controls(first: 2) { id } } }
    }`);
    expect(run.errors).toBeUndefined();
    expect(run.data?.hub.controls).toHaveLength(2);
    const artsakh = await api.data(`{ entity(id: "artsakh") { ... on Actor { controls { id } } } }`);
    expect(run.data?.artsakh.controls.map((r: any) => r.id)).toEqual(artsakh.entity.controls.slice(0, 2).map((r: any) => r.id));
    expect(run.data?.azerbaijan.controls.length).toBeGreaterThan(0);
    expect(run.queries).toBe(2); // the three entities, then one controls batch
  });

  it("takes first on relations, allegationsMade and an agreement's guarantees too", async () => {
    const data = await api.data(`{
      hub: entity(id: "fixture-hub") { relations(first: 4, direction: OUTGOING) { id } }
      mfa: entity(id: "armenia-mfa") { ... on Actor { allegationsMade(first: 1) { id } } }
      ceasefire: entity(id: "trilateral-statement-2020") { ... on Agreement { guarantees(first: 1) { id } parties(first: 1) { id } all: guarantees { id } } }
    }`);
    expect(data.hub.relations).toHaveLength(4);
    expect(data.mfa.allegationsMade.length).toBeLessThanOrEqual(1);
    expect(data.ceasefire.guarantees).toEqual(data.ceasefire.all.slice(0, 1));
    expect(data.ceasefire.parties).toHaveLength(1);
  });

  it('refuses first over the cap or below zero with BAD_USER_INPUT', async () => {
    for (const first of [NESTED_RELATION_LIMIT.max + 1, -1]) {
      const run = await api.run(`query($first: Int) { entity(id: "fixture-hub") { ... on Actor { controls(first: $first) { id } } } }`, {
        first,
      });
      expect(run.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(run.errors?.[0].message).toMatch(/first must be a whole number from 0 to 500/);
    }
  });
});
