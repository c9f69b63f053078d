import { InterfaceType } from 'type-graphql';
import { EntityRecord } from '../../graph/repositories/records';
import { Entity, typeNameOf } from './entity.interface';

@InterfaceType('Actor', {
  implements: Entity,
  description:
    'An entity that acts: a sovereign or unrecognized state, an armed or peacekeeping force, an organization, a government body or a person. Actors control, claim, recognize and guarantee, and make allegations.',
  resolveType: (value: EntityRecord) => typeNameOf(value),
})
export abstract class Actor extends Entity {}
