import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entities/entity.interface';
import { Relation } from '../relations/relation.type';
import { Change } from './change.type';

@ObjectType('CurationPayload', {
  description:
    "What a curation mutation did: the change it recorded and the statement version or entity it wrote. The response's extensions.bookmarks, sent back in a Neo4j-Bookmark header, makes later reads see this write on any copy of the API.",
})
export class CurationPayload {
  @Field(() => Change, { description: 'The change recorded (or, when replayed, the change the first request recorded).' })
  change!: Change;

  @Field(() => Boolean, {
    description:
      "True when the idempotency key named an earlier identical request: this answer is that request's, and nothing was written now.",
  })
  replayed!: boolean;

  @Field(() => Relation, { nullable: true, description: 'The statement version written (statement mutations).' })
  statement!: Relation | null;

  @Field(() => Entity, {
    nullable: true,
    description: 'The entity created or changed (entity mutations; for a merge, the entity merged into).',
  })
  entity!: Entity | null;
}

@ObjectType('IssuedToken', { description: 'A signed bearer token (send it as Authorization: Bearer <token>).' })
export class IssuedToken {
  @Field(() => String, { description: 'The token. It is shown once: the server keeps no copy.' })
  token!: string;

  @Field(() => String, { description: 'Its id (jti), to revoke it.' })
  tokenId!: string;

  @Field(() => String, { description: 'When it expires (ISO 8601).' })
  expiresAt!: string;
}

@ObjectType('RevokedToken', { description: 'A token that writes refuse from now on.' })
export class RevokedToken {
  @Field(() => String, { description: 'Its id (jti).' })
  tokenId!: string;

  @Field(() => String, { description: 'When it was revoked (ISO 8601).' })
  revokedAt!: string;
}
