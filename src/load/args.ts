import fs from 'node:fs';
import { parseArgs, ParseArgsConfig } from 'node:util';

/**
 * The kg-load command line, with cypher-shell's names where cypher-shell has one: -a/--address,
 * -u/--username, -p/--password (or NEO4J_PASSWORD), -d/--database, -P/--param 'name => value',
 * -v/--version, `-` for standard input. Node's own parseArgs does the parsing (no dependency);
 * this file turns its errors into one line that points at --help.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Connection {
  address?: string;
  username?: string;
  password?: string;
  database?: string;
}

export type OutputFormat = 'text' | 'json';
export type ProgressChoice = 'bar' | 'lines' | 'none';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | {
      name: 'load';
      paths: string[];
      connection: Connection;
      batchSize: number;
      dryRun: boolean;
      continueOnError: boolean;
      parameterize: boolean;
      progress?: ProgressChoice;
      params: string[];
      format: OutputFormat;
    }
  | { name: 'check'; connection: Connection; all: boolean; format: OutputFormat }
  | { name: 'export'; connection: Connection; out?: string; batchSize: number };

export const USAGE = `usage:
  kg-load [load] <file.cypher|dir|->... [options]   load cypher-shell scripts (a directory: its .cypher files in name order; -: standard input)
      --batch-size N            statements per transaction outside :begin/:commit blocks (default 1000)
      --dry-run                 EXPLAIN every statement in a read-only session; write nothing
      --continue-on-error       skip each failing statement (and script syntax errors), report them all at the end
      --no-parameterize         send statements exactly as written (slower; see docs/loader.md)
      --progress MODE           bar | lines | none (default: bar on a terminal, lines otherwise)
      -P, --param 'name => v'   a parameter, as :param in a script (repeatable)
      --format text|json        the summary as text (default) or as JSON on stdout
  kg-load check [--all] [--format text|json]   validate the graph against the model contract
  kg-load export [--out FILE] [--batch-size N]  write the graph as a Cypher seed (stdout by default)

connection (every command):
  -a, --address URI     Neo4j to use (default NEO4J_URI; without either, the project's local Neo4j,
                        started if needed and stopped afterwards if this command started it)
  -u, --username NAME   user (default NEO4J_USER or neo4j)
  -p, --password PASS   password (default NEO4J_PASSWORD)
  -d, --database NAME   database (default NEO4J_DATABASE or neo4j)
  -h, --help    -v, --version`;

const CONNECTION = {
  address: { type: 'string', short: 'a' },
  username: { type: 'string', short: 'u' },
  password: { type: 'string', short: 'p' },
  database: { type: 'string', short: 'd' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const LOAD = {
  ...CONNECTION,
  'batch-size': { type: 'string' },
  'dry-run': { type: 'boolean' },
  'continue-on-error': { type: 'boolean' },
  'no-parameterize': { type: 'boolean' },
  progress: { type: 'string' },
  param: { type: 'string', short: 'P', multiple: true },
  format: { type: 'string' },
} as const;

const CHECK = { ...CONNECTION, all: { type: 'boolean' }, format: { type: 'string' } } as const;
const EXPORT = { ...CONNECTION, out: { type: 'string' }, 'batch-size': { type: 'string' } } as const;

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(parseErrorLine(e as Error & { code?: string }));
  }
}

/** Node's parseArgs messages run to two sentences; one line is enough. */
function parseErrorLine(e: Error & { code?: string }): string {
  const option = /'(-[^']*)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option.split(',')[0]}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `option ${option.replace(/ <value>$/, '')} needs a value`;
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${option}`;
  return e.message.split('\n')[0];
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${raw}"`);
  return Number(raw);
}

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T | undefined): T | undefined {
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not "${raw}"`);
  return raw as T;
}

function connectionOf(v: Partial<Record<keyof typeof CONNECTION, unknown>>): Connection {
  return {
    address: v.address as string | undefined,
    username: v.username as string | undefined,
    password: v.password as string | undefined,
    database: v.database as string | undefined,
  };
}

/** Parses argv (without node and the script); throws UsageError with one line. */
export function parseCommandLine(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { name: 'help' };
  if (first === '--version' || first === '-v') return { name: 'version' };
  if (first === 'check') return check(rest);
  if (first === 'export') return exportCommand(rest);
  return load(first === 'load' ? rest : argv);
}

function load(args: string[]): Command {
  const { values: v, positionals } = parse(args, LOAD);
  if (v.help) return { name: 'help' };
  if (v.version) return { name: 'version' };
  if (positionals.length === 0) throw new UsageError('no files given');
  for (const p of positionals) if (p !== '-' && !fs.existsSync(p)) throw new UsageError(`${p}: no such file or directory`);
  for (const p of v.param ?? [])
    if (!/^\s*(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)\s*(=>|:)\s*\S/.test(p))
      throw new UsageError(`--param "${p}": expected 'name => expression'`);
  return {
    name: 'load',
    paths: positionals,
    connection: connectionOf(v),
    batchSize: positiveInt('batch-size', v['batch-size'], 1000),
    dryRun: v['dry-run'] ?? false,
    continueOnError: v['continue-on-error'] ?? false,
    parameterize: !v['no-parameterize'],
    progress: oneOf('progress', v.progress, ['bar', 'lines', 'none'] as const, undefined),
    params: v.param ?? [],
    format: oneOf('format', v.format, ['text', 'json'] as const, 'text')!,
  };
}

function check(args: string[]): Command {
  const { values: v, positionals } = parse(args, CHECK);
  if (v.help) return { name: 'help' };
  if (positionals.length > 0) throw new UsageError(`check takes no files (got "${positionals[0]}")`);
  return {
    name: 'check',
    connection: connectionOf(v),
    all: v.all ?? false,
    format: oneOf('format', v.format, ['text', 'json'] as const, 'text')!,
  };
}

function exportCommand(args: string[]): Command {
  const { values: v, positionals } = parse(args, EXPORT);
  if (v.help) return { name: 'help' };
  if (positionals.length > 0) throw new UsageError(`export takes no files (got "${positionals[0]}"); use --out FILE`);
  return { name: 'export', connection: connectionOf(v), out: v.out, batchSize: positiveInt('batch-size', v['batch-size'], 500) };
}

/** The environment the configuration is read from, with the connection flags in place of the variables they override (the database is passed on its own). */
export function connectionEnv(c: Connection, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  if (c.address) out.NEO4J_URI = c.address;
  if (c.username) out.NEO4J_USER = c.username;
  if (c.password) out.NEO4J_PASSWORD = c.password;
  return out;
}
