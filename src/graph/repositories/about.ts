import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { GraphClient } from '../client';

function packageVersion(): string {
  const pkg: unknown = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
  const version = pkg && typeof pkg === 'object' && 'version' in pkg ? pkg.version : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

const API_VERSION = packageVersion();

export async function aboutServer(graph: GraphClient): Promise<{ apiVersion: string; neo4jVersion: string; neo4jEdition: string }> {
  const [row] = await graph.read('server-components', {});
  return { apiVersion: API_VERSION, neo4jVersion: row?.version ?? 'unknown', neo4jEdition: row?.edition ?? 'unknown' };
}
