// Bundles the browser pages (the explorer at /explore and GraphiQL at /graphql) into dist/web
// with esbuild, from npm packages only: the pages load nothing from other hosts at run time.
// Run by `npm run build`; `node web/build.mjs` alone rebuilds just the pages.
//
// Production output: file names carry a content hash (served with a year-long immutable cache;
// index.html is rewritten to point at them and is never cached), every text asset is written
// beside a gzip and a brotli copy for the server to pick from, and no source map is written.
// WEB_SOURCEMAPS=1 adds linked source maps for debugging (never do that for a public server).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const WEB = path.dirname(fileURLToPath(import.meta.url));
export const OUT = path.join(WEB, '..', 'dist', 'web');

const PAGES = [
  { name: 'explorer', entry: 'explorer/main.ts', copy: ['favicon.svg'] },
  { name: 'graphiql', entry: 'graphiql/main.tsx', copy: [] },
];

const COMPRESSIBLE = /\.(js|css|html|svg|json|map|ttf|woff)$/;

/** Writes file.gz and file.br beside each text asset of dir (kept only when they are smaller). */
function precompress(dir) {
  const sizes = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!COMPRESSIBLE.test(name) || !fs.statSync(file).isFile()) continue;
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw, { level: 9 });
    const br = zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    if (gz.length < raw.length) fs.writeFileSync(`${file}.gz`, gz);
    if (br.length < raw.length) fs.writeFileSync(`${file}.br`, br);
    sizes.push({ name, raw: raw.length, gzip: gz.length, brotli: br.length });
  }
  return sizes;
}

export async function buildWeb({ outDir = OUT, quiet = false, sourcemap = process.env.WEB_SOURCEMAPS === '1' } = {}) {
  const report = [];
  for (const page of PAGES) {
    const dir = path.join(outDir, page.name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const result = await esbuild.build({
      entryPoints: { [page.name]: path.join(WEB, page.entry) },
      outdir: dir,
      entryNames: '[name]-[hash]',
      assetNames: '[name]-[hash]',
      metafile: true,
      bundle: true,
      minify: true,
      sourcemap: sourcemap ? 'linked' : false,
      legalComments: 'linked',
      format: 'iife',
      target: ['chrome110', 'firefox110', 'safari16'],
      define: { 'process.env.NODE_ENV': '"production"' },
      loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'dataurl', '.png': 'dataurl' },
      jsx: 'automatic',
      logLevel: quiet ? 'error' : 'warning',
    });
    // index.html names /assets/<page>/<page>.js and .css; point it at the hashed files.
    let html = fs.readFileSync(path.join(WEB, page.name, 'index.html'), 'utf8');
    for (const [out, meta] of Object.entries(result.metafile.outputs)) {
      const file = path.basename(out);
      const ext = path.extname(file);
      if (meta.entryPoint || (ext === '.css' && file.startsWith(`${page.name}-`))) {
        html = html.replaceAll(`/assets/${page.name}/${page.name}${ext}"`, `/assets/${page.name}/${file}"`);
      }
    }
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    for (const name of page.copy) fs.copyFileSync(path.join(WEB, page.name, name), path.join(dir, name));
    report.push(...precompress(dir).map((s) => ({ page: page.name, ...s })));
  }
  if (!quiet) {
    console.log(
      `built ${PAGES.map((p) => p.name).join(' and ')} into ${path.relative(process.cwd(), outDir) || '.'}${sourcemap ? ' (with source maps)' : ''}`,
    );
  }
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb({ quiet: process.argv.includes('--quiet') })
    .then((report) => {
      if (process.argv.includes('--sizes')) {
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        for (const r of report) console.log(`${r.page}/${r.name}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip, ${kb(r.brotli)} brotli`);
      }
    })
    .catch((e) => {
      console.error(e.message);
      process.exit(1);
    });
}
