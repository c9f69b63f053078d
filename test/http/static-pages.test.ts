import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { createApiServer, listen, ApiServer } from '../../src/http/server';
import { buildApiSchema } from '../../src/schema';
import { testDriver, testGraph } from '../support/neo4j';
import { buildPages } from '../e2e/browser';

let driver: Driver;
let api: ApiServer;
let base: string;

beforeAll(async () => {
  buildPages();
  driver = testDriver();
  api = await createApiServer(await buildApiSchema(), testGraph(driver));
  base = `http://127.0.0.1:${await listen(api.httpServer, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe('static pages', () => {
  it('GET /explore serves the explorer, which loads only local assets', async () => {
    const res = await fetch(`${base}/explore`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await res.text();
    const refs = [...html.matchAll(/(?:<script src|<link rel="stylesheet" href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toEqual(['/assets/explorer/explorer.css', '/assets/explorer/explorer.js']);
    expect(html).not.toMatch(/https?:\/\//);
    for (const ref of refs) {
      expect(ref).toMatch(/^\//);
      expect((await fetch(`${base}${ref}`)).status).toBe(200);
    }
  });

  it('GET /graphql from a browser (Accept: text/html) serves GraphiQL from local assets', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/assets/graphiql/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    const js = await fetch(`${base}/assets/graphiql/graphiql.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('leaves GraphQL over GET and POST to Apollo', async () => {
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ about { apiVersion } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.about.apiVersion).toBeTruthy();
    const post = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ about { apiVersion } }' }) });
    expect(((await post.json()) as any).data.about.apiVersion).toBeTruthy();
  });

  it('answers an unknown asset with 404', async () => {
    expect((await fetch(`${base}/assets/explorer/nope.js`)).status).toBe(404);
  });
});
