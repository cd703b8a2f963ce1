import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError } from '../../shared/domain-errors.js';
import { givenGroup, groupRegistered, ids, thrown } from '../../testing/fixtures.js';
import type { GroupEvent } from '../group.events.js';
import { decideWithdrawRelation } from './withdraw-relation.decide.js';
import { WithdrawRelationBodySchema } from './withdraw-relation.schema.js';

const registered = groupRegistered({ groupId: ids.tjp, name: 'TJP' });
const asserted: GroupEvent = {
  type: 'GroupRelationAsserted',
  data: {
    relationId: ids.relation1,
    relation: 'suspected_front_of',
    otherGroupId: ids.ttp,
    validFrom: null,
    validTo: null,
    sourceId: null,
    confidence: null,
  },
};

describe('withdraw-relation', () => {
  it('withdraws a current relation', () => {
    expect(
      decideWithdrawRelation(givenGroup(registered, asserted), {
        groupId: ids.tjp,
        relationId: ids.relation1,
        reason: ' disproved ',
      }),
    ).toEqual([{ type: 'GroupRelationWithdrawn', data: { relationId: ids.relation1, reason: 'disproved' } }]);
  });

  it('an unknown relation is not found', () => {
    const error = thrown(() =>
      decideWithdrawRelation(givenGroup(registered), { groupId: ids.tjp, relationId: ids.relation1, reason: 'x' }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.what).toBe('relation');
  });

  it('withdrawing twice is a conflict', () => {
    const state = givenGroup(registered, asserted, {
      type: 'GroupRelationWithdrawn',
      data: { relationId: ids.relation1, reason: 'x' },
    });
    const error = thrown(() =>
      decideWithdrawRelation(state, { groupId: ids.tjp, relationId: ids.relation1, reason: 'again' }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_withdrawn');
  });

  it('schema requires a non-blank reason', () => {
    expect(WithdrawRelationBodySchema.safeParse({ reason: '   ' }).error?.issues[0].path).toEqual(['reason']);
  });
});
