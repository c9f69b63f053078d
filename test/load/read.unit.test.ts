import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadItem, ScriptReader } from '../../src/load/read';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}
async function all(reader: ScriptReader): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const i of reader.items()) out.push(i);
  return out;
}
const show = (i: ReadItem) =>
  i.kind === 'statement'
    ? i.text
    : i.kind === 'end'
      ? `end ${path.basename(i.file)}`
      : i.kind === 'skip'
        ? `skip ${i.reason}`
        : `:${i.name}`;

describe('script reader', () => {
  it('reads directories in name order, follows :source relative to the script, and counts bytes up to each item', async () => {
    const a = file('r1/01-a.cypher', 'CREATE (:A);\n:source ../parts/p.cypher\nCREATE (:C);\n');
    file('r1/02-b.cypher', 'CREATE (:D);');
    file('parts/p.cypher', 'CREATE (:B);\n');
    const reader = new ScriptReader([path.join(dir, 'r1')]);
    const total = reader.bytesTotal;
    expect(total).toBe(fs.statSync(a).size + 'CREATE (:D);'.length);
    const seen: [string, number][] = [];
    for await (const i of reader.items()) seen.push([show(i), reader.bytesRead]);
    expect(seen.map(([s]) => s)).toEqual([
      'CREATE (:A)',
      'CREATE (:B)',
      'end p.cypher',
      'CREATE (:C)',
      'end 01-a.cypher',
      'CREATE (:D)',
      'end 02-b.cypher',
    ]);
    expect(seen[0][1]).toBe('CREATE (:A);'.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i][1]).toBeGreaterThanOrEqual(seen[i - 1][1]);
    expect(reader.bytesTotal).toBe(total! + 'CREATE (:B);\n'.length); // the sourced file joined the total
    expect(seen[seen.length - 1][1]).toBe(reader.bytesTotal);
    expect(reader.files.map((f) => path.basename(f))).toEqual(['01-a.cypher', 'p.cypher', '02-b.cypher']);
  });

  it('reads standard input for -, with no total size', async () => {
    const reader = new ScriptReader(['-'], false, Readable.from([Buffer.from('CREATE (:A);\nCREATE '), Buffer.from('(:B);')]));
    expect(reader.bytesTotal).toBeUndefined();
    expect((await all(reader)).map(show)).toEqual(['CREATE (:A)', 'CREATE (:B)', 'end <stdin>']);
    expect(reader.bytesRead).toBe(25);
  });

  it('a :source that cannot be read is a script error (skipped with recover), and so is a cycle', async () => {
    const p = file('bad.cypher', 'CREATE (:A);\n:source nope.cypher\n:source bad.cypher\nCREATE (:B);\n');
    await expect(all(new ScriptReader([p]))).rejects.toThrow(/:source nope\.cypher: no such file/);
    expect((await all(new ScriptReader([p], true))).map(show)).toEqual([
      'CREATE (:A)',
      expect.stringMatching(/^skip :source nope\.cypher: no such file/),
      expect.stringMatching(/^skip :source bad\.cypher: the file is already being read/),
      'CREATE (:B)',
      'end bad.cypher',
    ]);
  });

  it('names a missing input', () => {
    expect(() => new ScriptReader([path.join(dir, 'missing.cypher')])).toThrow(/missing\.cypher: no such file or directory/);
  });
});
