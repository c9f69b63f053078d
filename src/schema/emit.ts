import fs from 'node:fs';
import path from 'node:path';
import { buildApiSchema, POSSIBLE_TYPES_FILE, possibleTypesOf, printApiSchema, SCHEMA_FILE } from './index';

/**
 * `npm run schema:emit`: writes schema/schema.graphql from the TypeGraphQL classes, and
 * schema/possible-types.json, the interface -> object types map that client caches need to match
 * fragments on interfaces (Apollo Client's possibleTypes; urql Graphcache reads the schema).
 */
async function emit(): Promise<void> {
  const sdl = await printApiSchema();
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
  fs.writeFileSync(POSSIBLE_TYPES_FILE, JSON.stringify(possibleTypesOf(await buildApiSchema()), null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), POSSIBLE_TYPES_FILE)}`);
}

emit().catch((e: unknown) => {
  console.error(`error: could not build the schema: ${(e as Error).message}`);
  process.exit(1);
});
