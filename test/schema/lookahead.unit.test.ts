import { describe, expect, it } from 'vitest';
import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { MENTIONED_FIELDS, selectsAny, statementReads } from '../../src/schema/lookahead';

const projectionOf = (info: Parameters<typeof statementReads>[0], period: Parameters<typeof statementReads>[1]) =>
  statementReads(info, period).projection;

/** The resolve info of the first root field of `doc`, as far as selectsAny reads it. */
function infoOf(doc: string) {
  const parsed = parse(doc);
  const op = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsAny (look-ahead for the repositories)', () => {
  it('finds a provenance field directly, deeper down, in inline and in named fragments', () => {
    expect(selectsAny(infoOf('{ relations { edges { node { sources { id } } } } }'), MENTIONED_FIELDS)).toBe(true);
    expect(selectsAny(infoOf('{ relations { edges { node { ... on Relation { provision { id } } } } } }'), MENTIONED_FIELDS)).toBe(true);
    expect(
      selectsAny(
        infoOf('{ relations { edges { node { ...A } } } } fragment A on Relation { ...B } fragment B on Relation { disputedBy { id } }'),
        MENTIONED_FIELDS,
      ),
    ).toBe(true);
  });

  it('says no when nothing under the field reads them, even when a sibling root field does', () => {
    expect(
      selectsAny(
        infoOf('{ relations { edges { node { id subject { id name } } } } other: relations { edges { node { sources { id } } } } }'),
        MENTIONED_FIELDS,
      ),
    ).toBe(false);
    expect(selectsAny(infoOf('{ relations { totalCount pageInfo { hasNextPage } } }'), MENTIONED_FIELDS)).toBe(false);
  });

  it('stops on a fragment it has already walked', () => {
    expect(
      selectsAny(
        infoOf('{ relations { ...A ...A edges { node { ...A } } } } fragment A on RelationConnection { totalCount }'),
        MENTIONED_FIELDS,
      ),
    ).toBe(false);
  });
});

describe('statementReads (what a statement query reads)', () => {
  const period = { from: '2022-08-01', to: '2022-08-02' };

  it('reads only the core and the names of the ends for a selection of core fields and names', () => {
    expect(
      projectionOf(
        infoOf(
          '{ relations { totalCount edges { cursor node { id type validFrom status extent subject { id name } object { __typename kind } } } } }',
        ),
        null,
      ),
    ).toEqual({ parts: [], ends: 'names' });
  });

  it('adds each part whose field is selected, through fragments', () => {
    const doc =
      '{ relations { edges { node { ...S recordedBy object { ... on Place { name } } } } } } fragment S on Relation { validToLatest sources { id } }';
    expect(projectionOf(infoOf(doc), null)).toEqual({ parts: ['ranges', 'provenance', 'recorded'], ends: 'names' });
  });

  it('reads the ranges whenever a period is asked, for certainty', () => {
    expect(projectionOf(infoOf('{ relations { edges { node { id certainty } } } }'), period).parts).toEqual(['ranges']);
    expect(projectionOf(infoOf('{ relations { edges { node { id certainty } } } }'), null).parts).toEqual([]);
  });

  it('reads whole ends when either end asks more than its names, directly or in a fragment', () => {
    expect(projectionOf(infoOf('{ relations { edges { node { subject { id description } object { id } } } } }'), null).ends).toBe('all');
    expect(
      projectionOf(
        infoOf('{ relations { edges { node { object { ...E } } } } } fragment E on Entity { id ... on Place { controlledBy { id } } }'),
        null,
      ).ends,
    ).toBe('all');
    expect(projectionOf(infoOf('{ relations { edges { node { object { ...E } } } } } fragment E on Entity { id name }'), null).ends).toBe(
      'names',
    );
  });
});
