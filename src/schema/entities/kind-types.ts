import { ClassType, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';

/**
 * The object types of kinds that add no fields of their own to their group's interface (the actor
 * and place kinds of the contract): one per kind label, named by it, implementing Entity and the
 * group. A description for every kind of the group is required by the type of `descriptions`.
 */
export function kindTypes<K extends string>(group: abstract new () => Entity, descriptions: Readonly<Record<K, string>>): ClassType[] {
  return (Object.keys(descriptions) as K[]).map((name) => {
    @ObjectType(name, { implements: [Entity, group], description: descriptions[name] })
    class KindType extends group {}
    return KindType;
  });
}
