import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * Named Cypher queries, one per file under cypher/queries/ (SQL-in-files style): the file name
 * without .cypher is the query's name. Files are read once and cached. Each file can be pasted
 * into Neo4j Browser as it is, with its parameters set by :param.
 */
const QUERY_DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');
const cache = new Map<string, string>();

export class UnknownQueryError extends Error {
  override name = 'UnknownQueryError';
}

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UnknownQueryError(`bad query name "${name}"`);
    const file = path.join(QUERY_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new UnknownQueryError(`no named query ${name} (${file})`);
    text = fs.readFileSync(file, 'utf8').trim().replace(/;\s*$/, '');
    cache.set(name, text);
  }
  return text;
}
