import { describe, expect, it } from '@jest/globals';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, thrown } from '../../testing/fixtures.js';
import { decideAssessAttribution, type AssessAttribution } from './assess-attribution.decide.js';
import { AssessAttributionBodySchema } from './assess-attribution.schema.js';
import { expectCitationRule } from '../../testing/citation-rule.js';

const cmd: AssessAttribution = {
  incidentId: ids.incident,
  attributionId: ids.attribution1,
  groupId: ids.iskp,
  confidence: 75,
  basis: ' security sources ',
  sourceIds: [ids.src1, ids.src1],
};

describe('assess-attribution', () => {
  it('records the attribution, even against an active claim by another group', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));
    expect(decideAssessAttribution(state, cmd)).toEqual([
      {
        type: 'AttributionAssessed',
        data: {
          attributionId: ids.attribution1,
          groupId: ids.iskp,
          confidence: 75,
          basis: 'security sources',
          sourceIds: [ids.src1],
          citation: null,
        },
      },
    ]);
  });

  it.each([-1, 101, 50.5])('confidence %p violates confidence', (confidence) => {
    const error = thrown(() => decideAssessAttribution(givenIncident(reported()), { ...cmd, confidence }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('confidence');
  });

  it('a duplicate incident refuses new attributions', () => {
    const state = givenIncident(reported(), {
      type: 'IncidentMarkedDuplicate',
      data: { duplicateOf: ids.other, reason: null },
    });
    expect(thrown(() => decideAssessAttribution(state, cmd)).code).toBe('incident_duplicate');
  });

  it('re-using an attribution id is a conflict', () => {
    const state = givenIncident(reported(), {
      type: 'AttributionAssessed',
      data: { attributionId: ids.attribution1, groupId: ids.ttp, confidence: 10, basis: 'b', sourceIds: [] },
    });
    expect(thrown(() => decideAssessAttribution(state, cmd))).toBeInstanceOf(ConflictError);
  });

  it('schema wants an integer confidence from 0 to 100', () => {
    expect(
      AssessAttributionBodySchema.safeParse({ group: 'ISKP', confidence: 100.5, basis: 'b' }).error?.issues[0].path,
    ).toEqual(['confidence']);
    expect(AssessAttributionBodySchema.safeParse({ group: 'ISKP', confidence: 0, basis: 'b' }).success).toBe(true);
  });

  it('stores the citation of an attribution; a javascript: URL violates citation.url', () => {
    expectCitationRule((citation) => decideAssessAttribution(givenIncident(reported()), { ...cmd, citation }));
  });
});
