import { Field, ObjectType } from 'type-graphql';

@ObjectType('PageInfo', { description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page: ask again with after: endCursor.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of this page's last item (null for an empty page); pass it as `after` for the next page." })
  endCursor!: string | null;
}
