import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHANGE_ACTIONS } from '../../model/contract';
import { enumValues } from '../enum-values';
import { PageInfo } from '../pagination/page-info.type';
import { DateTimeScalar } from '../scalars/date.scalar';

export const ChangeAction = enumValues(CHANGE_ACTIONS);
registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What a curation change did (docs/curation.md).',
  valuesConfig: {
    LOAD: { description: 'A seed or data file was loaded; its statements are version 1.' },
    CREATE_ENTITY: { description: 'An entity (or a source) was created.' },
    ADD_ALIAS: { description: 'An alias was added to an entity.' },
    MERGE_ENTITIES: { description: 'An entity was merged into another; its id redirects.' },
    ASSERT_STATEMENT: { description: 'A new statement was asserted (version 1).' },
    CORRECT_STATEMENT: { description: 'A statement was corrected (a new version).' },
    END_STATEMENT: { description: 'A statement was given an end (validTo) in a new version.' },
    RETRACT_STATEMENT: { description: 'A statement was retracted: rank DEPRECATED in a new version.' },
    ADD_DISPUTE: { description: 'An actor was added to disputedBy.' },
    REMOVE_DISPUTE: { description: 'An actor was removed from disputedBy.' },
    ADD_SUPPORT: { description: 'An actor was added to supportedBy.' },
    REMOVE_SUPPORT: { description: 'An actor was removed from supportedBy.' },
    SET_RANK: { description: "A statement's rank was changed." },
  },
});

@ObjectType('Change', {
  description: 'One write to the graph: who changed what, when and why. Nothing a change replaced is lost: read it with asRecordedOn.',
})
export class Change {
  @Field(() => ID, { description: 'Stable id of the change.' })
  id!: string;

  @Field(() => Int, { description: 'Position in the change feed: grows with every change, in commit order.' })
  seq!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded; the versions it wrote have this recordedFrom.' })
  at!: string;

  @Field(() => String, { description: 'Who made it: the subject of the token, or load:<path> for a loaded file.' })
  by!: string;

  @Field(() => ChangeAction, { description: 'What it did.' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Why, in the words of who made it.' })
  comment!: string | null;

  @Field(() => ID, { nullable: true, description: 'The statement it changed, if any.' })
  statementId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of that statement it wrote.' })
  version!: number | null;

  @Field(() => [ID], { description: 'The entities it touched (a statement change: its subject and object, and who was added or removed).' })
  entityIds!: string[];

  @Field(() => [String], { description: 'The files a LOAD change loaded.' })
  files!: string[];
}

@ObjectType('ChangeEdge', { description: 'A change in a page, with its cursor.' })
export class ChangeEdge {
  @Field(() => String, {
    description: 'Opaque cursor of this change; pass it as `after` to continue after it (a change feed keeps the last one).',
  })
  cursor!: string;

  @Field(() => Change, { description: 'The change.' })
  node!: Change;
}

@ObjectType('ChangeConnection', { description: 'A page of changes, oldest first.' })
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: 'The changes of this page.' })
  edges!: ChangeEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;
}
