import { ObjectType } from 'type-graphql';
import { Actor } from './actor.interface';
import { Entity } from './entity.interface';

/** The actor kinds of the contract. They add no fields of their own to Actor. */
@ObjectType('SovereignState', { implements: [Entity, Actor], description: 'A UN member state, such as Azerbaijan, Armenia or Russia.' })
export class SovereignState extends Actor {}

@ObjectType('UnrecognizedState', {
  implements: [Entity, Actor],
  description: 'A self-proclaimed state that no UN member recognizes, such as the Republic of Artsakh (Nagorno-Karabakh Republic).',
})
export class UnrecognizedState extends Actor {}

@ObjectType('ArmedForce', {
  implements: [Entity, Actor],
  description: "A state's or an unrecognized state's armed forces, or a unit of them.",
})
export class ArmedForce extends Actor {}

@ObjectType('PeacekeepingForce', {
  implements: [Entity, Actor],
  description: 'A peacekeeping contingent or mission, such as the Russian peacekeeping contingent in Nagorno-Karabakh.',
})
export class PeacekeepingForce extends Actor {}

@ObjectType('Organization', {
  implements: [Entity, Actor],
  description: 'An international organization or body, such as the OSCE, the European Union or the UN Security Council.',
})
export class Organization extends Actor {}

@ObjectType('GovernmentBody', {
  implements: [Entity, Actor],
  description: "A ministry or other body of a government, such as Armenia's Ministry of Foreign Affairs.",
})
export class GovernmentBody extends Actor {}

@ObjectType('Person', { implements: [Entity, Actor], description: 'A person: a head of state, minister, commander, spokesperson ...' })
export class Person extends Actor {}

export const ACTOR_TYPES = [SovereignState, UnrecognizedState, ArmedForce, PeacekeepingForce, Organization, GovernmentBody, Person];
