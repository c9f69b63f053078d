import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KindLabel, RELATIONSHIP_TYPES, RelationshipType } from '../../src/model/contract';
import { GraphGenerator, labelsOf, SEED_HUBS } from '../../src/gen/graph';
import { literal, writeScripts } from '../../src/gen/script';

// No database: these check the generator's output itself. test/scale/ loads it into Neo4j.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-gen-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function digest(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir).map((f) => [
      f,
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );
}

function generate(seed: number, out: string, entities = 500, statements = 3000) {
  return writeScripts(new GraphGenerator({ entities, statements, seed, linkSeed: 0 }), { out: path.join(tmp, out), batchSize: 200 });
}

describe('graph generator', () => {
  it('writes the same scripts for the same seed, and other scripts for another seed', () => {
    const a = generate(1, 'a');
    generate(1, 'b');
    generate(2, 'c');
    expect(a.files.map((f) => path.basename(f))).toEqual([
      '000-schema.cypher',
      '010-entities.cypher',
      '020-aliases.cypher',
      '030-statements.cypher',
    ]);
    expect(digest(path.join(tmp, 'a'))).toEqual(digest(path.join(tmp, 'b')));
    const other = digest(path.join(tmp, 'c'));
    expect(other['030-statements.cypher']).not.toBe(digest(path.join(tmp, 'a'))['030-statements.cypher']);
    expect(other['010-entities.cypher']).not.toBe(digest(path.join(tmp, 'a'))['010-entities.cypher']);
  });

  it('makes exactly the entities and statements asked for, between endpoints the contract allows', () => {
    const generator = new GraphGenerator({ entities: 2000, statements: 20_000, seed: 7, linkSeed: 0 });
    const labelOf = new Map<string, KindLabel>();
    for (const e of generator.entities()) labelOf.set(e.props.id, e.label);
    expect(labelOf.size).toBe(2000);
    const kinds = new Set(labelOf.values());
    expect(kinds.size).toBe(19);

    const allows = (endpoints: readonly string[], id: string) => labelsOf(labelOf.get(id)!).some((l) => endpoints.includes(l));
    const ids = new Set<string>();
    const degree = new Map<string, number>();
    const types = new Set<RelationshipType>();
    let open = 0;
    let disputed = 0;
    for (const s of generator.statements()) {
      const rule = RELATIONSHIP_TYPES[s.type];
      types.add(s.type);
      expect(allows(rule.from, s.subject), `${s.type} from ${s.subject}`).toBe(true);
      expect(allows(rule.to, s.object), `${s.type} to ${s.object}`).toBe(true);
      expect(s.subject).not.toBe(s.object);
      ids.add(s.props.id);
      for (const id of [s.subject, s.object]) degree.set(id, (degree.get(id) ?? 0) + 1);

      const sources = s.props.sources as string[];
      expect(sources.length).toBeGreaterThan(0);
      for (const id of sources) expect(labelOf.get(id)).toBe('Source');
      for (const key of ['assertedBy', 'disputedBy', 'supportedBy'])
        for (const id of s.props[key] as string[]) expect(labelOf.has(id), `${key} ${id}`).toBe(true);
      if (s.props.status === 'DISPUTED') {
        disputed++;
        expect((s.props.disputedBy as string[]).length).toBeGreaterThan(0);
      }
      if (s.props.provision !== undefined) expect(labelOf.get(s.props.provision as string)).toBe('Provision');

      // Dates: the text's length says its precision; validFrom comes before validTo.
      const lengths = { YEAR: 4, MONTH: 7, DAY: 10 } as Record<string, number>;
      for (const side of ['validFrom', 'validTo'] as const) {
        const value = s.props[side] as string | undefined;
        if (value === undefined) expect(s.props[`${side}Precision`]).toBeUndefined();
        else expect(value.length).toBe(lengths[s.props[`${side}Precision`] as string]);
      }
      if (s.props.validTo === undefined) open++;
      const full = (d: string) => (d + '-01-01').slice(0, 10);
      if (s.props.validFrom && s.props.validTo) expect(full(s.props.validFrom as string) < full(s.props.validTo as string)).toBe(true);
    }
    expect(ids.size).toBe(20_000);
    expect(types.size).toBe(Object.keys(RELATIONSHIP_TYPES).length);
    expect(open).toBeGreaterThan(5000);
    expect(disputed).toBeGreaterThan(1000);
    // Heavy tail: the biggest hub has hundreds of times the median degree.
    const sorted = [...degree.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(100 * sorted[Math.floor(sorted.length / 2)]);
    expect(sorted[0]).toBeGreaterThan(0.02 * 20_000);
  });

  it('reaches the seed hubs only when asked to', () => {
    const seedIds = new Set(SEED_HUBS.map((h) => h.id));
    const count = (linkSeed: number) => {
      let n = 0;
      for (const s of new GraphGenerator({ entities: 500, statements: 5000, seed: 1, linkSeed }).statements())
        if (seedIds.has(s.subject) || seedIds.has(s.object)) n++;
      return n;
    };
    expect(count(0)).toBe(0);
    expect(count(0.05)).toBeGreaterThan(100);
  });

  it('writes Cypher literals that keep quotes and backslashes', () => {
    expect(literal({ name: "it's a \\ test", n: 3, ok: true, list: ['a', null] })).toBe(
      "{name: 'it\\'s a \\\\ test', n: 3, ok: true, list: ['a', null]}",
    );
  });

  it('says what is wrong with its options', () => {
    expect(() => new GraphGenerator({ entities: 5, statements: 10, seed: 1, linkSeed: 0 })).toThrow(/at least 19/);
    expect(() => new GraphGenerator({ entities: 100, statements: 10, seed: 1, linkSeed: 2 })).toThrow(/link-seed/);
  });
});
