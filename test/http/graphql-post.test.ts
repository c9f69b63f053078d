import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Driver } from 'neo4j-driver';
import { testDriver, useSeededGraph } from '../support/neo4j';
import { LimitedApi, startLimitedApi } from './support';

/**
 * A JSON POST to /graphql is served without Express (src/http/graphql-post.ts); GET and other
 * bodies still go through Express. These tests hold the direct path to the answers, codes and
 * headers the Express path gives, on the seeded graph.
 */
let driver: Driver;
let api: LimitedApi;

beforeAll(async () => {
  driver = testDriver();
  await useSeededGraph(driver);
  api = await startLimitedApi(driver, { http: { bodyLimit: '8kb' } });
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request on its own connection, the body written in the chunks given (no Content-Length when several). */
function request(method: string, path: string, headers: Record<string, string>, chunks: string[] = []): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: api.port, path, method, headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    if (chunks.length === 1) req.setHeader('content-length', Buffer.byteLength(chunks[0]));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const LIST = '{ entities(first: 50) { edges { node { id name kind description } } } }';

function decoded(answer: RawAnswer): any {
  const encoding = answer.headers['content-encoding'];
  const body =
    encoding === 'br'
      ? zlib.brotliDecompressSync(answer.body)
      : encoding === 'gzip'
        ? zlib.gunzipSync(answer.body)
        : encoding === 'deflate'
          ? zlib.inflateSync(answer.body)
          : answer.body;
  return JSON.parse(body.toString('utf8'));
}

describe('the direct JSON POST path', () => {
  it('answers as the Express path does (a GET of the same query)', async () => {
    const post = await request('POST', '/graphql', JSON_TYPE, [JSON.stringify({ query: LIST })]);
    const get = await request('GET', `/graphql?query=${encodeURIComponent(LIST)}`, { 'apollo-require-preflight': 'true' });
    expect(post.status).toBe(200);
    expect(get.status).toBe(200);
    expect(decoded(post).data).toEqual(decoded(get).data);
    expect(decoded(post).data.entities.edges).toHaveLength(50);
    expect(post.headers['content-type']).toBe(get.headers['content-type']);
    expect(post.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number(post.headers['content-length'])).toBe(post.body.length);
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['deflate', 'deflate'],
    ['gzip;q=0.5, br;q=1', 'br'],
    ['identity', undefined],
    ['br;q=0, gzip;q=0', undefined],
  ])('compresses a long answer for Accept-Encoding "%s" as %s', async (accept, expected) => {
    const answer = await request('POST', '/graphql', { ...JSON_TYPE, 'accept-encoding': accept }, [JSON.stringify({ query: LIST })]);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(expected);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(decoded(answer).data.entities.edges).toHaveLength(50);
  });

  it('sends a short answer as it is', async () => {
    const answer = await request('POST', '/graphql', { ...JSON_TYPE, 'accept-encoding': 'gzip' }, [
      JSON.stringify({ query: '{ entity(id: "armenia") { id } }' }),
    ]);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString('utf8')).data.entity.id).toBe('armenia');
  });

  it('keeps the request id a client sends', async () => {
    const answer = await request('POST', '/graphql', { ...JSON_TYPE, 'x-request-id': 'direct-path-1' }, [
      '{"query":"{ about { apiVersion } }"}',
    ]);
    expect(answer.headers['x-request-id']).toBe('direct-path-1');
  });

  it('refuses a body over the limit, sent in chunks without a length, with 413 QUERY_TOO_LARGE', async () => {
    const chunk = `{"query":"{ about { apiVersion } } #${'x'.repeat(3000)}`;
    const answer = await request('POST', '/graphql', JSON_TYPE, [chunk, 'y'.repeat(3000), 'z'.repeat(3000), '"}']);
    expect(answer.status).toBe(413);
    const error = JSON.parse(answer.body.toString('utf8')).errors[0];
    expect(error.extensions.code).toBe('QUERY_TOO_LARGE');
    expect(error.message).toMatch(/over the limit of 8kb \(HTTP_BODY_LIMIT\)/);
  });

  it('refuses a body declared over the limit before reading it', async () => {
    const answer = await request('POST', '/graphql', JSON_TYPE, [`{"query":"{ about { apiVersion } } #${'x'.repeat(9000)}"}`]);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body.toString('utf8')).errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
  });

  it.each([
    ['malformed JSON', '{"query": '],
    ['a JSON string', '"{ about { apiVersion } }"'],
    ['JSON null', 'null'],
  ])('refuses %s with 400 BAD_REQUEST and no stack trace', async (_what, body) => {
    const answer = await request('POST', '/graphql', JSON_TYPE, [body]);
    expect(answer.status).toBe(400);
    const json = JSON.parse(answer.body.toString('utf8'));
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.body.toString('utf8')).not.toMatch(/at .*\.js:\d+/);
  });

  it("gives an empty body and a batch Apollo's own 400s", async () => {
    const empty = await request('POST', '/graphql', JSON_TYPE, ['']);
    expect(empty.status).toBe(400);
    const batch = await request('POST', '/graphql', JSON_TYPE, ['[{"query":"{ about { apiVersion } }"}]']);
    expect(batch.status).toBe(400);
    expect(batch.body.toString('utf8')).toMatch(/batch/i);
  });

  it('applies the shape limits on this path too', async () => {
    const deep = `{ entity(id: "armenia") { ${'relations { edges { node { object { '.repeat(4)}id${' } } } }'.repeat(4)} } }`;
    const answer = await request('POST', '/graphql', JSON_TYPE, [JSON.stringify({ query: deep })]);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body.toString('utf8')).errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('leaves other content types to Express: a UTF-8 charset is served, another charset is a 4xx', async () => {
    const utf8 = await request('POST', '/graphql', { 'content-type': 'application/json; charset=UTF-8' }, [
      '{"query":"{ about { apiVersion } }"}',
    ]);
    expect(utf8.status).toBe(200);
    const latin = await request('POST', '/graphql', { 'content-type': 'application/json; charset=latin1' }, [
      '{"query":"{ about { apiVersion } }"}',
    ]);
    expect(latin.status).toBeGreaterThanOrEqual(400);
    expect(latin.status).toBeLessThan(500);
  });
});
