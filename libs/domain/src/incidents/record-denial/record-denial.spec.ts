import { describe, expect, it } from '@jest/globals';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, retracted, thrown } from '../../testing/fixtures.js';
import { decideRecordDenial, type RecordDenial } from './record-denial.decide.js';
import { RecordDenialBodySchema } from './record-denial.schema.js';
import { expectCitationRule } from '../../testing/citation-rule.js';

const cmd: RecordDenial = {
  incidentId: ids.incident,
  denialId: ids.denial1,
  groupId: ids.ttp,
  deniedAt: '2023-01-30T20:00:00Z',
  sourceId: ids.src2,
  statement: 'Not our policy',
};

describe('record-denial', () => {
  it('records a denial by a group with no claim', () => {
    expect(decideRecordDenial(givenIncident(reported()), cmd)).toEqual([
      {
        type: 'ClaimDenied',
        data: {
          denialId: ids.denial1,
          groupId: ids.ttp,
          deniedAt: '2023-01-30T20:00:00.000Z',
          sourceId: ids.src2,
          statement: 'Not our policy',
          spokesperson: null,
          spokespersonId: null,
          citation: null,
          contradictsClaimId: null,
        },
      },
    ]);
  });

  it('a group denying while its claim is active is recorded, flagged as a contradiction', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));
    expect(decideRecordDenial(state, cmd)[0].data).toMatchObject({ contradictsClaimId: ids.claim1 });
  });

  it('a retracted claim is not contradicted', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), retracted(ids.claim1, ids.ttp));
    expect(decideRecordDenial(state, cmd)[0].data).toMatchObject({ contradictsClaimId: null });
  });

  it('deniedAt before the incident violates deniedAt', () => {
    const error = thrown(() =>
      decideRecordDenial(givenIncident(reported()), { ...cmd, deniedAt: '2023-01-29T00:00:00Z' }),
    );
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('deniedAt');
  });

  it('a duplicate incident refuses new denials', () => {
    const state = givenIncident(reported(), {
      type: 'IncidentMarkedDuplicate',
      data: { duplicateOf: ids.other, reason: null },
    });
    expect(thrown(() => decideRecordDenial(state, cmd))).toBeInstanceOf(ConflictError);
  });

  it('schema accepts a good body and rejects a zone-less time', () => {
    expect(
      RecordDenialBodySchema.parse({ group: 'Afghan Taliban', deniedAt: '2023-01-30T20:00:00Z', sourceId: ids.src2 }),
    ).toMatchObject({ group: 'Afghan Taliban' });
    expect(
      RecordDenialBodySchema.safeParse({ group: 'x', deniedAt: '2023-01-30', sourceId: ids.src2 }).error?.issues[0]
        .path,
    ).toEqual(['deniedAt']);
  });

  it('stores the spokesperson, its person id and the citation; a data: URL violates citation.url', () => {
    const data = expectCitationRule(
      (citation) =>
        decideRecordDenial(givenIncident(reported()), {
          ...cmd,
          spokesperson: ' Zabihullah Mujahid ',
          spokespersonId: ids.other,
          citation,
        }),
      'data:text/plain,x',
    );
    expect(data).toMatchObject({ spokesperson: 'Zabihullah Mujahid', spokespersonId: ids.other });
  });
});
