import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config';

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const README = read('README.md');

/** The body of a `## heading` section (up to the next `## `). */
function section(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const rest = README.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Environment variables a file reads: `env.NAME`, `process.env.NAME`, `env['NAME']`. */
function envReads(file: string): Set<string> {
  const text = read(file);
  const names = new Set<string>();
  for (const m of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g)) names.add(m[1] ?? m[2]);
  return names;
}

function tableVariables(): string[] {
  return [...section('Configuration').matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]);
}

describe('README', () => {
  it('the configuration table lists every variable that config and the test setup read', () => {
    const documented = new Set(tableVariables());
    const read = new Set([...envReads('src/config.ts'), ...envReads('test/support/global-setup.ts')]);
    expect(read.size).toBeGreaterThan(10); // the scan itself works
    const missing = [...read].filter((name) => !documented.has(name)).sort();
    expect(missing, 'add these to the table in README.md "## Configuration"').toEqual([]);
  });

  it('the configuration table lists each variable once, and only variables the project uses', () => {
    const rows = tableVariables();
    expect(rows.length).toBe(new Set(rows).size);
    const sources = [...walk('src').map((f) => read(f)), read('test/support/global-setup.ts')].join('\n');
    const unused = rows.filter((name) => !new RegExp(`\\b${name}\\b`).test(sources));
    expect(unused, 'these rows name variables nothing reads').toEqual([]);
  });

  it('the quick start is the two commands, and CI runs the test one', () => {
    const block = /```sh\n([\s\S]*?)```/.exec(section('Quick start'))![1];
    const commands = block
      .trim()
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim());
    expect(commands).toEqual(['npm install && npm start', 'npm install && npm test']);
    const ci = read('.ci/run').trim().split('\n');
    expect(ci[ci.length - 1]).toBe('npm install && npm test');
  });

  it('has the sections other documents and helpers point to', () => {
    for (const heading of ['Quick start', 'Running with Docker', 'Configuration', 'Scaling out', 'Tests']) section(heading);
    expect(README).toContain('\n### How tests keep their data apart\n');
  });
});

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? walk(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}
