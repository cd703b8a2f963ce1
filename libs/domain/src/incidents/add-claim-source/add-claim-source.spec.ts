import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, retracted, thrown } from '../../testing/fixtures.js';
import { decideAddClaimSource } from './add-claim-source.decide.js';
import { AddClaimSourceBodySchema } from './add-claim-source.schema.js';
import { expectCitationRule } from '../../testing/citation-rule.js';

describe('add-claim-source', () => {
  const state = () => givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));

  it('adds another source to the claim', () => {
    expect(
      decideAddClaimSource(state(), {
        incidentId: ids.incident,
        claimId: ids.claim1,
        sourceId: ids.src2,
        credibility: 2,
      }),
    ).toEqual([
      { type: 'ClaimSourceAdded', data: { claimId: ids.claim1, sourceId: ids.src2, credibility: 2, citation: null } },
    ]);
  });

  it('the same source again is a conflict', () => {
    const error = thrown(() =>
      decideAddClaimSource(state(), { incidentId: ids.incident, claimId: ids.claim1, sourceId: ids.src1 }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('source_exists');
  });

  it('an unknown claim is not found', () => {
    const error = thrown(() =>
      decideAddClaimSource(state(), { incidentId: ids.incident, claimId: ids.claim2, sourceId: ids.src2 }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ what: 'claim', id: ids.claim2 });
  });

  it('a retracted claim may still gain sources', () => {
    const retractedState = givenIncident(
      reported(),
      claimRecorded(ids.claim1, ids.ttp),
      retracted(ids.claim1, ids.ttp),
    );
    expect(
      decideAddClaimSource(retractedState, { incidentId: ids.incident, claimId: ids.claim1, sourceId: ids.src2 }),
    ).toHaveLength(1);
  });

  it('schema requires sourceId', () => {
    expect(AddClaimSourceBodySchema.safeParse({ credibility: 2 }).error?.issues[0].path).toEqual(['sourceId']);
  });

  it('stores the citation of an added source; a javascript: URL violates citation.url', () => {
    expectCitationRule((citation) =>
      decideAddClaimSource(state(), { incidentId: ids.incident, claimId: ids.claim1, sourceId: ids.src2, citation }),
    );
  });
});
