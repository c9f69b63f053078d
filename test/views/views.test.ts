import { describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/api';
import { useEmptyGraph } from '../support/neo4j';
import { createViewFixture } from './fixture';

const api = useHttpApi(async (driver) => {
  await useEmptyGraph(driver);
  await createViewFixture(driver);
});
const gql = (query: string, variables: Record<string, unknown> = {}) => api.gql(query, variables);

const EDGE = 'id type source target validFrom validFromPrecision validTo validToPrecision status sourceIds';
const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $types: [RelationType!], $asOf: Date, $maxNodes: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, asOf: $asOf, maxNodes: $maxNodes) {
    nodes { id kind name labels } edges { ${EDGE} sources { id name url } } truncated omittedNodes omittedEdges
  }
}`;
const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationType!], $asOf: Date, $limit: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, types: $types, asOf: $asOf, limit: $limit) {
    length nodes { id } edges { id type source target }
  }
}`;
const TIMELINE = `query($id: ID!, $from: Date, $to: Date) {
  timeline(id: $id, from: $from, to: $to) {
    entity { id name } truncated
    items { date precision change endDate relationship { id type source target } other { id kind } }
  }
}`;

describe('neighborhood', () => {
  it('returns each node once, with its kind, name and labels, centre first then by distance and id', async () => {
    const { data, errors } = await gql(NEIGHBORHOOD, { id: 'lachin-corridor', depth: 1 });
    expect(errors).toBeUndefined();
    const ids = data.neighborhood.nodes.map((n: any) => n.id);
    expect(ids).toEqual(['lachin-corridor', 'armenia', 'azerbaijan', 'nagorno-karabakh', 'russian-peacekeeping-contingent']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(data.neighborhood.nodes[0]).toEqual({
      id: 'lachin-corridor',
      kind: 'CORRIDOR',
      name: 'Lachin corridor',
      labels: ['Corridor', 'Entity', 'Place'],
    });
    expect(data.neighborhood.truncated).toBe(false);
    expect(data.neighborhood.omittedNodes).toBe(0);
  });

  it('gives edges with validity, status and sources, between kept nodes only, in a stable order', async () => {
    const { data } = await gql(NEIGHBORHOOD, { id: 'lachin-corridor', depth: 1 });
    const edges = data.neighborhood.edges;
    const ids = new Set(data.neighborhood.nodes.map((n: any) => n.id));
    for (const e of edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    const control = edges.find((e: any) => e.id === 's-rpc-controls-lachin');
    expect(control).toEqual({
      id: 's-rpc-controls-lachin',
      type: 'CONTROLS',
      source: 'russian-peacekeeping-contingent',
      target: 'lachin-corridor',
      validFrom: '2020-11-10',
      validFromPrecision: 'DAY',
      validTo: '2024-06-12',
      validToPrecision: 'DAY',
      status: 'UNCONTESTED',
      sourceIds: ['seed-article'],
      sources: [{ id: 'seed-article', name: 'Seed article', url: 'https://example.org/article' }],
    });
    // Edges between two depth-1 nodes belong to the view too (azerbaijan CONTROLS nagorno-karabakh).
    expect(edges.some((e: any) => e.id === 's-azerbaijan-controls-nk')).toBe(true);
    const keys = edges.map((e: any) => `${e.type}|${e.source}|${e.target}|${e.id}`);
    expect(keys).toEqual([...keys].sort());
    const again = await gql(NEIGHBORHOOD, { id: 'lachin-corridor', depth: 1 });
    expect(again.data).toEqual(data);
  });

  it('never shows aliases', async () => {
    const { data } = await gql(NEIGHBORHOOD, { id: 'lachin-corridor', depth: 3 });
    expect(data.neighborhood.edges.some((e: any) => e.type === 'HAS_ALIAS')).toBe(false);
    expect(data.neighborhood.nodes.every((n: any) => n.labels.includes('Entity'))).toBe(true);
    expect(data.neighborhood.nodes.some((n: any) => /Berdzor/.test(n.name))).toBe(false);
  });

  it('follows only statements that hold on asOf: control of Nagorno-Karabakh in 2022 and in 2024', async () => {
    const in2022 = await gql(NEIGHBORHOOD, { id: 'nagorno-karabakh', depth: 1, types: ['CONTROLS', 'CLAIMS'], asOf: '2022-08-03' });
    const in2024 = await gql(NEIGHBORHOOD, { id: 'nagorno-karabakh', depth: 1, types: ['CONTROLS', 'CLAIMS'], asOf: '2024-06-01' });
    const controllers = (d: any) => d.neighborhood.edges.filter((e: any) => e.type === 'CONTROLS').map((e: any) => e.source);
    expect(controllers(in2022.data)).toEqual(['artsakh']);
    expect(controllers(in2024.data)).toEqual(['azerbaijan']);
    const claimants = (d: any) => d.neighborhood.edges.filter((e: any) => e.type === 'CLAIMS').map((e: any) => e.source);
    expect(claimants(in2022.data)).toEqual(['artsakh', 'azerbaijan']);
    expect(claimants(in2024.data)).toEqual(['azerbaijan']);
    expect(in2024.data.neighborhood.nodes.map((n: any) => n.id)).toEqual(['nagorno-karabakh', 'azerbaijan']);
  });

  it('reaches two hops at depth 2 and marks the result truncated when maxNodes cuts it', async () => {
    const full = await gql(NEIGHBORHOOD, { id: 'russia', depth: 2, asOf: '2022-08-03' });
    const ids = full.data.neighborhood.nodes.map((n: any) => n.id);
    expect(ids.slice(0, 3)).toEqual(['russia', 'russian-peacekeeping-contingent', 'trilateral-statement-2020']);
    expect(ids).toContain('lachin-corridor');
    const cut = await gql(NEIGHBORHOOD, { id: 'russia', depth: 2, asOf: '2022-08-03', maxNodes: 3 });
    expect(cut.data.neighborhood.nodes.map((n: any) => n.id)).toEqual(ids.slice(0, 3));
    expect(cut.data.neighborhood.truncated).toBe(true);
    expect(cut.data.neighborhood.omittedNodes).toBe(ids.length - 3);
    // The walk stops at the first level that fills maxNodes: when russia's neighbours already do,
    // only they are counted as left out, and their neighbours are never read.
    const near = (await gql(NEIGHBORHOOD, { id: 'russia', depth: 1, asOf: '2022-08-03' })).data.neighborhood.nodes.length;
    expect(near).toBeGreaterThan(2);
    const tight = await gql(NEIGHBORHOOD, { id: 'russia', depth: 2, asOf: '2022-08-03', maxNodes: near - 1 });
    expect(tight.data.neighborhood.nodes.map((n: any) => n.id)).toEqual(ids.slice(0, near - 1));
    expect(tight.data.neighborhood.truncated).toBe(true);
    expect(tight.data.neighborhood.omittedNodes).toBe(1);
  });

  it('refuses requests over the caps and unknown types with BAD_USER_INPUT, and unknown ids with NOT_FOUND', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ id: 'russia', depth: 4 }, /depth must be a whole number from 1 to 3/],
      [{ id: 'russia', depth: 0 }, /depth must be/],
      [{ id: 'russia', maxNodes: 501 }, /maxNodes must be a whole number from 1 to 500/],
      [{ id: 'russia', types: ['HAS_ALIAS'] }, /"HAS_ALIAS" does not exist in "RelationType" enum/],
      [{ id: 'russia', types: ['CONTROLS]->() DETACH DELETE n //'] }, /does not exist in "RelationType" enum/],
      [{ id: 'russia', types: [] }, /at least one relationship type/],
    ];
    for (const [variables, message] of cases) {
      const { data, errors } = await gql(NEIGHBORHOOD, variables);
      // A value the RelationType enum refuses fails before execution: then there is no data at all.
      expect(data ?? null).toBeNull();
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toMatch(message);
    }
    const bad = await gql(NEIGHBORHOOD, { id: 'russia', asOf: '2022-02-30' });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await gql(NEIGHBORHOOD, { id: 'atlantis' });
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('paths', () => {
  it('finds russia -> lachin-corridor through the peacekeeping contingent in 2022, keeping real edge directions', async () => {
    const { data, errors } = await gql(PATHS, { from: 'russia', to: 'lachin-corridor', asOf: '2022-08-03' });
    expect(errors).toBeUndefined();
    expect(data.paths).toHaveLength(1);
    const [path] = data.paths;
    expect(path.length).toBe(2);
    expect(path.nodes.map((n: any) => n.id)).toEqual(['russia', 'russian-peacekeeping-contingent', 'lachin-corridor']);
    expect(path.edges.map((e: any) => [e.type, e.source, e.target])).toEqual([
      ['PART_OF', 'russian-peacekeeping-contingent', 'russia'],
      ['CONTROLS', 'russian-peacekeeping-contingent', 'lachin-corridor'],
    ]);
  });

  it('uses only edges valid on asOf: after the withdrawal the path goes through the trilateral statement', async () => {
    const { data } = await gql(PATHS, { from: 'russia', to: 'lachin-corridor', asOf: '2025-01-01' });
    const routes = data.paths.map((p: any) => p.nodes.map((n: any) => n.id).join(' > '));
    expect(routes).toEqual([
      'russia > trilateral-statement-2020 > armenia > lachin-corridor',
      'russia > trilateral-statement-2020 > azerbaijan > lachin-corridor', // GUARANTEES
      'russia > trilateral-statement-2020 > azerbaijan > lachin-corridor', // CONTROLS, since 2023-04-23
    ]);
    expect(data.paths[1].edges.map((e: any) => e.type)).not.toEqual(data.paths[2].edges.map((e: any) => e.type));
  });

  it('walks forward-only types from source to target only', async () => {
    const forward = await gql(PATHS, { from: 'seed-article', to: 'azerbaijan' });
    expect(forward.data.paths[0].nodes.map((n: any) => n.id)).toEqual(['seed-article', 'hostilities-2022-08-03', 'azerbaijan']);
    expect(forward.data.paths[0].edges[0]).toEqual({
      id: 's-article-reports',
      type: 'REPORTS',
      source: 'seed-article',
      target: 'hostilities-2022-08-03',
    });
    const backward = await gql(PATHS, { from: 'azerbaijan', to: 'seed-article' });
    expect(backward.errors).toBeUndefined();
    expect(backward.data.paths).toEqual([]);
  });

  it('respects maxHops, types and limit', async () => {
    const short = await gql(PATHS, { from: 'russia', to: 'lachin-corridor', asOf: '2025-01-01', maxHops: 2 });
    expect(short.data.paths).toEqual([]);
    const onlyParty = await gql(PATHS, { from: 'russia', to: 'armenia', types: ['PARTY_TO'] });
    expect(onlyParty.data.paths.map((p: any) => p.nodes.map((n: any) => n.id))).toEqual([
      ['russia', 'trilateral-statement-2020', 'armenia'],
    ]);
    const all = await gql(PATHS, { from: 'armenia', to: 'azerbaijan', limit: 20 });
    const limited = await gql(PATHS, { from: 'armenia', to: 'azerbaijan', limit: 1 });
    expect(all.data.paths.length).toBeGreaterThan(1);
    expect(limited.data.paths).toEqual(all.data.paths.slice(0, 1));
  });

  it('refuses bad input', async () => {
    expect((await gql(PATHS, { from: 'russia', to: 'armenia', maxHops: 7 })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql(PATHS, { from: 'russia', to: 'armenia', limit: 21 })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql(PATHS, { from: 'russia', to: 'russia' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql(PATHS, { from: 'russia', to: 'armenia', types: ['LIKES'] })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await gql(PATHS, { from: 'russia', to: 'atlantis' });
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(missing.errors?.[0].message).toMatch(/atlantis/);
  });
});

describe('timeline', () => {
  it('lists starts, ends and events that touch an entity, in date order', async () => {
    const { data, errors } = await gql(TIMELINE, { id: 'nagorno-karabakh' });
    expect(errors).toBeUndefined();
    const items = data.timeline.items.map((i: any) => `${i.date} ${i.change} ${i.relationship.type} ${i.other.id}`);
    expect(items).toEqual([
      '1991-08-30 START CLAIMS azerbaijan',
      '1991-09-02 START CLAIMS artsakh',
      '1991-12-26 START RECOGNIZED_AS_PART_OF azerbaijan',
      '1992-01-01 START CONTROLS artsakh',
      '2020-11-10 START CONNECTS lachin-corridor',
      '2020-11-10 START DEPLOYED_IN russian-peacekeeping-contingent',
      '2022-08-03 START LOCATED_IN hostilities-2022-08-03',
      '2022-08-03 EVENT LOCATED_IN hostilities-2022-08-03',
      '2023-09-20 END CONTROLS artsakh',
      '2023-09-20 START CONTROLS azerbaijan',
      '2024-01-01 END CLAIMS artsakh',
      '2024-06-12 END DEPLOYED_IN russian-peacekeeping-contingent',
    ]);
    const event = data.timeline.items.find((i: any) => i.change === 'EVENT');
    expect(event).toMatchObject({ precision: 'DAY', endDate: '2022-08-03', other: { id: 'hostilities-2022-08-03', kind: 'EVENT' } });
    const first = data.timeline.items[3];
    expect(first).toMatchObject({
      precision: 'YEAR',
      relationship: { id: 's-artsakh-controls-nk', source: 'artsakh', target: 'nagorno-karabakh' },
    });
    expect(data.timeline.truncated).toBe(false);
  });

  it('keeps only items between from and to, inclusive', async () => {
    const { data } = await gql(TIMELINE, { id: 'nagorno-karabakh', from: '2023-09-20', to: '2024-01-01' });
    expect(data.timeline.items.map((i: any) => `${i.date} ${i.change} ${i.other.id}`)).toEqual([
      '2023-09-20 END artsakh',
      '2023-09-20 START azerbaijan',
      '2024-01-01 END artsakh',
    ]);
  });

  it('refuses a reversed range and unknown ids', async () => {
    expect((await gql(TIMELINE, { id: 'nagorno-karabakh', from: '2024-01-01', to: '2023-01-01' })).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await gql(TIMELINE, { id: 'atlantis' })).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe("the explorer's search box (search)", () => {
  it('finds entities by name prefix and by alias, each once', async () => {
    const byName = await gql('{ search(text: "Lachin") { entity { id } } }');
    expect(byName.data.search.map((h: any) => h.entity.id)).toEqual(['lachin-corridor']);
    const byAlias = await gql('{ search(text: "berdz") { entity { id kind } matchedName } }');
    expect(byAlias.data.search).toEqual([{ entity: { id: 'lachin-corridor', kind: 'CORRIDOR' }, matchedName: 'Berdzor corridor' }]);
    const syntax = await gql('{ search(text: "Lachin) OR (*") { entity { id } } }');
    expect(syntax.errors).toBeUndefined();
  });
});
