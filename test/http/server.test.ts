import { describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/api';

const api = useHttpApi();
const gql = (body: unknown) => api.post(body);

describe('HTTP endpoints', () => {
  it('GET /health answers while the process is up', async () => {
    const res = await fetch(`${api.base}/health`);
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('ok');
  });

  it('GET /ready answers 200 when Neo4j is reachable', async () => {
    const res = await fetch(`${api.base}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers a GraphQL query from the real Neo4j', async () => {
    const { status, json } = await gql({ query: '{ about { apiVersion neo4jVersion neo4jEdition } }' });
    expect(status).toBe(200);
    expect(json.data.about.neo4jVersion).toMatch(/^5\.26\./);
    expect(json.data.about.neo4jEdition).toBe('community');
  });

  it('rejects malformed JSON with 400 and no stack trace', async () => {
    const { status, json } = await gql('{not json');
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(json)).not.toMatch(/at .*\.js:\d+/);
  });

  it('rejects an unknown field with a validation error code', async () => {
    const { status, json } = await gql({ query: '{ nope }' });
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].extensions.stacktrace).toBeUndefined();
  });
});
