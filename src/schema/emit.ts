import fs from 'node:fs';
import path from 'node:path';
import { printApiSchema, SCHEMA_FILE } from './index';

/** `npm run schema:emit`: writes schema/schema.graphql from the TypeGraphQL classes. */
printApiSchema().then(
  (sdl) => {
    fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  },
  (e: unknown) => {
    console.error(`error: could not build the schema: ${(e as Error).message}`);
    process.exit(1);
  },
);
