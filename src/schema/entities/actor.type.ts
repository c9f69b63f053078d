import { ACTOR_KINDS } from '../../model/contract';
import { Actor } from './actor.interface';
import { kindTypes } from './kind-types';

/** The actor kinds of the contract. They add no fields of their own to Actor. */
export const ACTOR_TYPES = kindTypes<(typeof ACTOR_KINDS)[number]>(Actor, {
  SovereignState: 'A UN member state, such as Azerbaijan, Armenia or Russia.',
  UnrecognizedState: 'A self-proclaimed state that no UN member recognizes, such as the Republic of Artsakh (Nagorno-Karabakh Republic).',
  ArmedForce: "A state's or an unrecognized state's armed forces, or a unit of them.",
  PeacekeepingForce: 'A peacekeeping contingent or mission, such as the Russian peacekeeping contingent in Nagorno-Karabakh.',
  Organization: 'An international organization or body, such as the OSCE, the European Union or the UN Security Council.',
  GovernmentBody: "A ministry or other body of a government, such as Armenia's Ministry of Foreign Affairs.",
  Person: 'A person: a head of state, minister, commander, spokesperson ...',
});
