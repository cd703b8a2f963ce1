// The console shows every date to its precision: a year-only incident date is "2023", never 1 January.
import { describe, expect, it } from '@jest/globals';
import { formatDate, formatHours, parsePartial, spanOf } from './dates.js';
import { axisBreaks, timelineItems, type HistoryEvent } from './pages/incident-timeline.js';

describe('formatDate', () => {
  it.each([
    ['2023', '2023'],
    ['2023-07', 'Jul 2023'],
    ['2023-07-04', '4 Jul 2023'],
    ['2023-07-04T10:30:00Z', '4 Jul 2023, 10:30 UTC'],
    ['2023-07-04T12:30:00+02:00', '4 Jul 2023, 10:30 UTC'],
  ])('%s reads %s', (given, shown) => {
    expect(formatDate(given)).toBe(shown);
  });

  it('takes the API partial-date object and keeps its precision', () => {
    const year = {
      value: '2016',
      precision: 'year' as const,
      earliest: '2016-01-01T00:00:00.000Z',
      latest: '2016-12-31T23:59:59.999Z',
    };
    expect(formatDate(year)).toBe('2016');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('not a date')).toBe('—');
  });

  it('a partial date spans its whole period', () => {
    expect(parsePartial('2024-02')).toEqual({
      value: '2024-02',
      precision: 'month',
      earliest: '2024-02-01T00:00:00.000Z',
      latest: '2024-02-29T23:59:59.999Z',
    });
    expect(spanOf('2023')).toEqual([Date.parse('2023-01-01T00:00:00Z'), Date.parse('2023-12-31T23:59:59.999Z')]);
  });

  it('hours read as hours under two days, else days', () => {
    expect(formatHours(20)).toBe('20 h');
    expect(formatHours(72)).toBe('3 days');
    expect(formatHours(null)).toBe('—');
  });
});

describe('the incident time axis', () => {
  const occurredAt = parsePartial('2023-01-30')!;
  const ev = (type: string, position: number, recordedAt: string, data: Record<string, unknown>): HistoryEvent => ({
    type,
    position,
    recordedAt,
    actor: null,
    data,
  });
  const events = [
    ev('ClaimRecorded', 1, '2026-12-01T00:00:00Z', { claimId: 'c', groupId: 'g', claimedAt: '2023-01-30T10:30:00Z' }),
    ev('ClaimRetracted', 2, '2026-12-01T00:00:01Z', {
      claimId: 'c',
      groupId: 'g',
      retractedAt: '2023-01-31T08:00:00Z',
      reason: 'disowned',
    }),
    ev('AttributionAssessed', 3, '2026-12-01T00:00:02Z', { groupId: 'g', confidence: 60 }),
  ];
  const names = { group: () => 'JuA', source: () => 'Dawn' };

  it('a retracted claim is a bar from claim to retraction; what gives no date sits at its recording', () => {
    const items = timelineItems(occurredAt, events, names, Date.parse('2026-12-02T00:00:00Z'));
    const claim = items.find((i) => i.label === 'Claim by JuA')!;
    expect([claim.start, claim.end]).toEqual([Date.parse('2023-01-30T10:30:00Z'), Date.parse('2023-01-31T08:00:00Z')]);
    expect(claim.text).toContain('(retracted 31 Jan 2023, 08:00 UTC)');
    expect(items.find((i) => i.row === 'Attributions')!.start).toBe(Date.parse('2026-12-01T00:00:02Z'));
  });

  it('before the retraction the claim is active up to the as-of point', () => {
    const until = Date.parse('2026-12-01T00:00:00Z');
    const claim = timelineItems(occurredAt, events.slice(0, 1), names, until).find((i) => i.row === 'Claims')!;
    expect(claim.text).toContain('(active)');
    expect(claim.end).toBe(until);
  });

  it('breaks the axis over a long empty stretch, and only there', () => {
    const items = timelineItems(occurredAt, events, names, Date.parse('2026-12-01T00:00:02Z'));
    const breaks = axisBreaks(items);
    expect(breaks).toHaveLength(1);
    expect(breaks[0].start).toBeGreaterThan(Date.parse('2023-01-31T08:00:00Z'));
    expect(breaks[0].end).toBeLessThan(Date.parse('2026-12-01T00:00:00Z'));
    expect(axisBreaks(items.slice(0, 2))).toEqual([]);
  });
});
