#!/usr/bin/env -S node --max-semi-space-size=4
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Driver } from 'neo4j-driver';
import { ConfigError, loadConfig, Neo4jTarget } from '../config';
import { createDriver, Neo4jConnectionError, verifyTarget } from '../graph/driver';
import { LocalNeo4jError, start as startLocal, stop as stopLocal } from '../localdb/launcher';
import { checkGraph, formatViolation } from './checker';
import { exportGraph } from './exporter';
import { formatFailure, LoadError, loadPaths } from './loader';
import { formatSummary, ProgressMode, ProgressReporter } from './progress';

const USAGE = `usage:
  kg-load [load] <file.cypher|dir>... [options]   load cypher-shell scripts (directories: their .cypher files in name order)
      --batch-size N         statements per transaction outside :begin/:commit blocks (default 1000)
      --dry-run              EXPLAIN every statement in a read-only session; write nothing
      --continue-on-error    keep going after a failure and report every failure at the end
      --no-parameterize      send statements exactly as written (slower; see docs/loader.md)
      --progress MODE        bar | lines | none (default: bar on a terminal, lines otherwise)
      --database NAME        target database (default NEO4J_DATABASE or neo4j)
  kg-load check [--database NAME]          validate the graph against the model contract
  kg-load export [--out FILE] [--database NAME] [--batch-size N]
                                           write the graph as a Cypher seed (stdout by default)

Target: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD), or else the project's local Neo4j, which is
started if needed and stopped afterwards if this command started it.`;

class UsageError extends Error {}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Opens the configured Neo4j; `close` stops the local one only if this process started it. */
async function connect(): Promise<{ driver: Driver; target: Neo4jTarget; close: () => Promise<void> }> {
  const config = loadConfig();
  let target: Neo4jTarget;
  let startedLocal = false;
  if (config.external) {
    target = config.external;
  } else {
    target = config.localTarget;
    startedLocal = (await startLocal(config.local, target, log)).startedHere;
  }
  const driver = createDriver(target);
  const close = async () => {
    await driver.close().catch(() => {});
    if (startedLocal) {
      log('Stopping the local Neo4j this command started...');
      await stopLocal(config.local);
    }
  };
  try {
    await verifyTarget(driver, target);
  } catch (e) {
    await close();
    throw e;
  }
  return { driver, target, close };
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${raw}"`);
  return Number(raw);
}

async function load(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'batch-size': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'continue-on-error': { type: 'boolean', default: false },
      'no-parameterize': { type: 'boolean', default: false },
      progress: { type: 'string' },
      database: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('no files given');
  for (const p of positionals) if (!fs.existsSync(p)) throw new UsageError(`${p}: no such file or directory`);
  const mode = (values.progress ?? (process.stderr.isTTY ? 'bar' : 'lines')) as ProgressMode;
  if (!['bar', 'lines', 'none'].includes(mode)) throw new UsageError(`--progress must be bar, lines or none, not "${mode}"`);
  const batchSize = positiveInt('batch-size', values['batch-size'], 1000);

  const { driver, target, close } = await connect();
  const progress = new ProgressReporter(process.stderr, mode);
  try {
    const summary = await loadPaths(driver, positionals, {
      database: values.database ?? target.database,
      batchSize,
      dryRun: values['dry-run'],
      continueOnError: values['continue-on-error'],
      parameterize: !values['no-parameterize'],
      onProgress: progress.update,
      onWarning: (w) => {
        progress.finish();
        log(`warning: ${w}`);
      },
    });
    progress.finish();
    console.log(formatSummary(summary));
    if (summary.failures.length > 0) {
      log(`\n${summary.failures.length} statement${summary.failures.length === 1 ? '' : 's'} failed (each failed transaction was rolled back):`);
      for (const f of summary.failures) log(`error: ${formatFailure(f)}`);
      return 1;
    }
    return 0;
  } catch (e) {
    progress.finish();
    if (e instanceof LoadError) {
      log(`error: ${e.message}`);
      log(`The failing transaction was rolled back; nothing of it remains. Committed before the failure:`);
      log(formatSummary(e.summary));
      return 1;
    }
    throw e;
  } finally {
    await close();
  }
}

async function check(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { database: { type: 'string' } } });
  const { driver, target, close } = await connect();
  try {
    const report = await checkGraph(driver, values.database ?? target.database);
    for (const v of report.violations) console.log(formatViolation(v));
    console.log(
      report.violations.length === 0
        ? `check: the graph follows the model contract (${report.checks.length} checks).`
        : `check: ${report.violations.length} violation${report.violations.length === 1 ? '' : 's'} in ${new Set(report.violations.map((v) => v.check)).size} of ${report.checks.length} checks.`,
    );
    return report.violations.length === 0 ? 0 : 1;
  } finally {
    await close();
  }
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, database: { type: 'string' }, 'batch-size': { type: 'string' } } });
  const batchSize = positiveInt('batch-size', values['batch-size'], 500);
  const { driver, target, close } = await connect();
  try {
    const out = values.out ? fs.createWriteStream(values.out) : process.stdout;
    const stats = await exportGraph(driver, values.database ?? target.database, out, { batchSize });
    if (values.out) await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
    log(`export: ${stats.nodes} nodes, ${stats.relationships} relationships, ${stats.schema} schema statements${values.out ? ` written to ${values.out}` : ''}.`);
    return 0;
  } finally {
    await close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    console.log(USAGE);
    return first === undefined ? 2 : 0;
  }
  try {
    if (first === 'check') return await check(rest);
    if (first === 'export') return await exportCommand(rest);
    return await load(first === 'load' ? rest : argv);
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      log(`error: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof LocalNeo4jError || e instanceof Neo4jConnectionError) {
      log(`error: ${e.message}`);
      return 1;
    }
    log(`error: ${(e as Error).message ?? e}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      log(`error: ${(e as Error).message ?? e}`);
      process.exit(1);
    },
  );
}
