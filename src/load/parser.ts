/**
 * A streaming reader of cypher-shell scripts. It splits text into statements at `;` outside
 * strings, comments and backtick names, and recognises client commands (`:begin`, `:commit`,
 * `:rollback`, `:param`, `:params`, `:use`) on lines of their own, as cypher-shell does. It keeps
 * no more than the statement being read, so a file of several GB streams through in flat memory.
 *
 * It scans by character code and slices statements out of the buffer (no per-character string
 * building), and it defers a `/` or `*` that ends a chunk until the next chunk shows whether a
 * comment starts or ends there.
 */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export interface StatementItem extends Position {
  kind: 'statement';
  text: string;
  /** Bytes of input read when this item was completed (for progress). */
  bytesRead: number;
}

export const CLIENT_COMMANDS = ['begin', 'commit', 'rollback', 'param', 'params', 'use'] as const;
export type ClientCommand = (typeof CLIENT_COMMANDS)[number];

export interface CommandItem extends Position {
  kind: 'command';
  name: ClientCommand;
  args: string;
  bytesRead: number;
}

export type ScriptItem = StatementItem | CommandItem;

export class ScriptSyntaxError extends Error {
  override name = 'ScriptSyntaxError';
  constructor(
    readonly reason: string,
    readonly position: Position,
  ) {
    super(`${position.file}:${position.line}:${position.column}: ${reason}`);
  }
}

const enum S {
  Code,
  Single,
  Double,
  Backtick,
  LineComment,
  BlockComment,
  Command,
}

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const FF = 12;
const BOM = 0xfeff;
const SLASH = 47;
const STAR = 42;
const SEMI = 59;
const COLON = 58;
const QUOTE = 39;
const DQUOTE = 34;
const BACKTICK = 96;
const BACKSLASH = 92;

export class ScriptParser {
  private state = S.Code;
  /** Unconsumed text: the statement or command being read, plus the chunk being scanned. */
  private text = '';
  /** Where scanning resumes in `text`. */
  private pos = 0;
  /** Start of the current statement (first code character) or command (its `:`) in `text`, or -1. */
  private start = -1;
  private startLine = 0;
  private startColumn = 0;
  private hasCode = false;
  /** Only white space since the last newline, and no statement open: a `:` starts a command. */
  private atLineStart = true;
  private escape = false;
  private prevStar = false;
  private line = 1;
  /** Index in `text` of the first character of the current line (may be negative after a trim). */
  private lineStart = 0;
  /** Where an open string or comment began, for the error at end of file. */
  private openLine = 0;
  private openColumn = 0;
  private bytes = 0;
  private readonly out: ScriptItem[] = [];

  constructor(readonly file: string) {}

  /** Feeds a chunk and returns the items it completed. `bytes` is the chunk's size on disk. */
  push(chunk: string, bytes = Buffer.byteLength(chunk, 'utf8')): ScriptItem[] {
    this.bytes += bytes;
    this.text += chunk;
    this.scan(false);
    this.compact();
    return this.out.splice(0);
  }

  /** Ends the input: a last statement without `;` still counts; an open string or comment is an error. */
  end(): ScriptItem[] {
    this.scan(true);
    switch (this.state) {
      case S.Command:
        this.finishCommand(this.text.length);
        break;
      case S.Single:
      case S.Double:
      case S.Backtick: {
        const what = this.state === S.Backtick ? 'backtick name' : 'string';
        throw new ScriptSyntaxError(`unterminated ${what} (opened here, never closed before the end of the file)`, this.at(this.openLine, this.openColumn));
      }
      case S.BlockComment:
        throw new ScriptSyntaxError('unterminated /* comment (opened here, never closed before the end of the file)', this.at(this.openLine, this.openColumn));
      default:
        break;
    }
    if (this.hasCode) this.emitStatement(this.text.length);
    this.text = '';
    return this.out.splice(0);
  }

  private at(line: number, column: number): Position {
    return { file: this.file, line, column };
  }

  private column(i: number): number {
    return i - this.lineStart + 1;
  }

  private newline(i: number): void {
    this.line++;
    this.lineStart = i + 1;
  }

  private scan(final: boolean): void {
    const t = this.text;
    const n = t.length;
    let i = this.pos;
    while (i < n) {
      const c = t.charCodeAt(i);
      switch (this.state) {
        case S.Code: {
          if (c === NL) {
            this.newline(i);
            this.atLineStart = true;
            i++;
            continue;
          }
          if (c === SPACE || c === TAB || c === CR || c === FF || c === BOM) {
            i++;
            continue;
          }
          if (c === COLON && this.atLineStart && !this.hasCode) {
            this.state = S.Command;
            this.start = i;
            this.startLine = this.line;
            this.startColumn = this.column(i);
            i++;
            continue;
          }
          this.atLineStart = false;
          if (c === SLASH) {
            if (i + 1 >= n && !final) {
              this.pos = i; // is it `//`, `/*` or division? the next chunk tells
              return;
            }
            const d = i + 1 < n ? t.charCodeAt(i + 1) : 0;
            if (d === SLASH || d === STAR) {
              this.state = d === SLASH ? S.LineComment : S.BlockComment;
              this.openLine = this.line;
              this.openColumn = this.column(i);
              this.prevStar = false;
              i += 2;
              continue;
            }
          }
          if (c === SEMI) {
            if (this.hasCode) this.emitStatement(i);
            i++;
            continue;
          }
          if (!this.hasCode) {
            this.hasCode = true;
            this.start = i;
            this.startLine = this.line;
            this.startColumn = this.column(i);
          }
          if (c === QUOTE || c === DQUOTE || c === BACKTICK) {
            this.state = c === QUOTE ? S.Single : c === DQUOTE ? S.Double : S.Backtick;
            this.openLine = this.line;
            this.openColumn = this.column(i);
            this.escape = false;
          }
          i++;
          continue;
        }
        case S.Single:
        case S.Double: {
          if (c === NL) this.newline(i);
          if (this.escape) this.escape = false;
          else if (c === BACKSLASH) this.escape = true;
          else if (c === (this.state === S.Single ? QUOTE : DQUOTE)) this.state = S.Code;
          i++;
          continue;
        }
        case S.Backtick: {
          if (c === NL) this.newline(i);
          else if (c === BACKTICK) this.state = S.Code;
          i++;
          continue;
        }
        case S.LineComment: {
          const nl = t.indexOf('\n', i);
          if (nl < 0) {
            i = n;
            continue;
          }
          this.newline(nl);
          this.state = S.Code;
          this.atLineStart = true;
          i = nl + 1;
          continue;
        }
        case S.BlockComment: {
          if (c === NL) this.newline(i);
          if (c === SLASH && this.prevStar) {
            this.state = S.Code;
            this.prevStar = false;
          } else {
            this.prevStar = c === STAR;
          }
          i++;
          continue;
        }
        case S.Command: {
          const nl = t.indexOf('\n', i);
          if (nl < 0) {
            i = n;
            continue;
          }
          this.finishCommand(nl);
          this.newline(nl);
          this.atLineStart = true;
          i = nl + 1;
          continue;
        }
      }
    }
    this.pos = i;
  }

  /** Drops consumed text so that memory holds only the open statement or command. */
  private compact(): void {
    const keep = this.start >= 0 ? this.start : this.pos;
    if (keep === 0) return;
    this.text = this.text.slice(keep);
    this.pos -= keep;
    this.lineStart -= keep;
    if (this.start >= 0) this.start -= keep;
  }

  private emitStatement(end: number): void {
    const text = this.text.slice(this.start, end).trim();
    this.out.push({ kind: 'statement', text, file: this.file, line: this.startLine, column: this.startColumn, bytesRead: this.bytes });
    this.hasCode = false;
    this.start = -1;
  }

  private finishCommand(end: number): void {
    const pos = this.at(this.startLine, this.startColumn);
    // A trailing `;` is tolerated: people type `:commit;` out of habit.
    const raw = this.text.slice(this.start + 1, end).trim().replace(/;\s*$/, '').trim();
    const m = /^([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(raw);
    const name = m ? m[1].toLowerCase() : '';
    if (!m || !(CLIENT_COMMANDS as readonly string[]).includes(name)) {
      const word = raw.split(/\s/)[0] ?? '';
      throw new ScriptSyntaxError(`unknown client command ":${word}" (known: ${CLIENT_COMMANDS.map((c) => `:${c}`).join(', ')})`, pos);
    }
    this.out.push({ kind: 'command', name: name as ClientCommand, args: (m[2] ?? '').trim(), file: this.file, line: pos.line, column: pos.column, bytesRead: this.bytes });
    this.state = S.Code;
    this.start = -1;
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
    const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk, 'utf8') : chunk.length;
    yield* parser.push(text, bytes);
  }
  yield* parser.push(decoder.decode(), 0);
  yield* parser.end();
}
