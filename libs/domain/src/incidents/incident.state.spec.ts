import { describe, expect, it } from '@jest/globals';
import { claimRecorded, givenIncident, ids, reported, retracted } from '../testing/fixtures.js';
import type { IncidentEvent } from './incident.events.js';
import { competingClaims, evolveIncident, foldIncident, incidentStatus, toIncidentView } from './incident.state.js';

describe('evolveIncident: the attribution picture', () => {
  it('a reported incident is unclaimed', () => {
    const state = givenIncident(reported());
    expect(state).toMatchObject({ id: ids.incident, type: 'bombing', duplicateOf: null, claims: [], version: 1 });
    expect(incidentStatus(state)).toBe('unclaimed');
    expect(competingClaims(state)).toBe(false);
  });

  it('one active claim → claimed; a second group → contested and competing', () => {
    const one = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));
    expect(incidentStatus(one)).toBe('claimed');
    expect(one.claims[0]).toMatchObject({
      id: ids.claim1,
      groupId: ids.ttp,
      status: 'active',
      assessment: null,
      authenticity: null,
      sourceIds: [ids.src1],
      retractedAt: null,
    });
    const two = givenIncident(
      reported(),
      claimRecorded(ids.claim1, ids.ttp),
      claimRecorded(ids.claim2, ids.iskp, undefined, [ids.ttp]),
    );
    expect(incidentStatus(two)).toBe('contested');
    expect(competingClaims(two)).toBe(true);
    expect(two.claims[1].competingGroupIds).toEqual([ids.ttp]);
  });

  it('a retraction leaves competingClaims true (GTD compclaim) and the status claimed', () => {
    const state = givenIncident(
      reported(),
      claimRecorded(ids.claim1, ids.ttp),
      claimRecorded(ids.claim2, ids.iskp),
      retracted(ids.claim1, ids.ttp),
    );
    expect(incidentStatus(state)).toBe('claimed');
    expect(competingClaims(state)).toBe(true);
    expect(state.claims[0]).toMatchObject({
      status: 'retracted',
      retractedAt: '2023-01-31T08:00:00.000Z',
      retractionId: ids.retraction1,
      retractionReason: 'mosques are off limits',
    });
  });

  it('all claims retracted → retracted', () => {
    expect(
      incidentStatus(givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), retracted(ids.claim1, ids.ttp))),
    ).toBe('retracted');
  });

  it('the same group claiming twice is not competing', () => {
    const state = givenIncident(
      reported(),
      claimRecorded(ids.claim1, ids.ttp),
      retracted(ids.claim1, ids.ttp),
      claimRecorded(ids.claim2, ids.ttp, '2023-02-02T00:00:00Z'),
    );
    expect(competingClaims(state)).toBe(false);
    expect(incidentStatus(state)).toBe('claimed');
  });

  it('an attribution not withdrawn wins over claims; withdrawing it falls back', () => {
    const attributed: IncidentEvent = {
      type: 'AttributionAssessed',
      data: { attributionId: ids.attribution1, groupId: ids.iskp, confidence: 70, basis: 'forensics', sourceIds: [] },
    };
    const withClaim = [reported(), claimRecorded(ids.claim1, ids.ttp), attributed];
    expect(incidentStatus(givenIncident(...withClaim))).toBe('attributed');
    const withdrawn = givenIncident(...withClaim, {
      type: 'AttributionWithdrawn',
      data: { attributionId: ids.attribution1, reason: 'new evidence' },
    });
    expect(incidentStatus(withdrawn)).toBe('claimed');
    expect(withdrawn.attributions[0]).toMatchObject({
      withdrawn: true,
      withdrawnReason: 'new evidence',
      confidence: 70,
    });
  });

  it('claim sources are de-duplicated; authenticity and corroboration land on the claim', () => {
    const state = givenIncident(
      reported(),
      claimRecorded(ids.claim1, ids.ttp),
      { type: 'ClaimSourceAdded', data: { claimId: ids.claim1, sourceId: ids.src2, credibility: 2 } },
      { type: 'ClaimSourceAdded', data: { claimId: ids.claim1, sourceId: ids.src2, credibility: 2 } },
      {
        type: 'ClaimAuthenticityAssessed',
        data: { claimId: ids.claim1, verdict: 'doubtful', basis: 'unusual channel' },
      },
      {
        type: 'CorroborationCompleted',
        data: { claimId: ids.claim1, score: 0.4, verdict: 'conflicting', checks: { sources: 1 } },
      },
    );
    expect(state.claims[0]).toMatchObject({
      sourceIds: [ids.src1, ids.src2],
      authenticity: 'doubtful',
      corroboration: { score: 0.4, verdict: 'conflicting' },
    });
  });

  it('reviews open, escalate and resolve; resolution sets the claim assessment', () => {
    const base: IncidentEvent[] = [
      reported(),
      claimRecorded(ids.claim1, ids.ttp),
      { type: 'ReviewRequested', data: { reviewId: ids.review1, claimId: ids.claim1, reason: 'conflicting' } },
    ];
    expect(givenIncident(...base).reviews[0]).toMatchObject({ status: 'open', decision: null });
    const escalation: IncidentEvent = { type: 'ReviewEscalated', data: { reviewId: ids.review1, claimId: ids.claim1 } };
    const resolution = (decision: 'reject' | 'uphold', note: string): IncidentEvent => ({
      type: 'ReviewResolved',
      data: { reviewId: ids.review1, claimId: ids.claim1, decision, note },
    });
    expect(givenIncident(...base, escalation).reviews[0].status).toBe('escalated');
    const resolved = givenIncident(...base, resolution('reject', 'fabricated'));
    expect(resolved.reviews[0]).toMatchObject({ status: 'resolved', decision: 'reject', note: 'fabricated' });
    expect(resolved.claims[0].assessment).toBe('rejected');
    expect(evolveIncident(resolved, escalation).reviews[0].status).toBe('resolved');
    const upheld = givenIncident(...base, resolution('uphold', 'ok'));
    expect(upheld.claims[0].assessment).toBe('upheld');
  });

  it('denials are kept with their contradiction flag', () => {
    const state = givenIncident(reported(), {
      type: 'ClaimDenied',
      data: {
        denialId: ids.denial1,
        groupId: ids.ttp,
        deniedAt: '2023-01-30T15:00:00.000Z',
        sourceId: ids.src2,
        statement: 'not us',
        contradictsClaimId: null,
      },
    });
    expect(state.denials).toEqual([
      {
        id: ids.denial1,
        groupId: ids.ttp,
        deniedAt: '2023-01-30T15:00:00.000Z',
        sourceId: ids.src2,
        statement: 'not us',
        // Recorded before spokespersons and citations: read as null.
        spokesperson: null,
        spokespersonId: null,
        citation: null,
        contradictsClaimId: null,
        recordedAt: null,
      },
    ]);
  });

  it('corrections replace fields; duplicates are marked', () => {
    const state = givenIncident(
      reported(),
      {
        type: 'IncidentCorrected',
        data: { fields: { summary: 'Peshawar mosque bombing', type: 'bombing' }, reason: 'typo' },
      },
      { type: 'IncidentMarkedDuplicate', data: { duplicateOf: ids.other, reason: null } },
    );
    expect(state).toMatchObject({
      summary: 'Peshawar mosque bombing',
      duplicateOf: ids.other,
      corrections: [{ fields: ['summary', 'type'], reason: 'typo' }],
    });
  });

  it('folding a prefix gives the picture as of then (as-of reads), with envelope version and position', () => {
    const events = [
      { ...reported(), streamVersion: 1, position: 10, recordedAt: new Date('2023-01-30T10:00:00Z') },
      { ...claimRecorded(ids.claim1, ids.ttp), streamVersion: 2, position: 15, recordedAt: '2023-01-30T13:00:00.000Z' },
      { ...retracted(ids.claim1, ids.ttp), streamVersion: 3, position: 30, recordedAt: '2023-01-31T09:00:00.000Z' },
    ];
    const asOf = foldIncident(events.filter((e) => e.position <= 20))!;
    expect(toIncidentView(asOf)).toMatchObject({
      status: 'claimed',
      competingClaims: false,
      version: 2,
      position: 15,
      reportedAt: '2023-01-30T10:00:00.000Z',
      updatedAt: '2023-01-30T13:00:00.000Z',
    });
    expect(toIncidentView(foldIncident(events)!)).toMatchObject({ status: 'retracted', version: 3, position: 30 });
  });

  it('accepts stored events of unknown types without changing the picture', () => {
    const state = givenIncident(reported());
    const next = evolveIncident(state, { type: 'FutureEvent', data: { x: 1 } });
    expect({ ...next, version: 1 }).toEqual(state);
    expect(next.version).toBe(2);
  });

  it('never mutates the state it is given', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));
    const copy = structuredClone(state);
    evolveIncident(state, retracted(ids.claim1, ids.ttp));
    evolveIncident(state, {
      type: 'ClaimSourceAdded',
      data: { claimId: ids.claim1, sourceId: ids.src2, credibility: null },
    });
    expect(state).toEqual(copy);
  });

  it('refuses a stream that does not start with IncidentReported', () => {
    expect(() => evolveIncident(null, claimRecorded(ids.claim1, ids.ttp))).toThrow(/IncidentReported/);
  });
});
