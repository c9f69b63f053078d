import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { withIncludes } from '../../src/graph/queries';
import { seededGraphForFile, testTarget } from '../support/neo4j';

/**
 * Every named query file can be pasted into Neo4j Browser in its pasteable copy (the file with its
 * `/*{include name}*\/` pieces put in, as dist/cypher/queries/ has it: src/graph/emit-queries.ts):
 * its `// :param name => value` lines set every parameter it uses, and the copy (a template's
 * markers are comments, so it is the broadest variant) runs against the seed with them and returns
 * rows. Each file runs in a transaction that is rolled back, so a write query leaves nothing behind.
 */
const DIR = path.join(PROJECT_ROOT, 'cypher', 'queries');
const FILES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.cypher'))
  .sort();
/** Files whose example answers with no rows, and why. */
const NO_ROWS_EXPECTED: Record<string, string> = {
  'changes-of-entity.cypher': "the seed's changes are loads, which name their files, not entities (test/curation/ reads a mutation's)",
  'record-load.cypher': 'the seed is recorded when it is loaded, so on the seeded graph there is nothing left to stamp',
};

function parse(file: string): { body: string; params: Map<string, string> } {
  const text = withIncludes(file, fs.readFileSync(path.join(DIR, file), 'utf8'));
  const params = new Map<string, string>();
  for (const m of text.matchAll(/^\/\/ :param (\w+) => (.+)$/gm)) params.set(m[1], m[2].trim());
  // Comments out (line comments, and the template markers, which are block comments), then the $names used.
  const body = text.trim().replace(/;\s*$/, '');
  return { body, params };
}

function usedParameters(body: string): Set<string> {
  const code = body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\]|\\.)*'/g, "''");
  return new Set([...code.matchAll(/\$(\w+)/g)].map((m) => m[1]));
}

const seeded = seededGraphForFile();

describe('query files run as written with their :param lines', () => {
  it('covers every file', () => {
    expect(FILES.length).toBeGreaterThan(20);
  });

  for (const file of FILES) {
    it(file, async () => {
      const { body, params } = parse(file);
      const missing = [...usedParameters(body)].filter((p) => !params.has(p));
      expect(missing, `${file} uses parameters without a :param line`).toEqual([]);
      const session = seeded.driver.session({ database: testTarget().database });
      try {
        // The values are Cypher literals, as Neo4j Browser reads them: Neo4j evaluates them.
        const values: Record<string, unknown> = {};
        for (const [name, literal] of params) values[name] = (await session.run(`RETURN ${literal} AS v`)).records[0].get('v');
        const tx = session.beginTransaction();
        try {
          const result = await tx.run(body, values);
          if (!(file in NO_ROWS_EXPECTED)) expect(result.records.length, `${file} answers its example with rows`).toBeGreaterThan(0);
        } finally {
          await tx.rollback();
        }
      } finally {
        await session.close();
      }
    });
  }
});
