import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { PROJECT_ROOT } from '../config';

/**
 * The browser pages, bundled by web/build.mjs into dist/web at build time: the explorer at
 * /explore and GraphiQL at /graphql (for a browser's GET; POST /graphql stays Apollo's). Their
 * scripts and styles come from /assets on this server, and the Content-Security-Policy lets the
 * pages load nothing from any other host, so they work offline.
 *
 * Assets are served precompressed (the build writes .br and .gz beside each file; the smallest
 * the browser accepts is sent). Names with a content hash never change, so they are cached for a
 * year as immutable; the pages themselves are revalidated on every load, so a new build shows at
 * once. Source maps are only ever built on request (WEB_SOURCEMAPS=1), never by default.
 */
export const WEB_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape and GraphiQL set style attributes from script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

/** esbuild's [name]-[hash] names: eight upper-case letters and digits after the last dash. */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/** The file to send for `file` and the encoding it is in: brotli, then gzip, then as it is. */
function negotiate(req: express.Request, file: string): { path: string; encoding: string | null } {
  const accepted = acceptedEncodings(req.get('accept-encoding'));
  if (accepted.has('br') && fs.existsSync(`${file}.br`)) return { path: `${file}.br`, encoding: 'br' };
  if (accepted.has('gzip') && fs.existsSync(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' };
  return { path: file, encoding: null };
}

/** The codings an Accept-Encoding header allows (q > 0); brotli is smaller, so it wins when allowed. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const allowed = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) allowed.add(name === '*' ? 'gzip' : name);
  }
  return allowed;
}

function sendFile(req: express.Request, res: express.Response, file: string, cacheControl: string): void {
  const { path: chosen, encoding } = negotiate(req, file);
  res
    .set('Content-Security-Policy', CSP)
    .set('Cache-Control', cacheControl)
    .set('Vary', 'Accept-Encoding')
    .set('X-Content-Type-Options', 'nosniff');
  res.type(TYPES[path.extname(file)] ?? 'application/octet-stream');
  if (encoding) res.set('Content-Encoding', encoding);
  // sendFile adds Last-Modified and an ETag and answers a conditional GET with 304.
  res.sendFile(chosen, { headers: { 'Content-Type': res.get('Content-Type') } });
}

function sendPage(page: 'explorer' | 'graphiql') {
  const file = path.join(WEB_DIR, page, 'index.html');
  return (req: express.Request, res: express.Response) => {
    if (!fs.existsSync(file)) {
      res.status(503).type('text/plain').send(`The ${page} page has not been built: run npm run build.`);
      return;
    }
    sendFile(req, res, file, 'no-cache');
  };
}

/** GET /assets/<page>/<file>: only built files, never a compressed twin or a path outside dist/web. */
function sendAsset(req: express.Request, res: express.Response, next: express.NextFunction): void {
  let rel: string;
  try {
    rel = decodeURIComponent(req.path.replace(/^\/assets\//, ''));
  } catch {
    next();
    return;
  }
  const file = path.join(WEB_DIR, rel);
  if (
    !file.startsWith(WEB_DIR + path.sep) ||
    /\.(br|gz)$/.test(rel) ||
    rel.endsWith('index.html') ||
    !fs.existsSync(file) ||
    !fs.statSync(file).isFile()
  ) {
    next();
    return;
  }
  sendFile(req, res, file, HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'public, max-age=86400');
}

/**
 * Mounts /assets, /explore and the GraphiQL answer to a browser's GET /graphql (before Apollo).
 * With `graphiql: false` (GRAPHIQL=false) a browser's GET /graphql gets Apollo's answer instead.
 */
export function mountStaticPages(app: express.Express, options: { graphiql: boolean } = { graphiql: true }): void {
  app.get('/assets/*path', sendAsset);
  app.get('/explore', sendPage('explorer'));
  // Browsers ask for /favicon.ico on every page; answer with the explorer's icon, not a 404.
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/assets/explorer/favicon.svg'));
  if (!options.graphiql) return;
  const graphiql = sendPage('graphiql');
  app.get('/graphql', (req, res, next) => (wantsHtml(req) ? graphiql(req, res) : next()));
}

/** A browser opening /graphql asks for HTML first; API clients ask for JSON (or anything). */
function wantsHtml(req: express.Request): boolean {
  return req.method === 'GET' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}
