import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { modernizeSchema, needsAutoCommit, parameterizeLiterals } from '../../src/load/statement';

describe('statement analysis', () => {
  it('detects statements that must run alone in auto-commit', () => {
    expect(needsAutoCommit('CREATE CONSTRAINT x IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE')).toBe(true);
    expect(needsAutoCommit('// c\ncreate index for (n:A) on (n.x)')).toBe(true);
    expect(needsAutoCommit('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 100 ROWS')).toBe(true);
    expect(needsAutoCommit('DROP INDEX foo IF EXISTS')).toBe(true);
    expect(needsAutoCommit("CREATE (:Note {text: 'call it in transactions'})")).toBe(false);
    expect(needsAutoCommit('CREATE (:`CREATE INDEX`)')).toBe(false);
  });

  it('rewrites Neo4j 3.x schema syntax to its Neo4j 5 form', () => {
    expect(modernizeSchema('create index on :Software(name)')).toBe('CREATE INDEX IF NOT EXISTS FOR (n:Software) ON (n.name)');
    expect(modernizeSchema('CREATE CONSTRAINT ON (p:Person) ASSERT p.name IS UNIQUE')).toBe(
      'CREATE CONSTRAINT IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE',
    );
    expect(modernizeSchema('CREATE INDEX FOR (n:A) ON (n.x)')).toBeNull();
  });

  it('lifts string and number literals into typed parameters', () => {
    const p = parameterizeLiterals("CREATE (n1:Person {name: 'it\\'s', age: 42, score: 1.5, tags: ['a', \"b\\n\"]})")!;
    expect(p.text).toBe('CREATE (n1:Person {name: $_kg0, age: $_kg1, score: $_kg2, tags: $_kg3})');
    expect(p.params).toEqual({ _kg0: "it's", _kg1: neo4j.int(42), _kg2: 1.5, _kg3: ['a', 'b\n'] });
  });

  it('keeps literals where Cypher wants them literal', () => {
    expect(parameterizeLiterals('MATCH (a)-[:R*1..3]->(b) RETURN b')).toBeNull();
    expect(parameterizeLiterals('MATCH ((a)-[:R]->(b)){1,3} RETURN b')).toBeNull();
    expect(parameterizeLiterals('CYPHER runtime=slotted MATCH (n {x: 1}) RETURN n')).toBeNull();
    expect(parameterizeLiterals("LOAD CSV FROM 'file:///x.csv' AS row FIELDTERMINATOR ';' RETURN row")!.text).toBe(
      "LOAD CSV FROM $_kg0 AS row FIELDTERMINATOR ';' RETURN row",
    );
    expect(parameterizeLiterals('RETURN $p1, x2 // 3')).toBeNull();
    expect(parameterizeLiterals('RETURN 99999999999999999999')).toBeNull();
  });
});

describe('constant lists', () => {
  it('lifts a constant UNWIND list as one list parameter, and leaves indexes and comprehensions alone', () => {
    const p = parameterizeLiterals(
      "UNWIND [{id: 1, name: 'a', w: 0.5, ok: true, tags: ['x'], no: null}, {id: -2, `odd key`: {}}] AS row CREATE (n:P) SET n = row",
    )!;
    expect(p.text).toBe('UNWIND $_kg0 AS row CREATE (n:P) SET n = row');
    expect(p.params._kg0).toEqual([
      { id: neo4j.int(1), name: 'a', w: 0.5, ok: true, tags: ['x'], no: null },
      { id: neo4j.int(-2), 'odd key': {} },
    ]);
    expect(parameterizeLiterals('RETURN n.list[0], $rows[1], [x IN [1, 2] | x * 2]')!.text).toBe(
      'RETURN n.list[$_kg0], $rows[$_kg1], [x IN $_kg2 | x * 2]',
    );
    // Not constant (a function call): literal by literal
    expect(parameterizeLiterals("UNWIND [{d: date('2020-01-01')}] AS row RETURN row")!.text).toBe(
      'UNWIND [{d: date($_kg0)}] AS row RETURN row',
    );
  });
});

describe('literals Neo4j accepts but not as parameters (found against Neo4j 5.26)', () => {
  it('keeps path selector counts: SHORTEST 2, SHORTEST 2 GROUPS, ANY 3 PATHS', () => {
    expect(parameterizeLiterals("MATCH p = SHORTEST 2 (a:X {id: 'a'})-[:R]-+(b) RETURN p")!.text).toBe(
      'MATCH p = SHORTEST 2 (a:X {id: $_kg0})-[:R]-+(b) RETURN p',
    );
    expect(parameterizeLiterals("MATCH p = shortest 2 groups (a {id: 'a'})-[:R]-+(b) RETURN p")!.text).toBe(
      'MATCH p = shortest 2 groups (a {id: $_kg0})-[:R]-+(b) RETURN p',
    );
    expect(parameterizeLiterals("MATCH p = ANY 3 PATHS (a {id: 'a'})-[:R]-+(b) RETURN p")!.text).toBe(
      'MATCH p = ANY 3 PATHS (a {id: $_kg0})-[:R]-+(b) RETURN p',
    );
    // any() the function is not a selector: its literals are lifted
    expect(parameterizeLiterals('RETURN any(x IN [1, 2] WHERE x > 1)')!.text).toBe('RETURN any(x IN $_kg0 WHERE x > $_kg1)');
  });

  it('gives a literal written twice one parameter in a projection, so ORDER BY still matches the projected expression', () => {
    const p = parameterizeLiterals('MATCH (n) RETURN n.x + 1 AS k, count(*) AS c ORDER BY n.x + 1')!;
    expect(p.text).toBe('MATCH (n) RETURN n.x + $_kg0 AS k, count(*) AS c ORDER BY n.x + $_kg0');
    expect(p.params).toEqual({ _kg0: neo4j.int(1) });
    expect(parameterizeLiterals("MATCH (n) RETURN DISTINCT n.name + '!' AS k ORDER BY n.name + '!'")!.text).toBe(
      'MATCH (n) RETURN DISTINCT n.name + $_kg0 AS k ORDER BY n.name + $_kg0',
    );
    // the same value written differently is a different literal
    expect(parameterizeLiterals('RETURN \'a\' AS x, "a" AS y, 1 AS z, 1.0 AS w')!.text).toBe(
      'RETURN $_kg0 AS x, $_kg1 AS y, $_kg2 AS z, $_kg3 AS w',
    );
    // without a projection, coinciding values keep one parameter each (one shape for all rows)
    expect(parameterizeLiterals('CREATE (:P {a: 1, b: 1})')!.text).toBe('CREATE (:P {a: $_kg0, b: $_kg1})');
  });

  it('keeps an old octal literal (017) as written, so Neo4j refuses it as it does for cypher-shell', () => {
    expect(parameterizeLiterals('RETURN 017 AS o, 0 AS z, 0o17 AS p')!.text).toBe('RETURN 017 AS o, $_kg0 AS z, $_kg1 AS p');
  });

  it('lifts where Neo4j 5.26 takes parameters (checked against the server)', () => {
    expect(parameterizeLiterals('MATCH (n) CALL (n) { SET n.y = 1 } IN 2 CONCURRENT TRANSACTIONS OF 10 ROWS')!.text).toBe(
      'MATCH (n) CALL (n) { SET n.y = $_kg0 } IN $_kg1 CONCURRENT TRANSACTIONS OF $_kg2 ROWS',
    );
    expect(parameterizeLiterals("CREATE INDEX i IF NOT EXISTS FOR (n:X) ON (n.p) OPTIONS {indexProvider: 'range-1.0'}")!.text).toBe(
      'CREATE INDEX i IF NOT EXISTS FOR (n:X) ON (n.p) OPTIONS {indexProvider: $_kg0}',
    );
    expect(parameterizeLiterals("MATCH (n:X) SET n:$('Label')")!.text).toBe('MATCH (n:X) SET n:$($_kg0)');
    expect(parameterizeLiterals('MATCH (n) RETURN n SKIP 1 LIMIT 2')!.text).toBe('MATCH (n) RETURN n SKIP $_kg0 LIMIT $_kg1');
    expect(parameterizeLiterals("MATCH p = shortestPath((a {id: 'a'})-[*..5]-(b)) RETURN p")!.text).toBe(
      'MATCH p = shortestPath((a {id: $_kg0})-[*..5]-(b)) RETURN p',
    );
    expect(parameterizeLiterals("MATCH (a)-[:R]->+(b {id: 'q'}) RETURN b")!.text).toBe('MATCH (a)-[:R]->+(b {id: $_kg0}) RETURN b');
  });
});
