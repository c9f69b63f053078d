import { InterfaceType } from 'type-graphql';
import { EntityRecord } from '../../graph/repositories/records';
import { Entity, typeNameOf } from './entity.interface';

@InterfaceType('Place', {
  implements: Entity,
  description:
    'An entity on the map: a region, district, settlement, corridor, road, height or facility. Places are controlled, claimed, recognized as part of a state, guaranteed, and lie in areas of responsibility.',
  resolveType: (value: EntityRecord) => typeNameOf(value),
})
export abstract class Place extends Entity {}
