import { describe, expect, it } from 'vitest';
import { positionIn, statementFailure } from '../../src/load/failure';
import { originalOffset, parameterizeLiterals } from '../../src/load/literals';
import { StatementItem } from '../../src/load/split';

const item = (text: string): StatementItem => ({ kind: 'statement', text, file: 'f.cypher', line: 20001, column: 5, endByte: 0 });

describe('one error position', () => {
  it('maps an offset in the lifted text back to the statement as written', () => {
    const text = "CREATE (:A {name: 'a long name', n: 12345, x: nope})";
    const lifted = parameterizeLiterals(text)!;
    expect(lifted.text).toBe('CREATE (:A {name: $_kg0, n: $_kg1, x: nope})');
    const at = lifted.text.indexOf('nope');
    expect(originalOffset(lifted.edits!, at)).toBe(text.indexOf('nope'));
    expect(originalOffset(lifted.edits!, lifted.text.indexOf('$_kg1') + 2)).toBe(text.indexOf('12345')); // inside a parameter: the literal's start
    expect(originalOffset(lifted.edits!, 3)).toBe(3);
  });

  it("turns Neo4j's position in the text it ran into one file position, and drops Neo4j's own", () => {
    const text = "CREATE (:A {name: 'a long name',\n  x: nope})";
    const lifted = parameterizeLiterals(text)!;
    const ranOffset = 'EXPLAIN '.length + lifted.text.indexOf('nope');
    const error = new Error(`Variable \`nope\` not defined (line 2, column 6 (offset: ${ranOffset}))\n"..."`);
    const f = statementFailure(item(text), error, { prefix: 'EXPLAIN '.length, edits: lifted.edits });
    expect(f).toMatchObject({ file: 'f.cypher', line: 20002, column: 6, message: 'Variable `nope` not defined' });
  });

  it("counts columns from the statement's own column on its first line", () => {
    expect(positionIn({ file: 'f', line: 3, column: 5 }, 'RETURN x', 7)).toEqual({ file: 'f', line: 3, column: 12 });
    expect(positionIn({ file: 'f', line: 3, column: 5 }, 'RETURN\nx', 7)).toEqual({ file: 'f', line: 4, column: 1 });
  });

  it("keeps the statement's start when the statement was replaced as a whole, or Neo4j named no position", () => {
    const e = new Error('Invalid input (line 1, column 3 (offset: 2))');
    expect(statementFailure(item('create index on :A(b)'), e, { replaced: true })).toMatchObject({ line: 20001, column: 5 });
    expect(statementFailure(item('RETURN 1/0'), new Error('/ by zero'))).toMatchObject({ line: 20001, column: 5, message: '/ by zero' });
  });
});
