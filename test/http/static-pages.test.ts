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
    expect(refs).toHaveLength(2);
    expect(refs[0]).toMatch(/^\/assets\/explorer\/explorer-[A-Z0-9]{8}\.css$/);
    expect(refs[1]).toMatch(/^\/assets\/explorer\/explorer-[A-Z0-9]{8}\.js$/);
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
    const script = /<script src="(\/assets\/graphiql\/graphiql-[A-Z0-9]{8}\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(html).not.toMatch(/https?:\/\//);
    const js = await fetch(`${api.base}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('leaves GraphQL over GET and POST to Apollo', async () => {
    const get = await fetch(`${api.base}/graphql?query=${encodeURIComponent('{ about { apiVersion } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect((await get.json()).data.about.apiVersion).toBeTruthy();
    const post = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { apiVersion } }' }),
    });
    expect((await post.json()).data.about.apiVersion).toBeTruthy();
  });

  it('sends assets compressed, hashed ones cached for a year, pages revalidated, and no source maps', async () => {
    const page = await fetch(`${api.base}/explore`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-encoding')).toBe('br');
    const html = await page.text();
    const script = /<script src="([^"]+)"/.exec(html)![1];
    const br = await fetch(`${api.base}${script}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    const body = await br.text(); // fetch decodes it
    expect(body.length).toBeGreaterThan(100_000);
    expect(body).not.toMatch(/sourceMappingURL/);
    const gzip = await fetch(`${api.base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(body);
    const plain = await fetch(`${api.base}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(body);
    expect((await fetch(`${api.base}${script}.map`)).status).toBe(404);
    expect((await fetch(`${api.base}${script}.br`)).status).toBe(404);
    // The browser's favicon request finds the icon instead of a 404.
    const icon = await fetch(`${api.base}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/svg/);
  });

  it('answers an unknown asset with 404', async () => {
    expect((await fetch(`${api.base}/assets/explorer/nope.js`)).status).toBe(404);
    expect((await fetch(`${api.base}/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
    const malformed = await fetch(`${api.base}/assets/%E0%A4%A`);
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    expect(malformed.status).toBeLessThan(500);
  });
});
