import { describe, expect, it } from 'vitest';
import { Step, TransactionPlanner } from '../../src/load/plan';
import { ReadItem } from '../../src/load/read';
import { parseScript } from '../../src/load/split';

/** The steps for a script, in short: run:batch:<text>, commit, begin, ... */
function plan(text: string, batchSize = 3, dryRun = false): string[] {
  const planner = new TransactionPlanner({ batchSize, dryRun });
  const items: ReadItem[] = [...parseScript(text, 'f.cypher'), { kind: 'end', file: 'f.cypher' }];
  return items.flatMap((i) => planner.plan(i)).map(short);
}
function short(s: Step): string {
  switch (s.op) {
    case 'run':
      return `${s.into}:${s.item.text}`;
    case 'commit':
      return s.block ? 'commit-block' : 'commit';
    case 'rollback':
      return s.failure ? `rollback! ${s.failure.message.slice(0, 30)}` : 'rollback';
    case 'fail':
      return `fail:${s.failure.line}: ${s.failure.message}`;
    case 'use':
      return `use:${s.database}`;
    default:
      return s.op;
  }
}

describe('transaction planner', () => {
  it('groups statements into batches of batchSize, and commits at the end of the file', () => {
    expect(plan('A;B;C;D;', 3)).toEqual(['batch:A', 'batch:B', 'batch:C', 'commit', 'batch:D', 'commit']);
  });

  it('runs schema commands and CALL ... IN TRANSACTIONS alone, after committing what is open', () => {
    expect(plan('A;CREATE INDEX i FOR (n:X) ON (n.p);B;MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS;', 10)).toEqual([
      'batch:A',
      'commit',
      'alone:CREATE INDEX i FOR (n:X) ON (n.p)',
      'batch:B',
      'commit',
      'alone:MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS',
    ]);
  });

  it('keeps a :begin block as one transaction whatever its size, and :rollback discards it', () => {
    expect(plan('A;\n:begin\nB;\nC;\nD;\nE;\n:commit\n:begin\nF;\n:rollback\n', 2)).toEqual([
      'batch:A',
      'commit',
      'begin',
      'block:B',
      'block:C',
      'block:D',
      'block:E',
      'commit-block',
      'begin',
      'block:F',
      'rollback',
    ]);
  });

  it('rolls back a block left open at the end of its file, and reports misplaced commands', () => {
    expect(plan(':begin\nA;\n')).toEqual(['begin', 'block:A', 'rollback! this :begin block is never clo']);
    expect(plan(':commit\n:begin\n:begin\n:use x\n:commit\n:use bad name\n:use other\n')).toEqual([
      'fail:1: :commit without :begin',
      'begin',
      'fail:3: :begin while the block opened at line 2 is still open',
      'fail:4: :use inside a :begin block',
      'commit-block',
      'fail:6: ":use" needs a database name',
      'use:other',
    ]);
  });

  it('in a dry run, checks block statements in batches (nothing is written anyway)', () => {
    expect(plan(':begin\nA;\nB;\n:commit\n', 10, true)).toEqual(['batch:A', 'batch:B', 'commit']);
  });

  it('turns a skipped syntax error into a reported failure', () => {
    const planner = new TransactionPlanner({ batchSize: 10, dryRun: false });
    const steps = parseScript('A;\n:sleep 1\nB;', 'f.cypher', true).flatMap((i) => planner.plan(i));
    expect(steps.map(short)).toEqual([
      'batch:A',
      'fail:2: unknown client command ":sleep" (known: :begin, :commit, :rollback, :param, :params, :use, :source); skipped line 2',
      'batch:B',
    ]);
  });
});
