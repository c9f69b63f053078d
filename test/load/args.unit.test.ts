import { describe, expect, it } from 'vitest';
import { connectionEnv, parseCommandLine } from '../../src/load/args';
import { CheckReport, formatCheckReport, summarizeViolations } from '../../src/load/checker';

describe('kg-load command line', () => {
  it("takes cypher-shell's connection flags, -P parameters and - for standard input", () => {
    const cmd = parseCommandLine([
      '-a',
      'bolt://h:7687',
      '-u',
      'me',
      '-p',
      'secret',
      '-d',
      'db1',
      '-P',
      'x => 1',
      '--param',
      "y => 'b'",
      '-',
    ]);
    expect(cmd).toMatchObject({
      name: 'load',
      paths: ['-'],
      connection: { address: 'bolt://h:7687', username: 'me', password: 'secret', database: 'db1' },
      params: ['x => 1', "y => 'b'"],
    });
    expect(connectionEnv({ address: 'bolt://h:7687', username: 'me', password: 'secret' }, {})).toEqual({
      NEO4J_URI: 'bolt://h:7687',
      NEO4J_USER: 'me',
      NEO4J_PASSWORD: 'secret',
    });
    expect(connectionEnv({}, { NEO4J_PASSWORD: 'from-env' })).toEqual({ NEO4J_PASSWORD: 'from-env' });
  });

  it('answers --version and --help in any position', () => {
    expect(parseCommandLine(['--version'])).toEqual({ name: 'version' });
    expect(parseCommandLine(['-v'])).toEqual({ name: 'version' });
    expect(parseCommandLine(['load', 'x.cypher', '--help'])).toEqual({ name: 'help' });
  });

  it('says in one line what is wrong', () => {
    expect(() => parseCommandLine(['--frobnicate', 'x'])).toThrow(/^unknown option --frobnicate$/);
    expect(() => parseCommandLine(['-'.repeat(1), '-a'])).toThrow(/^option -a, --address needs a value$/);
    expect(() => parseCommandLine(['no-such.cypher'])).toThrow(/^no-such\.cypher: no such file or directory$/);
    expect(() => parseCommandLine(['-', '--batch-size', '0'])).toThrow(/^--batch-size must be a whole number of at least 1, not "0"$/);
    expect(() => parseCommandLine(['-', '-P', 'oops'])).toThrow(/^--param "oops": expected 'name => expression'$/);
    expect(() => parseCommandLine(['check', '--format', 'xml'])).toThrow(/^--format must be text or json, not "xml"$/);
  });
});

describe('check report', () => {
  const report: CheckReport = {
    checks: ['a', 'b', 'c'],
    violations: [
      ...Array.from({ length: 5 }, (_, i) => ({ check: 'a', ids: [`n${i}`], detail: 'bad' })),
      { check: 'b', ids: ['m'], detail: 'worse' },
    ],
  };

  it('summarizes per rule with three examples by default, lists every violation with --all', () => {
    expect(summarizeViolations(report)).toEqual([
      { rule: 'a', count: 5, examples: ['a: n0: bad', 'a: n1: bad', 'a: n2: bad'] },
      { rule: 'b', count: 1, examples: ['b: m: worse'] },
    ]);
    expect(formatCheckReport(report, false)).toEqual([
      'a: 5 violations',
      '  a: n0: bad',
      '  a: n1: bad',
      '  a: n2: bad',
      '  ... and 2 more (--all lists every one)',
      'b: 1 violation',
      '  b: m: worse',
      'check: 6 violations in 2 of 3 checks.',
    ]);
    expect(formatCheckReport(report, true)).toHaveLength(7);
    expect(formatCheckReport({ checks: ['a'], violations: [] }, false)).toEqual([
      'check: the graph follows the model contract (1 checks).',
    ]);
  });
});
