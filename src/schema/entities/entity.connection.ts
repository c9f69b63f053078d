import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../pagination/page-info.type';
import { Entity } from './entity.interface';

@ObjectType('EntityEdge', { description: 'An entity in a page, with its cursor.' })
export class EntityEdge {
  @Field(() => String, {
    description: 'Opaque cursor of this entity; pass it as `after` to continue after it, or as `before` to page back from it.',
  })
  cursor!: string;

  @Field(() => Entity, { description: 'The entity.' })
  node!: Entity;
}

@ObjectType('EntityConnection', { description: 'A page of entities, ordered by id.' })
export class EntityConnection {
  @Field(() => [EntityEdge], { description: 'The entities of this page.' })
  edges!: EntityEdge[];

  @Field(() => PageInfo, { description: 'Whether items come before and after this page, and the cursors to ask for them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many entities match the filter in all pages.' })
  totalCount!: number;

  /** Not a field: counts the whole list, run only when totalCount is asked for (entity.resolver.ts). */
  countAll!: () => Promise<number>;
}
