import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';

/**
 * Nothing in a write path deletes or overwrites a statement (docs/curation.md): no named query
 * has DELETE, and the code that writes (src/curation, src/schema/curation, src/graph) names no
 * Cypher of its own. The mutation tests then check on the real Neo4j that each write leaves every
 * earlier version in place (statementHistory keeps growing).
 */
const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const withoutComments = (cypher: string) => cypher.replace(/\/\/.*$/gm, '');

function files(dir: string, ext: string): string[] {
  return fs
    .readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), ext) : e.name.endsWith(ext) ? [path.join(dir, e.name)] : []));
}

describe('no write path deletes a statement', () => {
  it('no named query deletes anything, or sets a statement from a map without its history', () => {
    const queries = files('cypher/queries', '.cypher');
    expect(queries.length).toBeGreaterThan(20);
    for (const file of queries) {
      const text = withoutComments(read(file));
      expect(text, file).not.toMatch(/\bDELETE\b/i);
      expect(text, file).not.toMatch(/\bREMOVE\s+\w+\s*:/i); // no label removed
    }
  });

  it('the write queries only add relationships, and close a version instead of changing it', () => {
    const revise = withoutComments(read('cypher/queries/statement-revise.cypher'));
    // The current version keeps every property: only recordedTo and closedBy are set on it.
    const onOld = [...revise.matchAll(/\bold\.(\w+)\s*=/g)].map((m) => m[1]);
    expect(onOld.sort()).toEqual(['closedBy', 'recordedTo']);
    expect(revise).toMatch(/CREATE \(s\)-\[r:\$\(type\(old\)\)\]->\(o\)/);
  });

  it('the code of the write path sends only named queries (no Cypher strings)', () => {
    for (const file of [...files('src/curation', '.ts'), ...files('src/schema/curation', '.ts'), ...files('src/auth', '.ts')]) {
      const text = read(file);
      expect(text, file).not.toMatch(/\b(MATCH|MERGE|CREATE|DELETE|DETACH)\s*\(/);
      expect(text, file).not.toMatch(/executeQuery|session\.run|\.run\(\s*['"`](MATCH|CREATE|MERGE)/);
    }
  });

  it('the statement lookups name every statement type of the contract (a union of index seeks)', () => {
    for (const name of ['statement-current', 'statement-versions', 'statement-revise']) {
      const text = withoutComments(read(`cypher/queries/${name}.cypher`));
      const types = /\[\w+:([A-Z_|]+) \{id: \$id\}\]/.exec(text)![1].split('|');
      expect(types.sort(), name).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
    }
  });
});
