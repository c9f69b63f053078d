import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { printApiSchema } from './index';

/** `npm run schema:emit`: writes schema/schema.graphql from the TypeGraphQL classes. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

printApiSchema().then((sdl) => {
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
});
