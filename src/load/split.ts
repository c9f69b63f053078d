import { CypherLexer, Tok } from './tokenizer';

/**
 * Stage 2 of the loader: splits a cypher-shell script into statements and client commands.
 *
 * A statement ends at `;` outside strings, comments and backtick names (the tokenizer decides what
 * those are); a client command (`:begin`, `:commit`, `:rollback`, `:param`, `:params`, `:use`,
 * `:source`) is a line of its own that starts with `:`, as in cypher-shell. It streams: it keeps
 * no more than the statement being read, so a file of several GB goes through in flat memory.
 *
 * With `recover` (the loader's --continue-on-error), a script syntax error does not stop it: an
 * unknown command skips its line, an unterminated string or comment skips to the first line after
 * it that ends with `;`. Each skip is an item of its own, so the loader reports every one.
 */
export interface Position {
  file: string;
  line: number;
  column: number;
}

interface Located extends Position {
  /** Bytes of the input up to the end of this item (for progress). */
  endByte: number;
}

export interface StatementItem extends Located {
  kind: 'statement';
  text: string;
}

export const CLIENT_COMMANDS = ['begin', 'commit', 'rollback', 'param', 'params', 'use', 'source'] as const;
export type ClientCommand = (typeof CLIENT_COMMANDS)[number];

export interface CommandItem extends Located {
  kind: 'command';
  name: ClientCommand;
  args: string;
}

/** A part of the script skipped after a syntax error (only with `recover`). */
export interface SkipItem extends Located {
  kind: 'skip';
  reason: string;
}

export type ScriptItem = StatementItem | CommandItem | SkipItem;

export class ScriptSyntaxError extends Error {
  override name = 'ScriptSyntaxError';
  constructor(
    readonly reason: string,
    readonly position: Position,
  ) {
    super(`${position.file}:${position.line}:${position.column}: ${reason}`);
  }
}

export class ScriptSplitter {
  /** Unconsumed text: the statement or command being read, plus the chunk being scanned. */
  private text = '';
  private readonly lexer = new CypherLexer();
  /** Start of the open statement in `text`, or -1. */
  private start = -1;
  /** Only white space since the last line break, and no statement open: a `:` starts a command. */
  private atLineStart = true;
  // Line counting, done lazily up to the positions asked for.
  private line = 1;
  private lineStart = 0;
  private countedTo = 0;
  // Byte counting of consumed text, for progress.
  private bytes = 0;
  private bytesTo = 0;
  private readonly out: ScriptItem[] = [];
  /**
   * A script syntax error (without `recover`). The items before it are still handed out, so the
   * loader can finish what came before; `check()` then throws it.
   */
  failed: ScriptSyntaxError | null = null;

  constructor(
    readonly file: string,
    private readonly recover = false,
  ) {}

  /** Feeds a chunk and returns the items it completed. */
  push(chunk: string): ScriptItem[] {
    if (this.failed) return [];
    this.text += chunk;
    this.scan(false);
    this.compact();
    return this.out.splice(0);
  }

  /** Ends the input: a last statement without `;` still counts; an open string or comment is an error. */
  end(): ScriptItem[] {
    this.scan(true);
    if (this.failed) return this.out.splice(0);
    if (this.start >= 0) this.emitStatement(this.text.length, this.text.length);
    this.text = '';
    return this.out.splice(0);
  }

  private scan(final: boolean): void {
    const lx = this.lexer.reset(this.text, this.lexer.pos);
    while (!this.failed && lx.next(final)) {
      const k = lx.kind;
      if (k === Tok.Space) {
        if (lx.newline) this.atLineStart = true;
        continue;
      }
      if (k === Tok.LineComment) continue;
      if (lx.unterminated) {
        this.unterminated(lx.start, k);
        continue;
      }
      if (k === Tok.Punct && this.text.charCodeAt(lx.start) === 58 /* : */ && this.atLineStart && this.start < 0) {
        if (!this.command(lx.start, final)) return;
        continue;
      }
      this.atLineStart = false;
      if (k === Tok.Punct && this.text.charCodeAt(lx.start) === 59 /* ; */) {
        if (this.start >= 0) this.emitStatement(lx.start, lx.end);
        this.consumeBytes(lx.end);
      } else if (this.start < 0 && k !== Tok.BlockComment) this.start = lx.start;
    }
  }

  /** A client command from the `:` at `i` to the end of its line; false when the line is not complete yet. */
  private command(i: number, final: boolean): boolean {
    const nl = this.text.indexOf('\n', i);
    if (nl < 0 && !final) {
      this.lexer.pos = i;
      return false;
    }
    const end = nl < 0 ? this.text.length : nl;
    const pos = this.positionAt(i);
    // A trailing `;` is tolerated: people type `:commit;` out of habit.
    const raw = this.text
      .slice(i + 1, end)
      .trim()
      .replace(/;\s*$/, '')
      .trim();
    const m = /^([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(raw);
    const name = m ? m[1].toLowerCase() : '';
    this.consumeBytes(end);
    this.lexer.pos = end;
    if (!m || !(CLIENT_COMMANDS as readonly string[]).includes(name)) {
      const word = raw.split(/\s/)[0] ?? '';
      const reason = `unknown client command ":${word}" (known: ${CLIENT_COMMANDS.map((c) => `:${c}`).join(', ')})`;
      this.syntaxError(reason, pos, `skipped line ${pos.line}`);
      return true;
    }
    this.out.push({ kind: 'command', name: name as ClientCommand, args: (m[2] ?? '').trim(), ...pos, endByte: this.bytes });
    return true;
  }

  /** The text ends inside a string, backtick name or block comment opened at `i`. */
  private unterminated(i: number, kind: Tok): void {
    const what = kind === Tok.Backtick ? 'backtick name' : kind === Tok.BlockComment ? '/* comment' : 'string';
    const pos = this.positionAt(i);
    const reason = `unterminated ${what} (opened here, never closed before the end of the file)`;
    // The next safe boundary: the end of the first line from here on that ends with `;`.
    const boundary = /;[ \t\r]*(\n|$)/g;
    boundary.lastIndex = i;
    const m = boundary.exec(this.text);
    const resume = m ? m.index + m[0].length : this.text.length;
    const resumeLine = this.positionAt(resume).line;
    this.syntaxError(reason, pos, resume < this.text.length ? `skipped to line ${resumeLine}` : 'skipped the rest of the file');
    this.start = -1;
    this.atLineStart = true;
    this.consumeBytes(resume);
    this.lexer.pos = resume;
  }

  private syntaxError(reason: string, pos: Position, skipped: string): void {
    if (!this.recover) {
      this.failed = new ScriptSyntaxError(reason, pos);
      return;
    }
    this.out.push({ kind: 'skip', reason: `${reason}; ${skipped}`, ...pos, endByte: this.bytes });
  }

  private emitStatement(end: number, consumed: number): void {
    const text = this.text.slice(this.start, end).trim();
    const pos = this.positionAt(this.start);
    this.consumeBytes(consumed);
    this.out.push({ kind: 'statement', text, ...pos, endByte: this.bytes });
    this.start = -1;
  }

  private positionAt(i: number): Position {
    const t = this.text;
    let nl = t.indexOf('\n', this.countedTo);
    while (nl >= 0 && nl < i) {
      this.line++;
      this.lineStart = nl + 1;
      nl = t.indexOf('\n', nl + 1);
    }
    this.countedTo = Math.max(this.countedTo, i);
    return { file: this.file, line: this.line, column: i - this.lineStart + 1 };
  }

  /** Throws the script syntax error met so far, if any. */
  check(): void {
    if (this.failed) throw this.failed;
  }

  /** Counts the bytes of the text up to `i` as consumed. */
  private consumeBytes(i: number): void {
    if (i <= this.bytesTo) return;
    this.bytes += Buffer.byteLength(this.text.slice(this.bytesTo, i), 'utf8');
    this.bytesTo = i;
  }

  /** Drops consumed text so that memory holds only the open statement or command. */
  private compact(): void {
    const keep = Math.min(this.start >= 0 ? this.start : this.lexer.pos, this.lexer.pos);
    if (keep === 0) return;
    this.positionAt(keep);
    this.consumeBytes(keep);
    this.text = this.text.slice(keep);
    this.lexer.pos -= keep;
    this.lineStart -= keep;
    this.countedTo -= keep;
    this.bytesTo -= keep;
    if (this.start >= 0) this.start -= keep;
  }
}

/** Splits a whole string (tests and small inputs). */
export function parseScript(text: string, file = '<input>', recover = false): ScriptItem[] {
  const splitter = new ScriptSplitter(file, recover);
  const items = [...splitter.push(text), ...splitter.end()];
  splitter.check();
  return items;
}

/** Splits a stream chunk by chunk, yielding items as they complete. */
export async function* parseStream(stream: AsyncIterable<string | Buffer>, file: string, recover = false): AsyncGenerator<ScriptItem> {
  const splitter = new ScriptSplitter(file, recover);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    yield* splitter.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    splitter.check();
  }
  yield* splitter.push(decoder.decode());
  yield* splitter.end();
  splitter.check();
}
