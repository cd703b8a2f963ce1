import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { givenGroup, groupRegistered, ids, thrown } from '../../testing/fixtures.js';
import { decideAssertRelation, type AssertRelation } from './assert-relation.decide.js';
import { AssertRelationBodySchema } from './assert-relation.schema.js';
import { expectCitationRule } from '../../testing/citation-rule.js';

const tjpRegistered = groupRegistered({ groupId: ids.tjp, name: 'TJP' });
const tjp = () => givenGroup(tjpRegistered);
const cmd: AssertRelation = {
  groupId: ids.tjp,
  relationId: ids.relation1,
  relation: 'suspected_front_of',
  otherGroupId: ids.ttp,
  validFrom: '2023',
  sourceId: ids.src1,
  confidence: 55,
};

describe('assert-relation', () => {
  it('records the relation with nulls for what was not given', () => {
    expect(decideAssertRelation(tjp(), cmd)).toEqual([
      {
        type: 'GroupRelationAsserted',
        data: {
          relationId: ids.relation1,
          relation: 'suspected_front_of',
          otherGroupId: ids.ttp,
          validFrom: '2023',
          validTo: null,
          sourceId: ids.src1,
          citation: null,
          confidence: 55,
        },
      },
    ]);
  });

  it('a relation to itself violates otherGroup', () => {
    const error = thrown(() => decideAssertRelation(tjp(), { ...cmd, otherGroupId: ids.tjp }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('otherGroup');
  });

  it('validFrom after validTo violates validTo', () => {
    expect(thrown(() => decideAssertRelation(tjp(), { ...cmd, validFrom: '2020-05', validTo: '2019' })).path).toBe(
      'validTo',
    );
  });

  it('confidence outside 0..100 violates confidence', () => {
    expect(thrown(() => decideAssertRelation(tjp(), { ...cmd, confidence: 101 })).path).toBe('confidence');
  });

  it('re-using a relation id is a conflict', () => {
    const state = givenGroup(tjpRegistered, {
      type: 'GroupRelationAsserted',
      data: {
        relationId: ids.relation1,
        relation: 'rival_of',
        otherGroupId: ids.iskp,
        validFrom: null,
        validTo: null,
        sourceId: null,
        confidence: null,
      },
    });
    expect(thrown(() => decideAssertRelation(state, cmd))).toBeInstanceOf(ConflictError);
  });

  it('an unknown group is not found', () => {
    expect(thrown(() => decideAssertRelation(null, cmd))).toBeInstanceOf(NotFoundError);
  });

  it('schema accepts a group reference by name and rejects an unknown relation', () => {
    expect(AssertRelationBodySchema.parse({ relation: 'pledged_to', otherGroup: 'ISKP' })).toEqual({
      relation: 'pledged_to',
      otherGroup: 'ISKP',
    });
    const result = AssertRelationBodySchema.safeParse({ relation: 'friend_of', otherGroup: 'ISKP', confidence: 50.5 });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['confidence', 'relation']);
  });

  it('stores the citation of a relation; a javascript: URL violates citation.url', () => {
    expectCitationRule((citation) => decideAssertRelation(tjp(), { ...cmd, citation }));
  });
});
