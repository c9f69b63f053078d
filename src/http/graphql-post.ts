import http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import Negotiator from 'negotiator';
import { Logger } from 'pino';
import type { Context } from '../schema/context';
import type { GuardRefusal } from './limits/shape-guard';
import { bodyOverLimit, httpError, INTERNAL_ERROR } from './http-errors';

/** Answers this short are sent as they are: compressing them saves less than it costs (as the compression middleware). */
const COMPRESS_FROM_BYTES = 1024;
const ENCODINGS = ['br', 'gzip', 'deflate', 'identity'];
const compressors: Record<string, (body: Buffer) => Promise<Buffer>> = {
  // Quality 4, as the compression middleware: most of brotli's gain at a fraction of its default cost.
  br: (body) => promisify(zlib.brotliCompress)(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }),
  gzip: (body) => promisify(zlib.gzip)(body),
  deflate: (body) => promisify(zlib.deflate)(body),
};

export interface GraphqlPostOptions {
  apollo: ApolloServer<Context>;
  /** The request's context (deadline, cancel signal, token, bookmarks): the same for both paths. */
  context: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<Context>;
  /** The shape and cost verdict (limits/shape-guard.ts). */
  guard: (body: unknown, requestId: string) => GuardRefusal | null;
  /** HTTP_BODY_LIMIT in bytes, and as configured (for the message). */
  bodyLimitBytes: number;
  bodyLimit: string;
  logger: Logger;
}

/** `1mb`, `100kb`, `512b` (config.ts accepts only these forms) in bytes, 1 kb being 1,024 bytes. */
export function bodyLimitBytes(limit: string): number {
  const m = /^(\d+)(b|kb|mb)$/i.exec(limit);
  if (!m) throw new Error(`not a body size: ${limit}`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[m[2].toLowerCase() as 'b' | 'kb' | 'mb'];
}

/**
 * A JSON POST to /graphql, the request nearly every client sends, served without Express: the
 * body is read and parsed here, the shape guard judges it, Apollo runs it, and the answer is
 * compressed as the client accepts. Express's router, body parser, compression stream and ETag
 * cost more CPU per request than Apollo's own pipeline (bench/RESULTS.md, session 5).
 *
 * Everything else (GET, other content types, a compressed request body, another path) goes to
 * the Express app as before: the handler returns false for it and has not touched the request.
 * The answers are the ones the Express path gives: the same codes, statuses and headers.
 */
export function graphqlPost(options: GraphqlPostOptions): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const { apollo, context, guard, logger } = options;

  const send = async (req: http.IncomingMessage, res: http.ServerResponse, status: number, headers: HeaderMap, text: string) => {
    let body: Buffer = Buffer.from(text, 'utf8');
    res.setHeader('vary', 'Accept-Encoding');
    if (body.length >= COMPRESS_FROM_BYTES) {
      // The client's preference decides (by q, then by the order it lists them).
      const encoding = new Negotiator(req).encoding(ENCODINGS);
      const compress = encoding ? compressors[encoding] : undefined;
      if (compress) {
        body = await compress(body);
        res.setHeader('content-encoding', encoding!);
      }
    }
    for (const [key, value] of headers) res.setHeader(key, value);
    res.statusCode = status;
    res.setHeader('content-length', body.length);
    res.end(body);
  };

  const sendJson = (req: http.IncomingMessage, res: http.ServerResponse, status: number, value: unknown) =>
    send(req, res, status, new HeaderMap([['content-type', 'application/json; charset=utf-8']]), JSON.stringify(value));

  const refuse = (req: http.IncomingMessage, res: http.ServerResponse, status: number, body: unknown) => {
    // The rest of a body we will not read is drained, so that the connection stays usable.
    req.resume();
    return sendJson(req, res, status, body);
  };

  const tooLarge = (req: http.IncomingMessage, res: http.ServerResponse) => refuse(req, res, 413, bodyOverLimit(options.bodyLimit));

  const serve = async (req: http.IncomingMessage, res: http.ServerResponse, text: string) => {
    let body: unknown = {};
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch (e) {
        return refuse(req, res, 400, httpError('BAD_REQUEST', `The request body is not JSON: ${(e as Error).message}`));
      }
      if (typeof body !== 'object' || body === null)
        return refuse(
          req,
          res,
          400,
          httpError('BAD_REQUEST', 'The request body is not a JSON object: send {"query": "...", "variables": {...}}.'),
        );
    }
    const requestId = String(req.headers['x-request-id'] ?? '');
    const refused = guard(body, requestId);
    if (refused) return sendJson(req, res, refused.status, refused.body);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => context(req, res),
    });
    if (answer.body.kind === 'complete') return send(req, res, answer.status ?? 200, answer.headers, answer.body.string);
    // Incremental delivery (not enabled by this schema, but Apollo's contract allows it): streamed as it comes.
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql' || !isPlainJson(req.headers)) return false;
    const declared = Number(req.headers['content-length']);
    if (declared > options.bodyLimitBytes) {
      void tooLarge(req, res);
      return true;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > options.bodyLimitBytes) {
        over = true;
        void tooLarge(req, res);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) return;
      serve(req, res, Buffer.concat(chunks, size).toString('utf8')).catch((e: unknown) => {
        logger.error({ err: { name: (e as Error)?.name, message: (e as Error)?.message } }, 'request failed');
        if (!res.headersSent) void sendJson(req, res, 500, INTERNAL_ERROR);
        else res.destroy();
      });
    });
    return true;
  };
}

/** `application/json`, in UTF-8 (or no charset), and not compressed: the body is this module's to read. */
function isPlainJson(headers: http.IncomingHttpHeaders): boolean {
  const type = headers['content-type'];
  if (type === undefined) return false;
  const [media, ...params] = type.toLowerCase().split(';');
  if (media.trim() !== 'application/json') return false;
  for (const p of params) {
    const [name, value] = p.split('=').map((x) => x.trim());
    if (name === 'charset' && value?.replace(/"/g, '') !== 'utf-8') return false;
  }
  const encoding = headers['content-encoding'];
  return encoding === undefined || encoding.toLowerCase() === 'identity';
}
