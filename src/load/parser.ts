/**
 * A streaming reader of cypher-shell scripts. It splits text into statements at `;` outside
 * strings, comments and backtick names, and recognises client commands (`:begin`, `:commit`,
 * `:rollback`, `:param`, `:params`, `:use`) on lines of their own. It keeps no more than the
 * statement being read, so a file of several GB streams through in flat memory.
 */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export interface StatementItem extends Position {
  kind: 'statement';
  text: string;
  /** Bytes of input consumed up to the end of this item (for progress). */
  bytesRead: number;
}

export interface CommandItem extends Position {
  kind: 'command';
  name: 'begin' | 'commit' | 'rollback' | 'param' | 'params' | 'use';
  args: string;
  bytesRead: number;
}

export type ScriptItem = StatementItem | CommandItem;

export class ScriptSyntaxError extends Error {
  override name = 'ScriptSyntaxError';
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(`${position.file}:${position.line}:${position.column}: ${message}`);
  }
}

const COMMANDS = new Set(['begin', 'commit', 'rollback', 'param', 'params', 'use']);

type State = 'code' | 'single' | 'double' | 'backtick' | 'lineComment' | 'blockComment' | 'command';

export class ScriptParser {
  private state: State = 'code';
  private buf = '';
  /** True once the current statement holds something other than white space and comments. */
  private hasCode = false;
  /** True while only white space has been seen since the last newline (client commands start here). */
  private atLineStart = true;
  private escape = false;
  private line = 1;
  private column = 0;
  private start: { line: number; column: number } | null = null;
  private bytes = 0;
  private readonly out: ScriptItem[] = [];

  constructor(readonly file: string) {}

  /** Feeds a chunk and returns the items it completed. */
  push(chunk: string): ScriptItem[] {
    this.bytes += Buffer.byteLength(chunk, 'utf8');
    for (let i = 0; i < chunk.length; i++) this.step(chunk[i], chunk[i + 1]);
    return this.out.splice(0);
  }

  /** Ends the input: a last statement without `;` still counts; an open string or comment is an error. */
  end(): ScriptItem[] {
    if (this.state === 'command') this.finishCommand();
    else if (this.state === 'single' || this.state === 'double' || this.state === 'backtick') {
      const what = this.state === 'backtick' ? 'backtick name' : 'string';
      throw new ScriptSyntaxError(`unterminated ${what} at end of file`, this.startPosition());
    } else if (this.state === 'blockComment' && this.hasCode) {
      throw new ScriptSyntaxError('unterminated /* comment at end of file', this.startPosition());
    }
    if (this.hasCode) this.emitStatement();
    return this.out.splice(0);
  }

  private startPosition(): Position {
    return { file: this.file, line: this.start?.line ?? this.line, column: this.start?.column ?? this.column };
  }

  private step(c: string, next: string | undefined): void {
    if (c === '\n') {
      this.line++;
      this.column = 0;
    } else {
      this.column++;
    }
    switch (this.state) {
      case 'command':
        if (c === '\n') this.finishCommand();
        else this.buf += c;
        return;
      case 'lineComment':
        this.buf += c;
        if (c === '\n') {
          this.state = 'code';
          this.atLineStart = true;
        }
        return;
      case 'blockComment':
        this.buf += c;
        if (c === '/' && this.buf.endsWith('*/') && this.buf.length >= 2 && this.blockOpenedAt < this.buf.length - 2) this.state = 'code';
        return;
      case 'single':
      case 'double':
        this.buf += c;
        if (this.escape) this.escape = false;
        else if (c === '\\') this.escape = true;
        else if ((this.state === 'single' && c === "'") || (this.state === 'double' && c === '"')) this.state = 'code';
        return;
      case 'backtick':
        this.buf += c;
        if (c === '`') this.state = 'code';
        return;
      case 'code':
        this.code(c, next);
    }
  }

  private blockOpenedAt = 0;

  private code(c: string, next: string | undefined): void {
    if (c === '\n' || c === '\r' || c === ' ' || c === '\t' || c === '\f' || c === '\uFEFF') {
      if (c === '\n') this.atLineStart = true;
      if (this.buf.length > 0 && c !== '\uFEFF') this.buf += c;
      return;
    }
    if (c === ':' && this.atLineStart && !this.hasCode) {
      this.state = 'command';
      this.buf = '';
      this.start = { line: this.line, column: this.column };
      return;
    }
    this.atLineStart = false;
    if (c === '/' && next === '/') {
      this.state = 'lineComment';
      this.buf += c;
      return;
    }
    if (c === '/' && next === '*') {
      this.state = 'blockComment';
      this.blockOpenedAt = this.buf.length + 1;
      this.buf += c;
      return;
    }
    if (c === ';') {
      if (this.hasCode) this.emitStatement();
      else this.reset(); // an empty statement, or only comments
      return;
    }
    if (!this.hasCode) {
      this.hasCode = true;
      this.start = { line: this.line, column: this.column };
    }
    this.buf += c;
    if (c === "'") this.state = 'single';
    else if (c === '"') this.state = 'double';
    else if (c === '`') this.state = 'backtick';
  }

  private emitStatement(): void {
    const pos = this.startPosition();
    this.out.push({ kind: 'statement', text: this.buf.trim(), file: this.file, line: pos.line, column: pos.column, bytesRead: this.bytes });
    this.reset();
  }

  private finishCommand(): void {
    const pos = this.startPosition();
    const raw = this.buf.replace(/\r$/, '').trim();
    const m = /^([A-Za-z]+)\s*(.*)$/s.exec(raw);
    const name = m ? m[1].toLowerCase() : '';
    if (!COMMANDS.has(name)) {
      throw new ScriptSyntaxError(`unknown client command ":${raw.split(/\s/)[0] ?? ''}" (known: :begin, :commit, :rollback, :param, :params, :use)`, pos);
    }
    this.out.push({ kind: 'command', name: name as CommandItem['name'], args: m ? m[2].trim() : '', file: this.file, line: pos.line, column: pos.column, bytesRead: this.bytes });
    this.state = 'code';
    this.atLineStart = true;
    this.reset();
  }

  private reset(): void {
    this.buf = '';
    this.hasCode = false;
    this.start = null;
  }
}

/** Parses a whole string (tests and small inputs). */
export function parseScript(text: string, file = '<input>'): ScriptItem[] {
  const parser = new ScriptParser(file);
  return [...parser.push(text), ...parser.end()];
}

/** Parses a stream chunk by chunk, yielding items as they complete. */
export async function* parseStream(stream: AsyncIterable<string | Buffer>, file: string): AsyncGenerator<ScriptItem> {
  const parser = new ScriptParser(file);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* parser.push(text);
  }
  yield* parser.push(decoder.decode());
  yield* parser.end();
}
