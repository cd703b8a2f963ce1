import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { gtdNameForms } from './group-directory.js';
import { eventsOfRow, GTD_SOURCE } from './row-events.js';
import { gtdRecord } from './gtd-record.js';
import { mapGtdRecord, RowError } from './gtd-row.js';
import { contentHash, OccurrenceCounter, rowKeyOf } from './row-key.js';

const base = {
  iyear: '2013',
  imonth: '6',
  iday: '15',
  country_txt: 'Pakistan',
  attacktype1_txt: 'Bombing/Explosion',
  gname: 'Unknown',
};
const map = (cells: Record<string, string>) => mapGtdRecord(gtdRecord({ ...base, ...cells }), 'k', GTD_SOURCE.sourceId);

describe('GTD row mapping', () => {
  it('keeps the date precision GTD gives (0 = unknown month or day)', () => {
    expect(map({}).reported.occurredAt).toMatchObject({ value: '2013-06-15', precision: 'day' });
    expect(map({ iday: '0' }).reported.occurredAt).toMatchObject({ value: '2013-06', precision: 'month' });
    expect(map({ imonth: '0', iday: '0' }).reported.occurredAt).toMatchObject({ value: '2013', precision: 'year' });
    expect(map({ imonth: '0', iday: '12' }).reported.occurredAt).toMatchObject({ value: '2013', precision: 'year' });
    expect(() => map({ imonth: '2', iday: '29' })).toThrow(RowError);
    expect(() => map({ iyear: '20x3' })).toThrow(/iyear/);
  });

  it('a date more than a day after now is a row error on iyear (issue 16 item 6)', () => {
    expect(() => map({ iyear: '2099' })).toThrow(/^iyear: iyear \(2099-06-15/);
    expect(() => map({ iyear: '9999', imonth: '12', iday: '31' })).toThrow(RowError);
    const now = new Date('2020-01-01T00:00:00Z');
    const at = (cells: Record<string, string>) =>
      mapGtdRecord(gtdRecord({ ...base, ...cells }), 'k', GTD_SOURCE.sourceId, now);
    expect(at({ iyear: '2020', imonth: '1', iday: '2' }).reported.occurredAt.value).toBe('2020-01-02');
    expect(() => at({ iyear: '2020', imonth: '1', iday: '3' })).toThrow(/iyear/);
  });

  it('maps the country name to its ISO code and rejects what ISO 3166-1 does not know', () => {
    expect(map({ country_txt: 'Afghanistan' }).reported.location.country).toBe('AF');
    expect(() => map({ country_txt: 'Yugoslavia' })).toThrow(/country_txt/);
  });

  it('reads GTD numbers and flags, with -9/-99 as unknown', () => {
    const r = map({ nkill: '3.0', nwound: '-99', suicide: '1', success: '0', multiple: '-9' });
    expect(r.reported.casualties).toEqual({ killedMin: 3, killedMax: 3, injuredMin: null, injuredMax: null });
    expect(r.reported.suicide).toBe(true);
    expect(r.reported.gtd).toMatchObject({ success: false, multiple: null });
    expect(() => map({ suicide: 'yes' })).toThrow(/suicide/);
    expect(() => map({ nwound: '2.5' })).toThrow(/nwound/);
  });

  it('turns claimed perpetrators into claims with the claim mode as channel, and certainty into confidence', () => {
    const row = map({
      gname: 'A (AA)',
      guncertain1: '1',
      claimed: '1',
      claimmode: '4',
      gname2: 'B',
      claim2: '1',
      claimmode2: '3',
      gname3: 'Unknown',
      claim3: '1',
    });
    const ids: Record<string, string> = {
      'A (AA)': '00000000-0000-4000-8000-00000000000a',
      B: '00000000-0000-4000-8000-00000000000b',
    };
    const events = eventsOfRow(row, (n) => ids[n]);
    expect(events.map((e) => e.type)).toEqual([
      'IncidentReported',
      'ClaimRecorded',
      'ClaimRecorded',
      'AttributionAssessed',
      'AttributionAssessed',
    ]);
    expect(events.slice(1, 3).map((e) => (e.data as any).channel)).toEqual(['email', 'call']);
    expect((events[2].data as any).competingGroupIds).toEqual([ids['A (AA)']]);
    expect(events.slice(3).map((e) => (e.data as any).confidence)).toEqual([40, 80]);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(5);
    // Deterministic: the same row gives the same ids.
    expect(eventsOfRow(row, (n) => ids[n]).map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
  });
});

describe('GTD names', () => {
  it('splits a trailing acronym, not a qualifier', () => {
    expect(gtdNameForms('Tehrik-i-Taliban Pakistan (TTP)')).toEqual({
      full: 'Tehrik-i-Taliban Pakistan (TTP)',
      base: 'Tehrik-i-Taliban Pakistan',
      acronym: 'TTP',
    });
    expect(gtdNameForms('Ahle Sunnat Wal Jamaat (ASWJ-Pakistan)').acronym).toBe('ASWJ-Pakistan');
    expect(gtdNameForms('Lashkar-e-Islam (Pakistan)')).toEqual({
      full: 'Lashkar-e-Islam (Pakistan)',
      base: null,
      acronym: null,
    });
    expect(gtdNameForms('Jaish as-Saiyouf (Army of Swords)').acronym).toBeNull();
    expect(gtdNameForms('  Taliban ').full).toBe('Taliban');
  });
});

describe('row keys', () => {
  it('use the eventid when there is one', () => {
    expect(rowKeyOf(gtdRecord({ eventid: ' 201001010001 ', ...base }), new OccurrenceCounter())).toBe(
      'gtd:201001010001',
    );
  });

  it('hash the content regardless of column order or empty extra columns, and number identical rows', () => {
    const a = gtdRecord({ ...base, city: 'Quetta' });
    const b = gtdRecord({ city: 'Quetta', approxdate: '', ...base });
    expect(contentHash(a).equals(contentHash(b))).toBe(true);
    const counter = new OccurrenceCounter();
    const keys = [rowKeyOf(a, counter), rowKeyOf(b, counter), rowKeyOf(gtdRecord(base), counter)];
    expect(keys[0].endsWith('#0')).toBe(true);
    expect(keys[1]).toBe(keys[0].replace('#0', '#1'));
    expect(keys[2].endsWith('#0')).toBe(true);
  });

  it('counts occurrences correctly while the table grows', () => {
    const counter = new OccurrenceCounter(4);
    const hashes = Array.from({ length: 5000 }, () => randomBytes(32));
    for (const h of hashes) expect(counter.next(h)).toBe(0);
    for (const h of hashes) expect(counter.next(h)).toBe(1);
  });
});
