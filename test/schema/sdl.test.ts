import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printApiSchema, SCHEMA_FILE } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the code builds', async () => {
    const built = await printApiSchema();
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    // toBe's diff shows what changed; the message says how to bring the file up to date.
    expect(committed, 'schema/schema.graphql is out of date with the resolvers: run `npm run schema:emit` and commit the file.').toBe(built);
  });
});
