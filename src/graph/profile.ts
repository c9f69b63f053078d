import { Driver, ProfiledPlan } from 'neo4j-driver';
import { cypher, PlannedQuery } from './queries';

/**
 * PROFILE of a named query: how much work the database did (db hits, rows per operator) and which
 * operators the plan used. bench/profile-queries.ts records it on a large graph, and test/scale/
 * checks that it does not grow with the graph.
 */
export interface QueryProfile {
  /** Sum of db hits over every operator. */
  dbHits: number;
  /** Rows the query returned. */
  rows: number;
  /** Every operator of the plan, as `Name` or `Name(details)`, root first. */
  operators: string[];
}

function walk(plan: ProfiledPlan, out: QueryProfile): void {
  out.dbHits += Number(plan.dbHits);
  const name = plan.operatorType.replace(/@.*$/, '');
  const details = plan.arguments?.Details;
  out.operators.push(details ? `${name}(${String(details)})` : name);
  for (const child of plan.children) walk(child, out);
}

export async function profileQuery(
  driver: Driver,
  database: string,
  query: PlannedQuery,
  options: { write?: boolean } = {},
): Promise<QueryProfile> {
  return options.write
    ? profileWrite(driver, database, cypher(query.name), query.params)
    : profileText(driver, database, cypher(query.name), query.params);
}

function summarize(result: { records: unknown[]; summary: { profile: ProfiledPlan | false } }): QueryProfile {
  const out: QueryProfile = { dbHits: 0, rows: result.records.length, operators: [] };
  if (result.summary.profile) walk(result.summary.profile, out);
  return out;
}

/** PROFILE of a write (a curation query): it runs in a transaction that is rolled back, so the graph is left as it was. */
export async function profileWrite(driver: Driver, database: string, text: string, params: object): Promise<QueryProfile> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  const tx = session.beginTransaction();
  try {
    return summarize(await tx.run(`PROFILE ${text}`, params));
  } finally {
    await tx.rollback().catch(() => {});
    await session.close();
  }
}

/** PROFILE of a Cypher text (bench/profile-queries.ts runs older versions of the named queries so). */
export async function profileText(driver: Driver, database: string, text: string, params: object): Promise<QueryProfile> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return summarize(await session.run(`PROFILE ${text}`, params));
  } finally {
    await session.close();
  }
}

/**
 * Operators that read a whole label or relationship type, or every node: what no lookup by id,
 * subject, object, type or kind may use. Count-store reads (NodeCountFromCountStore) read no rows.
 */
export function scans(profile: QueryProfile): string[] {
  return profile.operators.filter((op) =>
    /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|(Directed|Undirected)(AllRelationships|RelationshipType)Scan|(Directed|Undirected)UnionRelationshipTypesScan|NodeIndexScan|(Directed|Undirected)RelationshipIndexScan)\b/.test(
      op,
    ),
  );
}
