import { describe, expect, it } from '@jest/globals';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { givenIncident, ids, reported, thrown } from '../../testing/fixtures.js';
import { decideReportIncident, type ReportIncident } from './report-incident.decide.js';
import { ReportIncidentBodySchema } from './report-incident.schema.js';
import { expectCitationRule } from '../../testing/citation-rule.js';

const cmd: ReportIncident = {
  incidentId: ids.incident,
  occurredAt: '2023-01',
  location: { country: 'Pakistan', place: ' Peshawar ', lat: 34.01, lon: 71.58 },
  type: 'bombing',
  casualties: { killedMin: 84, killedMax: 101 },
  sourceIds: [ids.src1, ids.src1, ids.src2],
};

describe('report-incident', () => {
  it('normalises date, country, optional fields and sources', () => {
    expect(decideReportIncident(null, cmd)).toEqual([
      {
        type: 'IncidentReported',
        data: {
          incidentId: ids.incident,
          citation: null,
          occurredAt: {
            value: '2023-01',
            precision: 'month',
            earliest: '2023-01-01T00:00:00.000Z',
            latest: '2023-01-31T23:59:59.999Z',
          },
          location: { country: 'PK', admin1: null, place: 'Peshawar', lat: 34.01, lon: 71.58 },
          type: 'bombing',
          suicide: null,
          target: null,
          casualties: { killedMin: 84, killedMax: 101, injuredMin: null, injuredMax: null },
          summary: null,
          sourceIds: [ids.src1, ids.src2],
        },
      },
    ]);
  });

  it.each([
    [{ occurredAt: '2023-02-30' }, 'occurredAt'],
    [{ location: { country: 'Atlantis' } }, 'location.country'],
    [{ casualties: { killedMin: 10, killedMax: 5 } }, 'casualties.killedMax'],
    [{ casualties: { injuredMin: 3, injuredMax: 1 } }, 'casualties.injuredMax'],
    [{ casualties: { killedMin: -1 } }, 'casualties.killedMin'],
    [{ location: { country: 'AF', lat: 91, lon: 0 } }, 'location.lat'],
    [{ location: { country: 'AF', lat: 30 } }, 'location.lon'],
    [{ type: 'arson' }, 'type'],
  ])('%j violates %s', (override, path) => {
    const error = thrown(() => decideReportIncident(null, { ...cmd, ...(override as Partial<ReportIncident>) }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe(path);
  });

  it('reporting an existing incident is a conflict', () => {
    const error = thrown(() => decideReportIncident(givenIncident(reported()), cmd));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_exists');
  });

  describe('body schema', () => {
    const body = {
      occurredAt: '2023-01-30',
      location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', lat: 34.0, lon: 71.5 },
      type: 'bombing',
      suicide: true,
      target: 'Police Lines mosque',
      casualties: { killedMin: 84, killedMax: 101, injuredMin: null, injuredMax: 225 },
      summary: 'Suicide bombing during prayers',
      sourceIds: [ids.src1],
    };

    it('accepts a full body', () => {
      expect(ReportIncidentBodySchema.parse(body)).toEqual(body);
    });

    it('rejects unknown fields, nested too', () => {
      const result = ReportIncidentBodySchema.safeParse({ ...body, location: { ...body.location, district: 'x' } });
      expect(result.error?.issues[0]).toMatchObject({
        code: 'unrecognized_keys',
        path: ['location'],
        keys: ['district'],
      });
    });

    it('names the path of wrong types and values', () => {
      const result = ReportIncidentBodySchema.safeParse({
        ...body,
        occurredAt: '2023-13',
        location: { country: 'Atlantis', lat: 'north' },
        casualties: { killedMin: 1.5 },
        sourceIds: ['nope'],
      });
      expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
        'casualties.killedMin',
        'location.country',
        'location.lat',
        'occurredAt',
        'sourceIds.0',
      ]);
    });

    it('requires occurredAt, location.country and type', () => {
      const result = ReportIncidentBodySchema.safeParse({ location: {} });
      expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
        'location.country',
        'occurredAt',
        'type',
      ]);
    });
  });

  it('stores the citation of a report; a javascript: URL violates citation.url', () => {
    expectCitationRule((citation) => decideReportIncident(null, { ...cmd, citation }));
  });

  it('an occurrence starting more than a day after now is a rule violation on occurredAt (issue 16 item 6)', () => {
    const now = new Date('2023-01-15T00:00:00Z');
    expect(thrown(() => decideReportIncident(null, { ...cmd, occurredAt: '2023-01-17', now })).path).toBe('occurredAt');
    expect(thrown(() => decideReportIncident(null, { ...cmd, occurredAt: '9999-12-31' })).path).toBe('occurredAt');
    expect(decideReportIncident(null, { ...cmd, occurredAt: '2023-01-16', now })).toHaveLength(1);
    expect(decideReportIncident(null, { ...cmd, occurredAt: '2023', now })).toHaveLength(1);
  });
});
