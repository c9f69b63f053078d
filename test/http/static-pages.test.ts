import { beforeAll, describe, expect, it } from 'vitest';
import { useHttpApi } from '../support/api';
import { buildPages } from '../e2e/browser';

beforeAll(() => buildPages());
const api = useHttpApi();

describe('static pages', () => {
  it('GET /explore serves the explorer, which loads only local assets', async () => {
    const res = await fetch(`${api.base}/explore`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await res.text();
    const refs = [...html.matchAll(/(?:<script src|<link rel="stylesheet" href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toEqual(['/assets/explorer/explorer.css', '/assets/explorer/explorer.js']);
    expect(html).not.toMatch(/https?:\/\//);
    for (const ref of refs) {
      expect(ref).toMatch(/^\//);
      expect((await fetch(`${api.base}${ref}`)).status).toBe(200);
    }
  });

  it('GET /graphql from a browser (Accept: text/html) serves GraphiQL from local assets', async () => {
    const res = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/assets/graphiql/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    const js = await fetch(`${api.base}/assets/graphiql/graphiql.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('leaves GraphQL over GET and POST to Apollo', async () => {
    const get = await fetch(`${api.base}/graphql?query=${encodeURIComponent('{ about { apiVersion } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.about.apiVersion).toBeTruthy();
    const post = await fetch(`${api.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ about { apiVersion } }' }) });
    expect(((await post.json()) as any).data.about.apiVersion).toBeTruthy();
  });

  it('answers an unknown asset with 404', async () => {
    expect((await fetch(`${api.base}/assets/explorer/nope.js`)).status).toBe(404);
  });
});
