import { describe, expect, it } from 'vitest';
import {
  cypher,
  directionFills,
  eachTypeFill,
  fillTemplate,
  integerFill,
  labelFill,
  pageRows,
  sendable,
  typesFill,
  variant,
} from '../../src/graph/queries';
import { entityCountQuery, entityPageQuery } from '../../src/graph/repositories/entities';
import { NO_ATTRIBUTION, relationCountQuery, relationPageQuery, relationsOfQuery } from '../../src/graph/repositories/relations';
import { dayPeriod } from '../../src/model/validity';
import { neighborhoodQuery, pathsQuery } from '../../src/graph/repositories/views';
import { recordedFill } from '../../src/graph/recorded-time';

// No database: which Cypher each filter combination produces (as neo4j/graphql's tck tests do).
const page = { subject: null, object: null, types: null, statuses: null, period: null, certainOnly: false, attribution: NO_ATTRIBUTION };

describe('query templates', () => {
  it('fill relationship types only from the contract', () => {
    expect(typesFill(['CLAIMS', 'CONTROLS', 'CLAIMS'])).toEqual({ text: ':CLAIMS|CONTROLS' });
    expect(() => typesFill(['CONTROLS]->() DETACH DELETE n //'])).toThrow(/not a relationship type/);
    expect(() => typesFill(['HAS_ALIAS'])).toThrow(/not a relationship type/);
    expect(() => typesFill([])).toThrow(/at least one/);
    expect(() => labelFill('Entity) DETACH DELETE (x')).toThrow(/not a kind label/);
    expect(() => integerFill(7, { min: 1, max: 6 })).toThrow(/from 1 to 6/);
    expect(() => integerFill(2.5, { min: 1, max: 6 })).toThrow();
  });

  it('refuse a template whose markers and fills do not match', () => {
    expect(() => fillTemplate('relations-of-entities', { types: typesFill(['CONTROLS']) })).toThrow(/no fill for \/\*\{in\}\*\//);
    expect(() => fillTemplate('entities-by-id', { types: typesFill(['CONTROLS']) })).toThrow(/has no marker/);
    expect(() => fillTemplate('relation-page-scan', { types: typesFill(['CONTROLS']) })).toThrow(/needs a list fill/);
  });

  it('emit a typed, directed expansion for each nested statement list', () => {
    const q = relationsOfQuery(['nagorno-karabakh'], {
      types: ['CONTROLS'],
      direction: 'INCOMING',
      period: dayPeriod('2022-08-03'),
      certainOnly: false,
      on: null,
      first: 100,
      attribution: NO_ATTRIBUTION,
      includeParts: false,
    });
    const text = cypher(q.name);
    expect(text).toContain('MATCH (e:Entity {id: id})');
    expect(text).toContain('MATCH (e)<-[r:CONTROLS]-(:Entity)');
    expect(text).toMatch(/LIMIT \$first/);
    expect(text).not.toContain('/*{');
    // Every type when none is given (so HAS_ALIAS is never expanded), either side for BOTH.
    const both = cypher(
      relationsOfQuery(['azerbaijan'], {
        types: null,
        direction: 'BOTH',
        period: null,
        certainOnly: false,
        on: null,
        first: 5,
        attribution: NO_ATTRIBUTION,
        includeParts: false,
      }).name,
    );
    expect(both).toContain('MATCH (e)-[r:AGAINST|ALLEGES|BACKS|');
    expect(both.replace(/^\/\/.*$/gm, '')).not.toContain('HAS_ALIAS');
    // The same filter gives the same registered name, so Neo4j plans the text once.
    expect(
      relationsOfQuery(['x'], {
        types: ['CONTROLS'],
        direction: 'INCOMING',
        period: null,
        certainOnly: false,
        on: null,
        first: 1,
        attribution: NO_ATTRIBUTION,
        includeParts: false,
      }).name,
    ).toBe(q.name);
  });

  it('anchor pages of statements on the subject or object, and read each type in id order otherwise', () => {
    const bySubject = cypher(
      relationPageQuery({ ...page, subject: 'azerbaijan', types: ['CONTROLS', 'CLAIMS'] }, { first: 20, after: null }).name,
    );
    expect(bySubject).toContain('MATCH (s:Entity {id: $subject})-[r:CLAIMS|CONTROLS]->(o:Entity)');
    const both = cypher(relationPageQuery({ ...page, subject: 'a', object: 'b' }, { first: 20, after: null }).name);
    expect(both).toContain('(s:Entity {id: $subject})-[r:AGAINST|');
    expect(both).toContain('->(o:Entity {id: $object})');
    const scan = relationPageQuery({ ...page, types: ['CONTROLS', 'CLAIMS'] }, { first: 20, after: 'x' });
    const scanText = cypher(scan.name);
    expect(scanText.match(/UNION ALL/g)).toHaveLength(1);
    expect(scanText).toContain('MATCH (s:Entity)-[r:CLAIMS]->(o:Entity)');
    expect(scanText).toContain('MATCH (s:Entity)-[r:CONTROLS]->(o:Entity)');
    expect(scan.params).toMatchObject({ after: 'x' });
    expect(Number(scan.params.limit)).toBe(21);
  });

  it('read a last page backward from the same index, bounded by before, and put it back in id order', () => {
    const back = entityPageQuery({ kind: null, last: 3, after: null, before: 'm' });
    expect(cypher(back.name)).toContain(
      'WHERE e.id > $after AND e.id < $before AND e.mergedInto IS NULL\nWITH e ORDER BY e.id DESC\nLIMIT $limit',
    );
    expect(back.params).toMatchObject({ after: '', before: 'm' });
    expect(Number(back.params.limit)).toBe(4);
    expect(cypher(entityPageQuery({ kind: 'SETTLEMENT', last: 3, after: null }).name)).toContain('WITH e ORDER BY e.kind DESC, e.id DESC');
    // Forward with no before: the file as written, bounds and order unchanged.
    expect(cypher(entityPageQuery({ kind: null, first: 3, after: 'a' }).name)).toBe(cypher('entity-page').replace(/\/\*\{\w+\}\*\//g, ''));
    const scan = cypher(relationPageQuery({ ...page, types: ['CONTROLS', 'CLAIMS'] }, { last: 20, after: 'a', before: 'z' }).name);
    expect(scan.match(/WHERE r\.id > \$after AND r\.id < \$before/g)).toHaveLength(2);
    expect(scan.match(/ORDER BY r\.id DESC/g)).toHaveLength(4);
    const prov = relationPageQuery({ ...page, attribution: { ...NO_ATTRIBUTION, source: 's' } }, { last: 5, after: null });
    expect(prov.name).toMatch(/^relation-page-by-provenance\(/);
    expect(cypher(prov.name).replace(/^\s*\/\/.*$/gm, '')).not.toContain('$before');
    expect(pageRows([5, 4, 3, 2], { last: 3, after: null })).toEqual({ items: [3, 4, 5], hasMore: true });
    expect(pageRows([1, 2], { first: 3, after: null })).toEqual({ items: [1, 2], hasMore: false });
    expect(pageRows([9], { last: 0, after: null })).toEqual({ items: [], hasMore: true });
  });

  it('count from the count store when nothing filters', () => {
    // The count store, less the closed statement versions (docs/curation.md).
    expect(cypher(relationCountQuery({ ...page, types: ['CONTROLS'] }).name)).toContain(
      'MATCH ()-[r:CONTROLS]->()\n  WITH count(r) AS versions',
    );
    expect(relationCountQuery({ ...page, types: ['CONTROLS'], statuses: ['DISPUTED'] }).name).toMatch(/^relation-count-scan/);
    expect(relationCountQuery({ ...page, subject: 'azerbaijan' }).name).toMatch(/^relation-count\(/);
    expect(cypher(entityCountQuery('SETTLEMENT').name)).toContain('MATCH (e:Settlement)');
    expect(entityCountQuery(null).name).toBe('entity-count');
    expect(entityPageQuery({ kind: 'SETTLEMENT', first: 5, after: null })).toMatchObject({
      name: 'entity-page-of-kind(before=;order=)',
      params: { kind: 'SETTLEMENT', after: '' },
    });
    expect(entityPageQuery({ kind: null, first: 5, after: 'b' })).toMatchObject({
      name: 'entity-page(before=;order=)',
      params: { after: 'b' },
    });
  });

  it('write path lengths as literals and types as typed patterns in the views', () => {
    const paths = cypher(
      pathsQuery({ from: 'a', to: 'b', maxHops: 3, types: ['CONTROLS', 'PART_OF'], period: null, certainOnly: false, limit: 5 }).name,
    );
    expect(paths).toContain('(a)((x)-[r:CONTROLS|PART_OF]-(y) WHERE');
    expect(paths).toContain('){1,3}(b)');
    const hood = cypher(
      neighborhoodQuery({ id: 'a', depth: 2, types: ['CLAIMS', 'CONTROLS'], period: null, certainOnly: false, maxNodes: 10, maxEdges: 100 })
        .name,
    );
    expect(hood.match(/\[r:CLAIMS\|CONTROLS\]/g)).toHaveLength(4);
  });

  it('keeps every template a query as written, with each marker in a comment', () => {
    for (const name of [
      'relations-of-entities',
      'entity-page',
      'entity-page-of-kind',
      'relation-page',
      'relation-page-scan',
      'relation-page-by-provenance',
      'relation-count',
      'relation-count-scan',
      'relation-count-all',
      'entity-count-of-kind',
      'view-neighborhood',
      'view-paths',
      'view-timeline',
    ]) {
      const text = cypher(name);
      expect(text, name).toMatch(/\/\*\{\w+\}\*\//);
      // Removing the comments leaves plain Cypher: no marker sits outside a comment.
      expect(text.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/\{\w+\}\*\/|\/\*\{/);
    }
    expect(
      variant('view-paths', { types: typesFill(['CONTROLS']), maxHops: integerFill(2, { min: 1, max: 6 }), recorded: recordedFill(null) }),
    ).toBe('view-paths(maxHops=2;recorded= AND r.recordedTo IS NULL;types=:CONTROLS)');
    expect(directionFills('OUTGOING')).toEqual({ in: { text: '' }, out: { text: '>' } });
    expect(eachTypeFill(['CONTROLS', 'CLAIMS'])).toEqual({ each: [':CLAIMS', ':CONTROLS'] });
  });
});

describe('the text sent to Neo4j', () => {
  it('drops whole-line comments (header, :param lines), blank lines and the final semicolon; keeps fills and code', () => {
    const file =
      "// A header\n// :param id => 'x'\n\nMATCH (e:Entity {id: $id})/*{types}*/\n  // why\nRETURN e.name AS name, 'a // b' AS s; // end\n;\n";
    expect(sendable(file)).toBe("MATCH (e:Entity {id: $id})/*{types}*/\nRETURN e.name AS name, 'a // b' AS s; // end");
    const text = cypher('relation-page');
    expect(text).toMatch(/^MATCH /);
    expect(text).not.toMatch(/^\s*\/\//m);
    expect(text).toContain('/*{types}*/');
  });
});
