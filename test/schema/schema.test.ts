import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {
  GraphQLEnumType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { KIND_LABELS, kindOf, RELATIONSHIP_TYPE_NAMES, ACTOR_KINDS, PLACE_KINDS } from '../../src/model/contract';
import { buildApiSchema, printApiSchema } from '../../src/schema';

describe('the GraphQL schema', () => {
  it('has a type per contract kind, implementing Entity, and Actor or Place for actors and places', async () => {
    const schema = await buildApiSchema();
    for (const label of KIND_LABELS) {
      const type = schema.getType(label);
      expect(isObjectType(type), label).toBe(true);
      const interfaces = (type as GraphQLObjectType).getInterfaces().map((i) => i.name);
      expect(interfaces, label).toContain('Entity');
      if ((ACTOR_KINDS as readonly string[]).includes(label)) expect(interfaces, label).toContain('Actor');
      if ((PLACE_KINDS as readonly string[]).includes(label)) expect(interfaces, label).toContain('Place');
    }
    expect(isInterfaceType(schema.getType('Entity'))).toBe(true);
    // Entity implements Relay's Node, so its sub-interfaces name both.
    expect((schema.getType('Actor') as GraphQLInterfaceType).getInterfaces().map((i) => i.name)).toEqual(['Entity', 'Node']);
  });

  it('has enums of exactly the contract kinds and relationship types', async () => {
    const schema = await buildApiSchema();
    const values = (name: string) =>
      (schema.getType(name) as GraphQLEnumType)
        .getValues()
        .map((v) => v.name)
        .sort();
    expect(values('EntityKind')).toEqual(KIND_LABELS.map(kindOf).sort());
    expect(values('RelationType')).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('describes every type, field, argument, enum value and input field of the whole schema', async () => {
    // Introspects the built schema, so whatever area a type comes from (read API, views, about),
    // GraphiQL shows a description for it.
    const schema = await buildApiSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isInputObjectType(type))
        for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${type.name}.${f.name}`);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    for (const label of KIND_LABELS) expect(schema.getType(label), label).toBeDefined();
    expect(missing).toEqual([]);
  });

  it('has one date scalar, Date, and DateTime for instants', async () => {
    const schema = await buildApiSchema();
    const scalars = Object.values(schema.getTypeMap()).filter(
      (t) => isScalarType(t) && !['String', 'Boolean', 'Int', 'Float', 'ID'].includes(t.name),
    );
    expect(scalars.map((t) => t.name).sort()).toEqual(['Date', 'DateTime']);
  });

  it('matches the committed schema/schema.graphql (run npm run schema:emit after a change)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });
});
