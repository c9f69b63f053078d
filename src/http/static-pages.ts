import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { PROJECT_ROOT } from '../config';

/**
 * The browser pages, bundled by web/build.mjs into dist/web at build time: the explorer at
 * /explore and GraphiQL at /graphql (for a browser's GET; POST /graphql stays Apollo's). Their
 * scripts and styles come from /assets on this server, and the Content-Security-Policy lets the
 * pages load nothing from any other host, so they work offline.
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

function sendPage(page: 'explorer' | 'graphiql') {
  const file = path.join(WEB_DIR, page, 'index.html');
  return (_req: express.Request, res: express.Response) => {
    if (!fs.existsSync(file)) {
      res.status(503).type('text/plain').send(`The ${page} page has not been built: run npm run build.`);
      return;
    }
    res.set('Content-Security-Policy', CSP).set('Cache-Control', 'no-cache').sendFile(file);
  };
}

/** A browser opening /graphql asks for HTML first; API clients ask for JSON (or anything). */
function wantsHtml(req: express.Request): boolean {
  return req.method === 'GET' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * Mounts /assets, /explore and the GraphiQL answer to a browser's GET /graphql (before Apollo).
 * With `graphiql: false` (GRAPHIQL=false) a browser's GET /graphql gets Apollo's answer instead.
 */
export function mountStaticPages(app: express.Express, options: { graphiql: boolean } = { graphiql: true }): void {
  app.use('/assets', express.static(WEB_DIR, { index: false, fallthrough: true, maxAge: '1h', setHeaders: (res) => res.set('Content-Security-Policy', CSP) }));
  app.get('/explore', sendPage('explorer'));
  if (!options.graphiql) return;
  const graphiql = sendPage('graphiql');
  app.get('/graphql', (req, res, next) => (wantsHtml(req) ? graphiql(req, res) : next()));
}
