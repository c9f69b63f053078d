import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';

@ObjectType('PageInfo', {
  description:
    'Where a page sits in its list (Relay cursor connections): whether items come before and after it, and the cursors to ask for them.',
})
export class PageInfo {
  @Field(() => Boolean, {
    description:
      'True when more items follow this page: ask again with first and after: endCursor. Exact both ways; for a page read with last and before it costs a one-row lookup, made only when this field is selected.',
  })
  hasNextPage?: boolean;

  @Field(() => Boolean, {
    description:
      'True when items come before this page: ask again with last and before: startCursor. Exact both ways; for a page read with first and after it costs a one-row lookup, made only when this field is selected.',
  })
  hasPreviousPage?: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of this page's first item (null for an empty page); pass it as `before` for the previous page.",
  })
  startCursor?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of this page's last item (null for an empty page); pass it as `after` for the next page.",
  })
  endCursor!: string | null;

  /** Not a field: looks up whether items follow the page (a one-row keyset query), used when hasNextPage is not known from the page itself. */
  nextExists?: () => Promise<boolean>;

  /** Not a field: looks up whether items precede the page, used when hasPreviousPage is not known from the page itself. */
  previousExists?: () => Promise<boolean>;
}

/** The flags the page could not tell by itself cost one small query each, and only when asked for. */
@Resolver(() => PageInfo)
export class PageInfoResolver {
  @FieldResolver(() => Boolean)
  hasNextPage(@Root() info: PageInfo): boolean | Promise<boolean> {
    return info.hasNextPage ?? info.nextExists?.() ?? false;
  }

  @FieldResolver(() => Boolean)
  hasPreviousPage(@Root() info: PageInfo): boolean | Promise<boolean> {
    return info.hasPreviousPage ?? info.previousExists?.() ?? false;
  }

  @FieldResolver(() => String, { nullable: true })
  startCursor(@Root() info: PageInfo): string | null {
    return info.startCursor ?? null;
  }
}
