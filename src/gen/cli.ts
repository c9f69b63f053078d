import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphGenerator } from './graph';
import { writeScripts } from './script';

const USAGE = `usage: npm run gen -- --entities N --statements N [--seed N] [--link-seed SHARE] [--batch-size N] --out DIR

Writes a synthetic graph in the model of src/model/contract.ts as cypher-shell scripts into DIR
(000-schema, 010-entities, 020-aliases, 030-statements), deterministic by --seed (default 1).
Load them into an empty database, or one holding only the seed, with: npm run load -- DIR
  --link-seed SHARE   share (0-1) of statement endpoints taken from a few seed entities
                      (azerbaijan, nagorno-karabakh ...); load cypher/seed first (default 0)
  --batch-size N      rows per UNWIND statement (default 1000)`;

function wholeNumber(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new Error(`--${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number, not "${raw}"`);
  return Number(raw);
}

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        entities: { type: 'string' },
        statements: { type: 'string' },
        seed: { type: 'string' },
        'link-seed': { type: 'string' },
        'batch-size': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    if (!values.out) throw new Error('--out DIR is required');
    const linkSeed = values['link-seed'] === undefined ? 0 : Number(values['link-seed']);
    if (!Number.isFinite(linkSeed)) throw new Error(`--link-seed must be a number between 0 and 1, not "${values['link-seed']}"`);
    const generator = new GraphGenerator({
      entities: wholeNumber('entities', values.entities),
      statements: wholeNumber('statements', values.statements),
      seed: wholeNumber('seed', values.seed, 1),
      linkSeed,
    });
    const batchSize = wholeNumber('batch-size', values['batch-size'], 1000);
    if (batchSize < 1) throw new Error('--batch-size must be at least 1');
    const started = Date.now();
    const out = path.resolve(values.out);
    const summary = writeScripts(generator, { out, batchSize });
    process.stderr.write(
      `wrote ${summary.entities} entities, ${summary.aliases} aliases and ${summary.statements} statements ` +
        `(${(summary.bytes / 1e6).toFixed(1)} MB) to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        `load with: npm run load -- ${values.out}\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
