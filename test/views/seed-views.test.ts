import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES, RelationshipType, STATEMENT_PATH_COSTS } from '../../src/model/contract';
import { useHttpApi } from '../support/api';
import { useSeededGraph } from '../support/neo4j';

/** Known answers of the views on the real seed (cypher/seed). */
const api = useHttpApi(useSeededGraph);
const gql = (query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables);

const CONTROL = `query($asOf: Date) {
  neighborhood(id: "nagorno-karabakh", depth: 1, types: [CONTROLS], asOf: $asOf) { nodes { id } edges { type source target } }
}`;
const ROUTES = `query($asOf: Date) {
  paths(from: "russia", to: "lachin-corridor", asOf: $asOf, limit: 20) { length cost nodes { id } edges { type source target status rank confidence } }
}`;
const edgeKey = ({ type, source, target }: any) => ({ type, source, target });

describe('views on the seed graph', () => {
  it('control of Nagorno-Karabakh: Artsakh in 2022, and no edge from Artsakh in 2024', async () => {
    const in2022 = await gql(CONTROL, { asOf: '2022-08-03' });
    const in2024 = await gql(CONTROL, { asOf: '2024-06-01' });
    expect(in2022.errors).toBeUndefined();
    const from = (d: any) => d.neighborhood.edges.filter((e: any) => e.target === 'nagorno-karabakh').map((e: any) => e.source);
    expect(from(in2022.data)).toContain('artsakh');
    expect(in2024.data.neighborhood.edges.some((e: any) => e.source === 'artsakh')).toBe(false);
    expect(from(in2024.data)).toContain('azerbaijan');
    expect(in2024.data.neighborhood.edges.every((e: any) => e.type === 'CONTROLS')).toBe(true);
  });

  it('a shortest path from russia to lachin-corridor goes through the peacekeeping contingent in 2022, none after the withdrawal', async () => {
    const in2022 = await gql(ROUTES, { asOf: '2022-08-03' });
    expect(in2022.errors).toBeUndefined();
    const paths = in2022.data.paths as any[];
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths.map((p) => p.length)).size).toBe(1);
    const viaContingent = paths.filter((p) => p.nodes.some((n: any) => n.id === 'russian-peacekeeping-contingent'));
    expect(viaContingent.length).toBeGreaterThan(0);
    const lastEdges = viaContingent.map((p) => edgeKey(p.edges[p.edges.length - 1]));
    expect(lastEdges).toContainEqual({ type: 'CONTROLS', source: 'russian-peacekeeping-contingent', target: 'lachin-corridor' });
    // The most relevant comes first: control and command (PART_OF, CONTROLS or
    // HAS_AREA_OF_RESPONSIBILITY) before ties through the 2020 statement or the Minsk Group.
    expect(paths[0].nodes.map((n: any) => n.id)).toEqual([
      'russia',
      'russian-armed-forces',
      'russian-peacekeeping-contingent',
      'lachin-corridor',
    ]);
    expect(paths[1].nodes.map((n: any) => n.id)).toEqual(paths[0].nodes.map((n: any) => n.id));
    expect(paths.slice(2).every((p) => !p.nodes.some((n: any) => n.id === 'russian-peacekeeping-contingent'))).toBe(true);
    const in2025 = await gql(ROUTES, { asOf: '2025-01-01' });
    expect(in2025.data.paths.some((p: any) => p.nodes.some((n: any) => n.id === 'russian-peacekeeping-contingent'))).toBe(false);
  });

  it("orders paths of one length by cost: each edge's type pathCost plus what its status, rank and confidence add", async () => {
    const { data, errors } = await gql(ROUTES, { asOf: '2022-08-03' });
    expect(errors).toBeUndefined();
    const costOf = (p: any) =>
      p.edges.reduce(
        (sum: number, e: any) =>
          sum +
          RELATIONSHIP_TYPES[e.type as RelationshipType].pathCost +
          STATEMENT_PATH_COSTS.status[e.status as keyof typeof STATEMENT_PATH_COSTS.status] +
          STATEMENT_PATH_COSTS.rank[e.rank as keyof typeof STATEMENT_PATH_COSTS.rank] +
          STATEMENT_PATH_COSTS.confidence[e.confidence as keyof typeof STATEMENT_PATH_COSTS.confidence],
        0,
      );
    const costs = data.paths.map((p: any) => p.cost);
    expect(costs).toEqual(data.paths.map(costOf));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(costs[0]).toBe(3);
    expect(new Set(costs).size).toBeGreaterThan(1);
  });

  it('the depth-2 neighborhood of nagorno-karabakh has each node once and only edges between them', async () => {
    const { data } = await gql(
      `{ neighborhood(id: "nagorno-karabakh", depth: 2, asOf: "2022-08-03", maxNodes: 500) { nodes { id } edges { id source target } truncated } }`,
    );
    const ids = data.neighborhood.nodes.map((n: any) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const kept = new Set(ids);
    expect(data.neighborhood.edges.every((e: any) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    expect(new Set(data.neighborhood.edges.map((e: any) => e.id)).size).toBe(data.neighborhood.edges.length);
    expect(data.neighborhood.truncated).toBe(false);
  });

  it('the search box finds the Lachin corridor', async () => {
    const { data } = await gql('{ search(text: "Lach") { entity { id } } }');
    expect(data.search.map((h: any) => h.entity.id)).toContain('lachin-corridor');
  });
});
