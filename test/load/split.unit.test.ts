import { describe, expect, it } from 'vitest';
import { parseScript, ScriptItem, ScriptSplitter, ScriptSyntaxError } from '../../src/load/split';

const statements = (items: ScriptItem[]) => items.filter((i) => i.kind === 'statement').map((i) => (i.kind === 'statement' ? i.text : ''));

describe('cypher-shell script parser', () => {
  it('ends a statement only at a ; outside strings, comments and backtick names', () => {
    const text = [
      'CREATE (:A {s: \'a;b\', t: "c;d"});',
      'CREATE (:`We;ird` {`x;y`: 1}); // trailing; comment',
      '/* block; comment */ CREATE (:B);',
      "MATCH (n) WHERE n.u = 'http://example.org/a;b' // not a comment start: inside a string above",
      'RETURN n;',
    ].join('\n');
    expect(statements(parseScript(text))).toEqual([
      'CREATE (:A {s: \'a;b\', t: "c;d"})',
      'CREATE (:`We;ird` {`x;y`: 1})',
      'CREATE (:B)',
      "MATCH (n) WHERE n.u = 'http://example.org/a;b' // not a comment start: inside a string above\nRETURN n",
    ]);
  });

  it('keeps comment markers inside strings and backtick names as text', () => {
    const items = statements(parseScript("CREATE (:A {s: '// not a comment', t: '/* nor this */', `//k`: 1});\nCREATE (:B);"));
    expect(items).toEqual(["CREATE (:A {s: '// not a comment', t: '/* nor this */', `//k`: 1})", 'CREATE (:B)']);
  });

  it('handles escaped quotes, unicode and CRLF line endings', () => {
    const text = "CREATE (:A {s: 'it\\'s; \"fine\"', t: \"a \\\"q\\\"; b\", u: 'Şuşa – Շուշի \\u00e9'});\r\nCREATE (:B {n: 'x\\\\'});\r\n";
    const items = parseScript(text);
    expect(statements(items)).toEqual([
      'CREATE (:A {s: \'it\\\'s; "fine"\', t: "a \\"q\\"; b", u: \'Şuşa – Շուշի \\u00e9\'})',
      "CREATE (:B {n: 'x\\\\'})",
    ]);
    expect(items[1]).toMatchObject({ line: 2, column: 1 });
  });

  it('takes a last statement without ; and skips empty statements', () => {
    expect(statements(parseScript(';;\n  ;\nCREATE (:A);;; // c\n/* only a comment */;\nCREATE (:B)\n'))).toEqual([
      'CREATE (:A)',
      'CREATE (:B)',
    ]);
    expect(statements(parseScript('CREATE (:A) // a comment at the very end'))).toEqual(['CREATE (:A) // a comment at the very end']);
  });

  it('reports where each statement starts', () => {
    const items = parseScript('// header\n\n  CREATE (:A)\n  SET x = 1;\nCREATE (:B);');
    expect(items.map((i) => [i.line, i.column])).toEqual([
      [3, 3],
      [5, 1],
    ]);
  });

  it('reads client commands on their own lines', () => {
    const items = parseScript(':begin\nCREATE (:A);\n:commit\n:param limit => 10\n:params {a: 1}\n:use neo4j\n:rollback\n');
    expect(items.map((i) => (i.kind === 'command' ? `:${i.name} ${i.args}`.trim() : i.kind === 'statement' ? i.text : i.reason))).toEqual([
      ':begin',
      'CREATE (:A)',
      ':commit',
      ':param limit => 10',
      ':params {a: 1}',
      ':use neo4j',
      ':rollback',
    ]);
  });

  it('does not take a : inside a statement for a command', () => {
    expect(statements(parseScript('MATCH (n)\n:Label RETURN n;'))).toEqual(['MATCH (n)\n:Label RETURN n']);
  });

  it('rejects an unknown client command with its line', () => {
    expect(() => parseScript('CREATE (:A);\n\n:sleep 10\n', 'seed.cypher')).toThrowError(ScriptSyntaxError);
    expect(() => parseScript('CREATE (:A);\n\n:sleep 10\n', 'seed.cypher')).toThrowError(
      /^seed\.cypher:3:1: unknown client command ":sleep"/,
    );
  });

  it('rejects an unterminated string with the line it opened on', () => {
    expect(() => parseScript("CREATE (:A);\nCREATE (:B {s: 'open\n;\n", 'f.cypher')).toThrowError(/^f\.cypher:2:16: unterminated string/);
  });

  it('gives the same statements whatever the chunk boundaries', () => {
    const text = "// c;1\nCREATE (:A {s: 'a;/*b'}) /* x;y */ ;\n:begin\nMATCH (n) // z;\nRETURN n/2;\n:commit\nCREATE (:`B;`)";
    const whole = parseScript(text).map((i) => JSON.stringify({ ...i, bytesRead: 0 }));
    for (let size = 1; size <= 7; size++) {
      const parser = new ScriptSplitter('<input>');
      const items: ScriptItem[] = [];
      for (let i = 0; i < text.length; i += size) items.push(...parser.push(text.slice(i, i + size)));
      items.push(...parser.end());
      expect(items.map((i) => JSON.stringify({ ...i, bytesRead: 0 }))).toEqual(whole);
    }
  });
});
