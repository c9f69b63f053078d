// `npm run load`: runs the built kg-load, rebuilding first only when a source is newer than the
// build (a current build starts at once). Plain JavaScript, so it runs before anything is built.
// It loads the CLI into this process (started by npm with kg-load's memory flag), so npm's process
// is kg-load's grandparent and nothing else sits in between (see signals.ts for a killed npm).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..', '..');
const built = path.join(root, 'dist', 'src', 'load', 'cli.js');

/** The newest modification time under `dir` of files whose names pass `keep`. */
function newest(dir, keep) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(p, keep));
    else if (keep(entry.name)) latest = Math.max(latest, fs.statSync(p).mtimeMs);
  }
  return latest;
}

function stale() {
  if (!fs.existsSync(built)) return true;
  const sources = Math.max(
    newest(path.join(root, 'src'), (n) => n.endsWith('.ts')),
    ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => fs.statSync(path.join(root, f)).mtimeMs),
  );
  return sources > fs.statSync(built).mtimeMs;
}

if (stale()) {
  process.stderr.write('kg-load: sources changed since the last build; building...\n');
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', path.join(root, 'tsconfig.build.json')],
    { stdio: 'inherit' },
  );
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  fs.utimesSync(built, new Date(), new Date()); // tsc leaves unchanged outputs as they were
}
require(built)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`error: ${(e && e.message) || e}\n`);
      process.exit(1);
    },
  );
