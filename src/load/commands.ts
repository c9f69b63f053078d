import fs from 'node:fs';
import { Driver } from 'neo4j-driver';
import { ConfigError, loadConfig, Neo4jTarget } from '../config';
import { connectNeo4j } from '../graph/connect';
import { Neo4jConnectionError } from '../graph/driver';
import { LocalNeo4jError } from '../localdb/launcher';
import { Command, Connection, connectionEnv } from './args';
import { checkGraph, formatCheckReport, summarizeViolations } from './checker';
import { exportGraph } from './exporter';
import { LoadError, loadPaths } from './loader';
import { ProgressReporter } from './progress';
import { formatFailure, formatSummary, LoadSummary, plural } from './report';
import { onStop } from './signals';

/** The kg-load commands, once the command line is parsed (cli.ts loads this module only then: it is the slow part to import). */
function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Opens the configured Neo4j; `close` stops the local one only if this process started it. */
function connect(connection: Connection): Promise<{ driver: Driver; target: Neo4jTarget; close: () => Promise<void> }> {
  return connectNeo4j(loadConfig(connectionEnv(connection)), { log, database: connection.database });
}

type LoadCommand = Extract<Command, { name: 'load' }>;

async function load(cmd: LoadCommand): Promise<number> {
  const { driver, target, close } = await connect(cmd.connection);
  const progress = new ProgressReporter(process.stderr, cmd.progress ?? (process.stderr.isTTY ? 'bar' : 'lines'));
  const controller = new AbortController();
  const removeHandlers = onStop((reason) => {
    log(`\nStopping (${reason}): rolling back the open transaction...`);
    controller.abort();
  });
  try {
    const summary = await loadPaths(driver, cmd.paths, {
      database: target.database,
      batchSize: cmd.batchSize,
      dryRun: cmd.dryRun,
      continueOnError: cmd.continueOnError,
      parameterize: cmd.parameterize,
      params: cmd.params,
      signal: controller.signal,
      onProgress: progress.update,
      onWarning: (w) => {
        progress.interrupt();
        log(`warning: ${w}`);
      },
    });
    progress.finish(!summary.stopped);
    return report(summary, cmd.format);
  } catch (e) {
    progress.finish(false);
    if (!(e instanceof LoadError)) throw e;
    log(`error: ${e.message}`);
    return report(e.summary, cmd.format);
  } finally {
    removeHandlers();
    await close();
  }
}

/** Prints the summary (stdout) and the failures (stderr); the exit code: 0, 1 with failures, 130 when stopped by a signal. */
function report(summary: LoadSummary, format: 'text' | 'json'): number {
  if (format === 'json') console.log(JSON.stringify(summary, null, 2));
  else console.log(formatSummary(summary));
  if (summary.stopped === 'signal') {
    log('Stopped: the open transaction was rolled back; the summary above counts what was committed before.');
    return 130;
  }
  if (summary.stopped === 'failure') {
    const last = summary.dryRun
      ? 'Nothing was written (dry run).'
      : 'Everything before the failing statement is committed; an open :begin block was rolled back as a whole.';
    log(last);
  }
  const skipped = summary.stopped ? summary.failures.slice(0, -1) : summary.failures;
  if (skipped.length > 0 && format === 'text') {
    log(`\n${plural(skipped.length, 'failure')} skipped (--continue-on-error):`);
    for (const f of skipped) log(`error: ${formatFailure(f)}`);
  }
  return summary.failures.length > 0 ? 1 : 0;
}

async function check(cmd: Extract<Command, { name: 'check' }>): Promise<number> {
  const { driver, target, close } = await connect(cmd.connection);
  try {
    const report = await checkGraph(driver, target.database);
    if (cmd.format === 'json') {
      const rules = summarizeViolations(report);
      console.log(
        JSON.stringify(
          { checks: report.checks, violations: report.violations.length, rules, ...(cmd.all ? { all: report.violations } : {}) },
          null,
          2,
        ),
      );
    } else for (const line of formatCheckReport(report, cmd.all)) console.log(line);
    return report.violations.length === 0 ? 0 : 1;
  } finally {
    await close();
  }
}

async function exportCommand(cmd: Extract<Command, { name: 'export' }>): Promise<number> {
  const { driver, target, close } = await connect(cmd.connection);
  try {
    const out = cmd.out ? fs.createWriteStream(cmd.out) : process.stdout;
    const stats = await exportGraph(driver, target.database, out, { batchSize: cmd.batchSize });
    if (cmd.out)
      await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())));
    log(
      `export: ${stats.nodes} nodes, ${stats.relationships} relationships, ${stats.schema} schema statements${cmd.out ? ` written to ${cmd.out}` : ''}.`,
    );
    return 0;
  } finally {
    await close();
  }
}

/** Runs a parsed command; errors the user can fix become one line and exit code 1. */
export async function runCommand(cmd: Exclude<Command, { name: 'help' } | { name: 'version' }>): Promise<number> {
  try {
    if (cmd.name === 'check') return await check(cmd);
    if (cmd.name === 'export') return await exportCommand(cmd);
    return await load(cmd);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof LocalNeo4jError || e instanceof Neo4jConnectionError) log(`error: ${e.message}`);
    else log(`error: ${(e as Error).message ?? e}`);
    return 1;
  }
}
