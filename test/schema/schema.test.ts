import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, GraphQLEnumType, GraphQLInterfaceType, GraphQLNamedType, GraphQLObjectType, isInterfaceType, isObjectType, isScalarType } from 'graphql';
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
    expect((schema.getType('Actor') as GraphQLInterfaceType).getInterfaces().map((i) => i.name)).toEqual(['Entity']);
  });

  it('has enums of exactly the contract kinds and relationship types', async () => {
    const schema = await buildApiSchema();
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name).sort();
    expect(values('EntityKind')).toEqual(KIND_LABELS.map(kindOf).sort());
    expect(values('RelationType')).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('describes every type, field, argument and enum value of the read API', async () => {
    // The read API's root fields and every type reachable from them (the graph views in
    // src/schema/views are another area with their own tests).
    const schema = await buildApiSchema();
    const roots = ['entity', 'entities', 'search', 'relations'];
    const queryFields = schema.getQueryType()!.getFields();
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (type: GraphQLNamedType) => {
      if (seen.has(type.name) || type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) return;
      seen.add(type.name);
      if (!type.description) missing.push(type.name);
      if (type instanceof GraphQLEnumType) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
            visit(getNamedType(arg.type));
          }
          visit(getNamedType(field.type));
        }
        for (const impl of schema.getImplementations(type as GraphQLInterfaceType).objects) if (isInterfaceType(type)) visit(impl);
      }
    };
    for (const name of roots) {
      const field = queryFields[name];
      expect(field, name).toBeDefined();
      if (!field.description) missing.push(`Query.${name}`);
      for (const arg of field.args) {
        if (!arg.description) missing.push(`Query.${name}(${arg.name})`);
        visit(getNamedType(arg.type));
      }
      visit(getNamedType(field.type));
    }
    for (const label of KIND_LABELS) expect(seen.has(label), label).toBe(true);
    expect(missing).toEqual([]);
  });

  it('has one date scalar, Date, and DateTime for instants', async () => {
    const schema = await buildApiSchema();
    const scalars = Object.values(schema.getTypeMap()).filter((t) => isScalarType(t) && !['String', 'Boolean', 'Int', 'Float', 'ID'].includes(t.name));
    expect(scalars.map((t) => t.name).sort()).toEqual(['Date', 'DateTime']);
  });

  it('matches the committed schema/schema.graphql (run npm run schema:emit after a change)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });
});
