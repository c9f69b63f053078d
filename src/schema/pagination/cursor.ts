import { userError } from '../errors';

/**
 * Opaque cursors: base64url of "<list>:<key>", where key is the sort key of the item (its id).
 * The list name keeps a cursor from one list from being used in another.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export type CursorList = 'entities' | 'relations' | 'changes';

export function encodeCursor(list: CursorList, key: string): string {
  return Buffer.from(`${list}:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(list: CursorList, cursor: string | null | undefined, argument: 'after' | 'before' = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const prefix = `${list}:`;
  if (!text.startsWith(prefix) || text.length === prefix.length) {
    const which = argument === 'after' ? 'an endCursor' : 'a startCursor';
    throw userError(
      `"${cursor.slice(0, 80)}" is not a cursor of this list: pass ${which} or edge cursor that this query returned as ${argument}.`,
      { argument },
    );
  }
  return text.slice(prefix.length);
}

/** Checks a page size against the cap. */
export function pageSize(first: number | null | undefined, argument = 'first', fallback = DEFAULT_PAGE_SIZE): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw userError(
      `${argument} must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${n}. Page through longer lists with ${argument === 'last' ? 'before' : 'after'}.`,
      { argument },
    );
  }
  return n;
}
