import { ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Place } from './place.interface';

/** The place kinds of the contract. They add no fields of their own to Place. */
@ObjectType('Region', { implements: [Entity, Place], description: 'A region, such as Nagorno-Karabakh.' })
export class Region extends Place {}

@ObjectType('District', { implements: [Entity, Place], description: 'An administrative district, such as Lachin or Aghdara (Martakert).' })
export class District extends Place {}

@ObjectType('Settlement', {
  implements: [Entity, Place],
  description: 'A town or village, such as Stepanakert (Khankendi) or Yukhary Oratagh (Verin Horatagh).',
})
export class Settlement extends Place {}

@ObjectType('Corridor', { implements: [Entity, Place], description: 'A transit corridor, such as the Lachin corridor.' })
export class Corridor extends Place {}

@ObjectType('Road', { implements: [Entity, Place], description: 'A road or a route of one.' })
export class Road extends Place {}

@ObjectType('Height', { implements: [Entity, Place], description: 'A hill, height or mountain, such as Girkhgiz or Saribaba.' })
export class Height extends Place {}

@ObjectType('Facility', { implements: [Entity, Place], description: 'A built site: a checkpoint, bridge, post, base or monastery.' })
export class Facility extends Place {}

export const PLACE_TYPES = [Region, District, Settlement, Corridor, Road, Height, Facility];
