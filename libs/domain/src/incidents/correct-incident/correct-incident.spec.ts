import { describe, expect, it } from '@jest/globals';
import { NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, retracted, thrown } from '../../testing/fixtures.js';
import { decideCorrectIncident } from './correct-incident.decide.js';
import { CorrectIncidentBodySchema } from './correct-incident.schema.js';
import { expectCitationRule } from '../../testing/citation-rule.js';

const state = () => givenIncident(reported());

describe('correct-incident', () => {
  it('records only what changes, normalised like a report', () => {
    const events = decideCorrectIncident(state(), {
      incidentId: ids.incident,
      fields: {
        occurredAt: '2023-01-30T08:30:00+05:00',
        location: { place: 'Peshawar Police Lines' },
        type: 'bombing',
        casualties: { killedMax: 100 },
      },
      reason: 'police figures',
    });
    expect(events).toEqual([
      {
        type: 'IncidentCorrected',
        data: {
          fields: {
            occurredAt: {
              value: '2023-01-30T03:30:00.000Z',
              precision: 'time',
              earliest: '2023-01-30T03:30:00.000Z',
              latest: '2023-01-30T03:30:00.000Z',
            },
            location: {
              country: 'PK',
              admin1: 'Khyber Pakhtunkhwa',
              place: 'Peshawar Police Lines',
              lat: 34.0,
              lon: 71.5,
            },
            casualties: { killedMin: 84, killedMax: 100, injuredMin: 200, injuredMax: 225 },
          },
          reason: 'police figures',
          citation: null,
        },
      },
    ]);
  });

  it('country names become codes; clearing a field with null is a change', () => {
    const [event] = decideCorrectIncident(state(), {
      incidentId: ids.incident,
      fields: { location: { country: 'Afghanistan' }, target: null },
      reason: 'r',
    });
    expect(event.data).toMatchObject({ fields: { location: { country: 'AF' }, target: null } });
  });

  it('a correction that changes nothing is rejected on fields', () => {
    const error = thrown(() =>
      decideCorrectIncident(state(), {
        incidentId: ids.incident,
        fields: { type: 'bombing', location: { country: 'pakistan' }, sourceIds: [ids.src1] },
        reason: 'r',
      }),
    );
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('fields');
  });

  it('empty fields are rejected', () => {
    expect(
      thrown(() => decideCorrectIncident(state(), { incidentId: ids.incident, fields: {}, reason: 'r' })).path,
    ).toBe('fields');
  });

  it.each([
    [{ casualties: { killedMin: 200 } }, 'fields.casualties.killedMax'],
    [{ location: { country: 'Atlantis' } }, 'fields.location.country'],
    [{ occurredAt: '2023-13' }, 'fields.occurredAt'],
    [{ bogus: 1 }, 'fields.bogus'],
  ])('%j violates %s', (fields, path) => {
    expect(
      thrown(() => decideCorrectIncident(state(), { incidentId: ids.incident, fields: fields as never, reason: 'r' }))
        .path,
    ).toBe(path);
  });

  it('a duplicate may still be corrected', () => {
    const dup = givenIncident(reported(), {
      type: 'IncidentMarkedDuplicate',
      data: { duplicateOf: ids.other, reason: null },
    });
    expect(
      decideCorrectIncident(dup, { incidentId: ids.incident, fields: { summary: 'x' }, reason: 'r' }),
    ).toHaveLength(1);
  });

  it('an unknown incident is not found', () => {
    expect(
      thrown(() => decideCorrectIncident(null, { incidentId: ids.incident, fields: { summary: 'x' }, reason: 'r' })),
    ).toBeInstanceOf(NotFoundError);
  });

  describe('body schema', () => {
    it('accepts partial nested fields', () => {
      expect(CorrectIncidentBodySchema.parse({ fields: { location: { place: 'Peshawar' } }, reason: 'r' })).toEqual({
        fields: { location: { place: 'Peshawar' } },
        reason: 'r',
      });
    });

    it('rejects empty fields and unknown field names', () => {
      expect(CorrectIncidentBodySchema.safeParse({ fields: {}, reason: 'r' }).error?.issues[0].path).toEqual([
        'fields',
      ]);
      expect(
        CorrectIncidentBodySchema.safeParse({ fields: { occured: '2023' }, reason: 'r' }).error?.issues[0],
      ).toMatchObject({ code: 'unrecognized_keys', path: ['fields'] });
    });
  });

  it('stores the citation of a correction; a javascript: URL violates citation.url', () => {
    expectCitationRule((citation) =>
      decideCorrectIncident(state(), { incidentId: ids.incident, fields: { summary: 'new' }, reason: 'r', citation }),
    );
  });

  describe('occurredAt (issue 16 item 6)', () => {
    const correct = (s: ReturnType<typeof state>, occurredAt: string, now = new Date('2023-06-01T00:00:00Z')) =>
      decideCorrectIncident(s, { incidentId: ids.incident, fields: { occurredAt }, reason: 'r', now });

    it('more than a day after now is a rule violation on fields.occurredAt', () => {
      expect(thrown(() => correct(state(), '2023-06-03')).path).toBe('fields.occurredAt');
      expect(correct(state(), '2023-06-02')).toHaveLength(1);
    });

    it('after a recorded claim or retraction is a rule violation naming them', () => {
      const s = givenIncident(
        reported(),
        claimRecorded(ids.claim1, ids.ttp, '2023-01-31T12:00:00.000Z'),
        retracted(ids.claim1, ids.ttp, '2023-02-05T00:00:00.000Z'),
      );
      const claimOnly = thrown(() => correct(s, '2023-02-01'));
      expect(claimOnly).toBeInstanceOf(RuleViolation);
      expect(claimOnly.path).toBe('fields.occurredAt');
      expect(claimOnly.message).toContain(`claim ${ids.claim1}`);
      expect(claimOnly.message).not.toContain('retraction');
      expect(thrown(() => correct(s, '2023-02-06')).message).toContain(`retraction ${ids.retraction1}`);
      expect(correct(s, '2023-01-31')).toHaveLength(1);
    });
  });
});
