import { RequestAuth, requestAuth } from '../auth';
import { GraphClient, OperationBudget } from '../graph/client';

/** The parts of an HTTP request the context reads (express's req fits). */
export interface RequestHeaders {
  headers: Record<string, string | string[] | undefined>;
}

/** What every resolver receives: a per-request graph client (its queries are counted) and loaders. */
export interface Context {
  graph: GraphClient;
  /** Per-request memo for DataLoaders, keyed by loader name, so batching spans the whole request. */
  loaders: Map<string, unknown>;
  /** The caller (verified on first need): docs/curation.md. */
  auth: RequestAuth;
  /** The Idempotency-Key header, when sent: mutations take it when no argument names one. */
  idempotencyKey: string | null;
  /** Bookmarks of this request's writes, sent back in the response's extensions.bookmarks. */
  writeBookmarks: string[];
}

function header(request: RequestHeaders | undefined, name: string): string | undefined {
  const value = request?.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * @param budget the operation's deadline, cancel signal and session cap (src/http sets them).
 * @param request the HTTP request: its Authorization, Idempotency-Key and Neo4j-Bookmark headers
 * (queries wait for the bookmarks a mutation returned: read-your-writes across API copies).
 */
export function createContext(graph: GraphClient, budget: OperationBudget = {}, request?: RequestHeaders): Context {
  const bookmarks = (header(request, 'neo4j-bookmark') ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  return {
    graph: graph.forRequest({ ...budget, bookmarks }),
    loaders: new Map(),
    auth: requestAuth(header(request, 'authorization')),
    idempotencyKey: header(request, 'idempotency-key') ?? null,
    writeBookmarks: [],
  };
}

/** Returns the request's loader called `name`, creating it on first use. */
export function loader<T>(ctx: Context, name: string, create: () => T): T {
  let existing = ctx.loaders.get(name) as T | undefined;
  if (existing === undefined) {
    existing = create();
    ctx.loaders.set(name, existing);
  }
  return existing;
}
