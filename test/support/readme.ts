import fs from 'node:fs';
import path from 'node:path';

/** The ```graphql blocks of README.md, in order, with their operation names. */
export interface ReadmeQuery {
  name: string;
  query: string;
  line: number;
}

export const README = path.join(__dirname, '..', '..', 'README.md');

export function readmeQueries(): ReadmeQuery[] {
  const text = fs.readFileSync(README, 'utf8');
  const out: ReadmeQuery[] = [];
  for (const m of text.matchAll(/^```graphql[ \t]*\n([\s\S]*?)^```/gm)) {
    const query = m[1];
    const name = /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/m.exec(query)?.[1] ?? '(anonymous)';
    out.push({ name, query, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** One README query by its operation name; fails loudly when the README no longer has it. */
export function readmeQuery(name: string): string {
  const found = readmeQueries().find((q) => q.name === name);
  if (!found) throw new Error(`README.md has no \`\`\`graphql block with "query ${name}"`);
  return found.query;
}

export const API_DOC = path.join(__dirname, '..', '..', 'docs', 'api.md');

/** One ```graphql block of another Markdown file (docs/api.md) by its operation name. */
export function docQuery(file: string, name: string): string {
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^```graphql[ \t]*\n([\s\S]*?)^```/gm)) {
    if (new RegExp(`^\\s*query\\s+${name}\\b`, 'm').test(m[1])) return m[1];
  }
  throw new Error(`${path.basename(file)} has no \`\`\`graphql block with "query ${name}"`);
}
