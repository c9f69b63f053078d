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
    expect(modernizeSchema('CREATE CONSTRAINT ON (p:Person) ASSERT p.name IS UNIQUE')).toBe('CREATE CONSTRAINT IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE');
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
    expect(parameterizeLiterals("LOAD CSV FROM 'file:///x.csv' AS row FIELDTERMINATOR ';' RETURN row")!.text).toBe("LOAD CSV FROM $_kg0 AS row FIELDTERMINATOR ';' RETURN row");
    expect(parameterizeLiterals('RETURN $p1, x2 // 3')).toBeNull();
    expect(parameterizeLiterals('RETURN 99999999999999999999')).toBeNull();
  });
});

describe('constant lists', () => {
  it('lifts a constant UNWIND list as one list parameter, and leaves indexes and comprehensions alone', () => {
    const p = parameterizeLiterals("UNWIND [{id: 1, name: 'a', w: 0.5, ok: true, tags: ['x'], no: null}, {id: -2, `odd key`: {}}] AS row CREATE (n:P) SET n = row")!;
    expect(p.text).toBe('UNWIND $_kg0 AS row CREATE (n:P) SET n = row');
    expect(p.params._kg0).toEqual([
      { id: neo4j.int(1), name: 'a', w: 0.5, ok: true, tags: ['x'], no: null },
      { id: neo4j.int(-2), 'odd key': {} },
    ]);
    expect(parameterizeLiterals('RETURN n.list[0], $rows[1], [x IN [1, 2] | x * 2]')!.text).toBe('RETURN n.list[$_kg0], $rows[$_kg1], [x IN $_kg2 | x * 2]');
    // Not constant (a function call): literal by literal
    expect(parameterizeLiterals("UNWIND [{d: date('2020-01-01')}] AS row RETURN row")!.text).toBe('UNWIND [{d: date($_kg0)}] AS row RETURN row');
  });
});
