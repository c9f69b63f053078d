import { ArgsType, Field, Int } from 'type-graphql';
import { PageWindow } from '../../graph/queries';
import { userError } from '../errors';
import { CursorList, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, pageSize } from './cursor';
import { PageInfo } from './page-info.type';

/**
 * The arguments of every connection (Relay cursor connections): `first` items from the start of
 * the list or after a cursor, or `last` items from its end or before a cursor. `after` and
 * `before` may be given together to page inside a range. `first` and `last` together are refused,
 * as GitHub's API does: the page they would mean (the last items of the first ones) is never what
 * a client pages with.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page forward: this many items from the start (or from after), 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given. Not together with last.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only items after this cursor (pageInfo.endCursor of the previous page, or an edge cursor).',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page backward: this many items from the end (or from before), 0 to ${MAX_PAGE_SIZE}. Not together with first.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only items before this cursor (pageInfo.startCursor of the next page, or an edge cursor).',
  })
  before?: string | null;
}

/** Checks the arguments and decodes the cursors into the keyset window a repository reads. */
export function pageWindow(list: CursorList, args: ConnectionArgs): PageWindow {
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) {
    throw userError('Pass first or last, not both: first pages forward (with after), last pages backward (with before).', {
      argument: 'last',
    });
  }
  const after = decodeCursor(list, args.after, 'after');
  const before = decodeCursor(list, args.before, 'before');
  return last !== null ? { last: pageSize(last, 'last'), after, before } : { first: pageSize(first, 'first'), after, before };
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * Edges and PageInfo of a page read in `window` (items in list order, `hasMore` when more follow
 * in the direction read). The flag of the other direction (hasPreviousPage of a `first` page,
 * hasNextPage of a `last` page) is false when the page starts at that end of the list (no after,
 * or no before); otherwise `exists` is asked, only if the client selects the flag, with a window
 * of size 0 just beyond the page: it answers whether that window has more items (one index row).
 */
export function connectionOf<T extends { id: string }>(
  list: CursorList,
  window: PageWindow,
  page: { items: T[]; hasMore: boolean },
  exists: (beyond: PageWindow) => Promise<boolean>,
): { edges: Edge<T>[]; pageInfo: PageInfo } {
  const edges = page.items.map((node) => ({ cursor: encodeCursor(list, node.id), node }));
  const firstId = page.items.length ? page.items[0].id : null;
  const lastId = page.items.length ? page.items[page.items.length - 1].id : null;
  const pageInfo: PageInfo = { startCursor: edges[0]?.cursor ?? null, endCursor: edges.length ? edges[edges.length - 1].cursor : null };
  if (window.last !== undefined) {
    pageInfo.hasPreviousPage = page.hasMore;
    // Items after the page: after its last item, or (an empty page) after `after`, as none lies between.
    if (window.before == null) pageInfo.hasNextPage = false;
    else pageInfo.nextExists = () => exists({ first: 0, after: lastId ?? window.after, before: null });
  } else {
    pageInfo.hasNextPage = page.hasMore;
    // Items before the page: before its first item, or (an empty page) before `before`, as none lies between.
    if (window.after == null) pageInfo.hasPreviousPage = false;
    else pageInfo.previousExists = () => exists({ last: 0, after: null, before: firstId ?? window.before ?? null });
  }
  return { edges, pageInfo };
}
