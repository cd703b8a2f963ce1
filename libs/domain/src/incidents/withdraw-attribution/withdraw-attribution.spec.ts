import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError } from '../../shared/domain-errors.js';
import { givenIncident, ids, reported, thrown } from '../../testing/fixtures.js';
import type { IncidentEvent } from '../incident.events.js';
import { decideWithdrawAttribution } from './withdraw-attribution.decide.js';
import { WithdrawAttributionBodySchema } from './withdraw-attribution.schema.js';

const assessed: IncidentEvent = {
  type: 'AttributionAssessed',
  data: { attributionId: ids.attribution1, groupId: ids.iskp, confidence: 60, basis: 'b', sourceIds: [] },
};
const cmd = { incidentId: ids.incident, attributionId: ids.attribution1, reason: 'claim authenticated' };

describe('withdraw-attribution', () => {
  it('withdraws a standing attribution', () => {
    expect(decideWithdrawAttribution(givenIncident(reported(), assessed), cmd)).toEqual([
      { type: 'AttributionWithdrawn', data: { attributionId: ids.attribution1, reason: 'claim authenticated' } },
    ]);
  });

  it('an unknown attribution is not found', () => {
    const error = thrown(() => decideWithdrawAttribution(givenIncident(reported()), cmd));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.what).toBe('attribution');
  });

  it('withdrawing twice is a conflict', () => {
    const state = givenIncident(reported(), assessed, {
      type: 'AttributionWithdrawn',
      data: { attributionId: ids.attribution1, reason: 'x' },
    });
    const error = thrown(() => decideWithdrawAttribution(state, cmd));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_withdrawn');
  });

  it('schema rejects unknown fields', () => {
    expect(WithdrawAttributionBodySchema.safeParse({ reason: 'x', force: true }).success).toBe(false);
  });
});
