import { describe, expect, it } from 'vitest';
import { useHttpApi } from './support/api';
import { readmeQueries } from './support/readme';
import { useSeededGraph } from './support/neo4j';

/** Every ```graphql block of README.md runs over HTTP against the seeded API without errors. */
const api = useHttpApi(useSeededGraph);

const queries = readmeQueries();

describe('README examples', () => {
  it('has the example queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(5);
    expect(new Set(queries.map((q) => q.name)).size).toBe(queries.length);
  });

  it.each(queries.map((q) => [`${q.name} (README.md:${q.line})`, q.query]))('%s answers without errors', async (_name, query) => {
    const res = await api.post({ query });
    const json = res.json as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(json.errors).toBeUndefined();
    expect(res.status).toBe(200);
    for (const [field, value] of Object.entries(json.data ?? {})) {
      expect(value, `${field} is empty`).not.toBeNull();
      if (Array.isArray(value)) expect(value.length, `${field} is empty`).toBeGreaterThan(0);
    }
  });
});
