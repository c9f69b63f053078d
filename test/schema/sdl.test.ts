import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, POSSIBLE_TYPES_FILE, possibleTypesOf, printApiSchema, SCHEMA_FILE } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('is the SDL the code builds', async () => {
    const built = await printApiSchema();
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    // toBe's diff shows what changed; the message says how to bring the file up to date.
    expect(committed, 'schema/schema.graphql is out of date with the resolvers: run `npm run schema:emit` and commit the file.').toBe(
      built,
    );
  });
});

describe('schema/possible-types.json', () => {
  it('maps every interface to the types that implement it, as the code builds them', async () => {
    const built = possibleTypesOf(await buildApiSchema());
    const committed = fs.existsSync(POSSIBLE_TYPES_FILE) ? JSON.parse(fs.readFileSync(POSSIBLE_TYPES_FILE, 'utf8')) : {};
    expect(committed, 'schema/possible-types.json is out of date: run `npm run schema:emit` and commit the file.').toEqual(built);
    expect(Object.keys(built)).toEqual(['Actor', 'Entity', 'Node', 'Place']);
    expect(built.Place).toContain('Region');
    expect(built.Node).toContain('Relation');
    expect(built.Node).toEqual([...built.Entity, 'Relation'].sort());
  });
});
