import { ACTOR_TYPES } from './actor.type';
import { Agreement } from './agreement.type';
import { Allegation } from './allegation.type';
import { Event } from './event.type';
import { PLACE_TYPES } from './place.type';
import { Provision } from './provision.type';
import { Source } from './source.type';

/**
 * One GraphQL type per kind of the contract. Queries return them through the Entity, Actor and
 * Place interfaces, so the schema registers them as orphanedTypes.
 */
export const ENTITY_TYPES = [...ACTOR_TYPES, ...PLACE_TYPES, Agreement, Provision, Event, Allegation, Source];
