import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/api';
import { bearer, useTestAuthenticator } from '../support/auth';
import { useSeededGraph } from '../support/neo4j';
import { README } from '../support/readme';
import { WRITE_COST } from '../../src/http/limits/cost';

/**
 * README "Curation: writing with history": the five steps run in order on the seed, over HTTP
 * through the whole server (its limits and cost analysis included), each with an editor token
 * (the dispute by a second editor), and the `AsRecorded` query then answers, for a moment just
 * before each step, exactly what the API said then.
 */
const http = useHttpApi(useSeededGraph);
const api = {
  async run(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    return (await http.gql(query, variables, headers)) as {
      data?: Record<string, any>;
      errors?: unknown[];
      extensions?: Record<string, any>;
    };
  },
  async data(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const res = await this.run(query, variables, headers);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
    return res.data ?? {};
  },
};

function curationBlocks(): { name: string; query: string }[] {
  const text = fs.readFileSync(README, 'utf8');
  return [...text.matchAll(/^```graphql curation[ \t]*\n([\s\S]*?)^```/gm)].map((m) => ({
    name: /^\s*(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/m.exec(m[1])![1],
    query: m[1],
  }));
}

const ID = 'example-azerbaijan-controls-lachin-corridor';
const justBefore = (at: string) => new Date(Date.parse(at) - 1).toISOString();

let alice: Record<string, string>;
let bob: Record<string, string>;

beforeAll(async () => {
  const auth = useTestAuthenticator();
  alice = await bearer('alice', ['editor'], auth);
  bob = await bearer('bob', ['editor'], auth);
});

describe('README curation walk-through', () => {
  it('has the five steps and the query, in that order', () => {
    expect(curationBlocks().map((b) => b.name)).toEqual([
      'AddSource',
      'AssertControl',
      'DisputeControl',
      'CorrectStart',
      'Retract',
      'AsRecorded',
    ]);
  });

  it('runs the steps; asRecordedOn before each step answers as it stood then; changes lists the five steps', async () => {
    const blocks = curationBlocks();
    const steps = blocks.slice(0, 5);
    const read = blocks[5].query;
    const ats: string[] = [];
    for (const step of steps) {
      const res = await api.run(step.query, {}, step.name === 'DisputeControl' ? bob : alice);
      expect(res.errors, step.name).toBeUndefined();
      expect(res.extensions?.bookmarks?.length, `${step.name} returns a bookmark`).toBeGreaterThan(0);
      // Admitted by the safety layer and costed as one write.
      expect(res.extensions?.cost?.estimated, step.name).toBeGreaterThanOrEqual(WRITE_COST);
      const payload = Object.values(res.data!)[0] as { change: { at: string; seq: number } };
      ats.push(payload.change.at);
    }
    const corridorAt = async (t: string | null) => {
      const data = await api.data(read, { t, since: ats[0] });
      return { rows: data.entity.controlledBy.filter((r: any) => r.id === ID), data };
    };

    // Before the assertion (and before the source existed): nothing.
    expect((await corridorAt(justBefore(ats[1]))).rows).toEqual([]);
    // Before the dispute: version 1, uncontested, from 24 April.
    expect((await corridorAt(justBefore(ats[2]))).rows).toEqual([
      { id: ID, version: 1, validFrom: '2023-04-24', rank: 'NORMAL', status: 'UNCONTESTED', subject: { id: 'azerbaijan' } },
    ]);
    // Before the correction: version 2, disputed, still from 24 April.
    expect((await corridorAt(justBefore(ats[3]))).rows).toEqual([
      { id: ID, version: 2, validFrom: '2023-04-24', rank: 'NORMAL', status: 'DISPUTED', subject: { id: 'azerbaijan' } },
    ]);
    // Before the retraction: version 3, from 23 April.
    expect((await corridorAt(justBefore(ats[4]))).rows).toEqual([
      { id: ID, version: 3, validFrom: '2023-04-23', rank: 'NORMAL', status: 'DISPUTED', subject: { id: 'azerbaijan' } },
    ]);
    // Now (no asRecordedOn): version 4, deprecated, kept.
    const now = await corridorAt(null);
    expect(now.rows).toEqual([
      { id: ID, version: 4, validFrom: '2023-04-23', rank: 'DEPRECATED', status: 'DISPUTED', subject: { id: 'azerbaijan' } },
    ]);
    // The seed's own statements answer the same at every moment since the load.
    const seedNow = now.data.entity.controlledBy.filter((r: any) => r.id !== ID);
    expect((await corridorAt(justBefore(ats[1]))).data.entity.controlledBy).toEqual(seedNow);

    const changes = now.data.changes.edges.map((e: any) => e.node);
    expect(changes.map((c: any) => c.action)).toEqual([
      'CREATE_ENTITY',
      'ASSERT_STATEMENT',
      'ADD_DISPUTE',
      'CORRECT_STATEMENT',
      'RETRACT_STATEMENT',
    ]);
    expect(changes.map((c: any) => c.by)).toEqual(['alice', 'alice', 'bob', 'alice', 'alice']);
    expect(changes.map((c: any) => c.at)).toEqual(ats);
    expect(changes[0].comment).toBe('New source for the corridor checkpoint');
    expect(changes.slice(1).map((c: any) => [c.statementId, c.version])).toEqual([
      [ID, 1],
      [ID, 2],
      [ID, 3],
      [ID, 4],
    ]);
    expect(now.data.statementHistory.map((v: any) => [v.version, v.validFrom, v.rank, v.recordedTo === null, v.recordedBy])).toEqual([
      [1, '2023-04-24', 'NORMAL', false, 'alice'],
      [2, '2023-04-24', 'NORMAL', false, 'bob'],
      [3, '2023-04-23', 'NORMAL', false, 'alice'],
      [4, '2023-04-23', 'DEPRECATED', true, 'alice'],
    ]);
  });

  it('the seed load is one change per file, and the seed statements are version 1 of their file', async () => {
    const data = await api.data(
      '{ changes(first: 20) { edges { node { action by files version } } } entity(id: "lachin-town") { ... on Place { controlledBy { version recordedBy } } } }',
    );
    const loads = data.changes.edges.map((e: any) => e.node).filter((c: any) => c.action === 'LOAD');
    expect(loads.length).toBeGreaterThanOrEqual(5);
    for (const load of loads) {
      expect(load.files).toHaveLength(1);
      expect(load.by).toBe(`load:${load.files[0]}`);
    }
    expect(data.entity.controlledBy.length).toBeGreaterThan(0);
    for (const r of data.entity.controlledBy)
      expect(r).toEqual({ version: 1, recordedBy: 'load:cypher/seed/050-control-and-claims.cypher' });
  });
});
