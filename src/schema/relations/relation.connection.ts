import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../pagination/page-info.type';
import { Relation } from './relation.type';

@ObjectType('RelationEdge', { description: 'A statement in a page, with its cursor.' })
export class RelationEdge {
  @Field(() => String, {
    description: 'Opaque cursor of this statement; pass it as `after` to continue after it, or as `before` to page back from it.',
  })
  cursor!: string;

  @Field(() => Relation, { description: 'The statement.' })
  node!: Relation;
}

@ObjectType('RelationConnection', { description: 'A page of statements, ordered by id.' })
export class RelationConnection {
  @Field(() => [RelationEdge], { description: 'The statements of this page.' })
  edges!: RelationEdge[];

  @Field(() => PageInfo, { description: 'Whether items come before and after this page, and the cursors to ask for them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many statements match the filter in all pages.' })
  totalCount!: number;

  /** Not a field: counts the whole list, run only when totalCount is asked for (relation.resolver.ts). */
  countAll!: () => Promise<number>;
}
