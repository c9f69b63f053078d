import { Field, ID, InterfaceType } from 'type-graphql';
import { labelOfKind } from '../../model/contract';
import { EntityRecord } from '../../graph/repositories/records';
import { EntityKind } from './entity-kind.enum';
import { Node } from '../node/node.interface';

/** An entity's GraphQL type is named after its kind label (SOVEREIGN_STATE -> SovereignState). */
export function typeNameOf(entity: EntityRecord): string | undefined {
  return labelOfKind(entity.kind);
}

@InterfaceType('Entity', {
  implements: Node,
  description:
    'Anything the knowledge graph describes: a state, force, organization, person, place, agreement, provision, event, allegation or source. Every entity has a stable id (a slug such as nagorno-karabakh) and a kind.',
  resolveType: (value: EntityRecord) => typeNameOf(value),
})
export abstract class Entity implements Node {
  @Field(() => ID, { description: 'Stable, human-readable id (a slug such as nagorno-karabakh), unique across entities and statements.' })
  id!: string;

  @Field(() => EntityKind, { description: 'The kind of entity; also its GraphQL type.' })
  kind!: string;

  @Field(() => String, { description: 'The name the graph uses for it, in English.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Its Wikidata item id (such as Q227), or null when unknown or unverified.' })
  wikidataId!: string | null;
}
