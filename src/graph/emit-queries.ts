import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { withIncludes } from './queries';

/**
 * `npm run build` (after tsc): writes each cypher/queries/<name>.cypher to dist/cypher/queries/
 * with its `/*{include name}*\/` pieces put in (src/graph/shared-cypher.ts), its comments and
 * `:param` lines kept: the copy to paste into Neo4j Browser. Template markers stay comments, so
 * each copy is the broadest variant, as src/graph/queries.ts describes.
 */
export function emitQueries(
  from = path.join(PROJECT_ROOT, 'cypher', 'queries'),
  to = path.join(PROJECT_ROOT, 'dist', 'cypher', 'queries'),
): string[] {
  fs.mkdirSync(to, { recursive: true });
  const files = fs
    .readdirSync(from)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  for (const file of files)
    fs.writeFileSync(path.join(to, file), withIncludes(file.replace(/\.cypher$/, ''), fs.readFileSync(path.join(from, file), 'utf8')));
  return files;
}

if (require.main === module) {
  const files = emitQueries();
  console.log(`dist/cypher/queries: ${files.length} query files with their shared Cypher put in`);
}
