import { describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { useSeededGraph } from '../support/neo4j';
import { useHttpApi } from '../support/api';

/** The GraphQL-over-HTTP conformance audits of graphql-http: no MUST may fail. */
const api = useHttpApi(useSeededGraph);

describe('graphql-http audit', () => {
  it('has 0 errors (MUST requirements)', async () => {
    const audits = serverAudits({ url: () => `${api.base}/graphql` });
    const results = await Promise.all(audits.map(async (a) => ({ ...(await a.fn()), audit: a.name })));
    const errors = results.filter((r) => r.status === 'error');
    expect(errors.map((e) => `${e.audit}: ${'reason' in e ? e.reason : ''}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });
});
