import { PLACE_KINDS } from '../../model/contract';
import { kindTypes } from './kind-types';
import { Place } from './place.interface';

/** The place kinds of the contract. They add no fields of their own to Place. */
export const PLACE_TYPES = kindTypes<(typeof PLACE_KINDS)[number]>(Place, {
  Region: 'A region, such as Nagorno-Karabakh.',
  District: 'An administrative district, such as Lachin or Aghdara (Martakert).',
  Settlement: 'A town or village, such as Stepanakert (Khankendi) or Yukhary Oratagh (Verin Horatagh).',
  Corridor: 'A transit corridor, such as the Lachin corridor.',
  Road: 'A road or a route of one.',
  Height: 'A hill, height or mountain, such as Girkhgiz or Saribaba.',
  Facility: 'A built site: a checkpoint, bridge, post, base or monastery.',
});
