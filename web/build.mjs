// Bundles the browser pages (the explorer at /explore and GraphiQL at /graphql) into dist/web
// with esbuild, from npm packages only: the pages load nothing from other hosts at run time.
// Run by `npm run build`; `node web/build.mjs` alone rebuilds just the pages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const WEB = path.dirname(fileURLToPath(import.meta.url));
export const OUT = path.join(WEB, '..', 'dist', 'web');

const PAGES = [
  { name: 'explorer', entry: 'explorer/main.ts' },
  { name: 'graphiql', entry: 'graphiql/main.tsx' },
];

export async function buildWeb({ outDir = OUT, quiet = false } = {}) {
  for (const page of PAGES) {
    const dir = path.join(outDir, page.name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    await esbuild.build({
      entryPoints: [path.join(WEB, page.entry)],
      outfile: path.join(dir, `${page.name}.js`),
      bundle: true,
      minify: true,
      sourcemap: true,
      format: 'iife',
      target: ['chrome110', 'firefox110', 'safari16'],
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'dataurl', '.png': 'dataurl' },
      jsx: 'automatic',
      logLevel: quiet ? 'error' : 'warning',
    });
    fs.copyFileSync(path.join(WEB, page.name, 'index.html'), path.join(dir, 'index.html'));
  }
  if (!quiet) console.log(`built ${PAGES.map((p) => p.name).join(' and ')} into ${path.relative(process.cwd(), outDir) || '.'}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
