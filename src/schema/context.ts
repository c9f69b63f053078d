import { GraphClient, OperationBudget } from '../graph/client';

/** What every resolver receives: a per-request graph client (its queries are counted) and loaders. */
export interface Context {
  graph: GraphClient;
  /** Per-request memo for DataLoaders, keyed by loader name, so batching spans the whole request. */
  loaders: Map<string, unknown>;
}

/** `budget`: the operation's deadline, cancel signal and session cap (src/http sets them). */
export function createContext(graph: GraphClient, budget: OperationBudget = {}): Context {
  return { graph: graph.forRequest(budget), loaders: new Map() };
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
