import fs from 'node:fs';
import path from 'node:path';
import { clientFailure } from './failure';
import { LoadFailure } from './report';
import { CommandItem, parseStream, ScriptItem, ScriptSyntaxError } from './split';

/**
 * Stage 1 of the loader: reads the inputs (files, directories of .cypher files in name order, `-`
 * for standard input) as a stream of script items, following `:source FILE` into the file it names
 * (relative to the script that names it). It keeps the byte counts that progress reports: bytes
 * read up to the last item handed out, and the size of everything known so far.
 */
export const STDIN = '-';

/** The end of one input file: the planner commits what is open and closes what it left open. */
export interface FileEnd {
  kind: 'end';
  file: string;
}

export type ReadItem = ScriptItem | FileEnd;

/** Expands directories into their .cypher files, in name order; `-` stays as it is. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (p === STDIN) {
      files.push(p);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new Error(`${p}: no such file or directory`);
    }
    if (!stat.isDirectory()) files.push(p);
    else
      files.push(
        ...fs
          .readdirSync(p)
          .filter((n) => n.endsWith('.cypher'))
          .sort()
          .map((n) => path.join(p, n)),
      );
  }
  return files;
}

const MAX_SOURCE_DEPTH = 16;

export class ScriptReader {
  /** Every file read, sourced ones included, in the order they were opened. */
  readonly files: string[] = [];
  /** Size of the inputs known so far; undefined once standard input is among them. */
  bytesTotal: number | undefined;
  /** The file the last item came from. */
  current = '';
  private finished = 0;
  private readonly open: { file: string; offset: number }[] = [];
  private readonly inputs: string[];

  constructor(
    paths: string[],
    private readonly recover = false,
    private readonly stdin: AsyncIterable<string | Buffer> = process.stdin,
  ) {
    this.inputs = expandPaths(paths);
    this.bytesTotal = this.inputs.includes(STDIN) ? undefined : this.inputs.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  }

  /** Bytes read up to the end of the last item handed out, over all files. */
  get bytesRead(): number {
    return this.open.reduce((sum, f) => sum + f.offset, this.finished);
  }

  async *items(): AsyncGenerator<ReadItem> {
    for (const input of this.inputs) yield* this.file(input);
  }

  private async *file(file: string): AsyncGenerator<ReadItem> {
    const name = file === STDIN ? '<stdin>' : file;
    const entry = { file: name, offset: 0 };
    this.open.push(entry);
    this.files.push(name);
    const stream = file === STDIN ? this.stdin : fs.createReadStream(file, { highWaterMark: 256 * 1024 });
    for await (const item of parseStream(stream, name, this.recover)) {
      this.current = name;
      entry.offset = item.endByte;
      if (item.kind === 'command' && item.name === 'source') yield* this.source(item);
      else yield item;
    }
    this.open.pop();
    this.finished += file === STDIN ? entry.offset : fs.statSync(file).size;
    this.current = name;
    yield { kind: 'end', file: name };
  }

  /** `:source FILE`: the file's items in place of the command. */
  private async *source(item: CommandItem): AsyncGenerator<ReadItem> {
    const problem = this.sourceProblem(item);
    if (typeof problem !== 'string') {
      const target = problem.target;
      if (this.bytesTotal !== undefined) this.bytesTotal += fs.statSync(target).size;
      yield* this.file(target);
      return;
    }
    const failure: LoadFailure = clientFailure(item, problem, `:source ${item.args}`);
    if (!this.recover) throw new ScriptSyntaxError(failure.message, failure);
    yield { kind: 'skip', reason: problem, file: item.file, line: item.line, column: item.column, endByte: item.endByte };
  }

  private sourceProblem(item: CommandItem): string | { target: string } {
    const arg = item.args.replace(/^(["'`])(.*)\1$/, '$2');
    if (!arg) return '":source" needs a file name';
    const base = item.file === '<stdin>' ? process.cwd() : path.dirname(item.file);
    const target = path.resolve(base, arg);
    if (!fs.existsSync(target) || fs.statSync(target).isDirectory()) return `:source ${arg}: no such file (${target})`;
    if (this.open.length >= MAX_SOURCE_DEPTH || this.open.some((f) => path.resolve(f.file) === target)) {
      return `:source ${arg}: the file is already being read (a :source cycle)`;
    }
    return { target };
  }
}
