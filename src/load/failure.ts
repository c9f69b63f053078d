import { Neo4jError } from 'neo4j-driver';
import { Edit, originalOffset } from './literals';
import { excerptOf, LoadFailure } from './report';
import { CommandItem, Position, StatementItem } from './split';

/**
 * One error position: Neo4j reports "(line L, column C (offset: O))" in the text it ran, which may
 * be the statement with its literals lifted or with "EXPLAIN " in front. This maps that offset back
 * to the statement as written, then to the file, and drops Neo4j's own position from the message,
 * so a failure names one place: file:line:column of the offending token.
 */
const NEO4J_POSITION = /\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** How the text Neo4j ran was made from the statement as written. */
export interface Rewrite {
  /** Characters put in front (such as "EXPLAIN "). */
  prefix?: number;
  /** Lifted literals (offsets in the text after the prefix). */
  edits?: readonly Edit[];
  /** The statement was replaced as a whole (old schema syntax): no position inside it means anything. */
  replaced?: boolean;
}

/** The file position of `offset` characters into the statement that starts at `at`. */
export function positionIn(at: Position, text: string, offset: number): Position {
  let line = at.line;
  let lineStart = -1;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl;
  }
  const column = lineStart < 0 ? at.column + offset : offset - lineStart;
  return { file: at.file, line, column };
}

/** The failure of a statement that Neo4j refused, at the position Neo4j named (mapped to the file), or the statement's start. */
export function statementFailure(item: StatementItem, error: unknown, rewrite: Rewrite = {}): LoadFailure {
  const code = error instanceof Neo4jError && error.code ? error.code : undefined;
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const m = NEO4J_POSITION.exec(first);
  const message = m ? first.replace(NEO4J_POSITION, '') : first;
  let pos: Position = { file: item.file, line: item.line, column: item.column };
  if (m && !rewrite.replaced) {
    const ran = Number(m[3]) - (rewrite.prefix ?? 0);
    const offset = rewrite.edits ? originalOffset(rewrite.edits, ran) : ran;
    if (offset >= 0 && offset <= item.text.length) pos = positionIn(item, item.text, offset);
  }
  return { ...pos, excerpt: excerptOf(item.text), code, message };
}

/** A failure found by the loader itself (a client command, a script syntax error). */
export function clientFailure(at: Position, message: string, excerpt = ''): LoadFailure {
  return { file: at.file, line: at.line, column: at.column, excerpt, message };
}

/** The failure of a client command (a :param expression Neo4j refused). */
export function commandFailure(item: CommandItem, error: unknown): LoadFailure {
  const code = error instanceof Neo4jError && error.code ? error.code : undefined;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].replace(NEO4J_POSITION, '');
  return { file: item.file, line: item.line, column: item.column, excerpt: excerptOf(commandText(item)), code, message };
}

export function commandText(item: CommandItem): string {
  return `:${item.name}${item.args ? ` ${item.args}` : ''}`;
}
