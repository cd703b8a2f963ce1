import { describe, expect, it } from '@jest/globals';
import { parsePartialDate, partialDateOrdered } from './partial-date.js';

describe('parsePartialDate', () => {
  it('keeps a day with inclusive UTC bounds', () => {
    expect(parsePartialDate('2023-07-12')).toEqual({
      value: '2023-07-12',
      precision: 'day',
      earliest: '2023-07-12T00:00:00.000Z',
      latest: '2023-07-12T23:59:59.999Z',
    });
  });

  it('keeps a month, ending on its last millisecond (leap February too)', () => {
    expect(parsePartialDate('2023-07')).toMatchObject({
      precision: 'month',
      earliest: '2023-07-01T00:00:00.000Z',
      latest: '2023-07-31T23:59:59.999Z',
    });
    expect(parsePartialDate('2024-02')?.latest).toBe('2024-02-29T23:59:59.999Z');
    expect(parsePartialDate('2023-12')?.latest).toBe('2023-12-31T23:59:59.999Z');
  });

  it('keeps a year', () => {
    expect(parsePartialDate('2023')).toEqual({
      value: '2023',
      precision: 'year',
      earliest: '2023-01-01T00:00:00.000Z',
      latest: '2023-12-31T23:59:59.999Z',
    });
    expect(parsePartialDate('9999')?.latest).toBe('9999-12-31T23:59:59.999Z');
  });

  it('turns an RFC 3339 date-time into a UTC instant with equal bounds', () => {
    expect(parsePartialDate('2023-07-12T10:30:00+05:00')).toEqual({
      value: '2023-07-12T05:30:00.000Z',
      precision: 'time',
      earliest: '2023-07-12T05:30:00.000Z',
      latest: '2023-07-12T05:30:00.000Z',
    });
  });

  it('trims surrounding whitespace', () => {
    expect(parsePartialDate(' 2023-07 ')?.value).toBe('2023-07');
  });

  it.each([
    '2023-13',
    '2023-00',
    '2023-02-30',
    '2023-02-29',
    '99999',
    '0000',
    '23',
    '2023-7',
    '2023/07/12',
    '',
    'July 2023',
    '2023-07-12T10:30:00',
    '2023-07-12T25:00:00Z',
  ])('rejects %p', (input) => {
    expect(parsePartialDate(input)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
  });
});

describe('partialDateOrdered', () => {
  it('compares the start of the first with the end of the second', () => {
    const p = (s: string) => parsePartialDate(s)!;
    expect(partialDateOrdered(p('2014'), p('2015-03'))).toBe(true);
    expect(partialDateOrdered(p('2023-07-15'), p('2023-07'))).toBe(true);
    expect(partialDateOrdered(p('2016'), p('2015'))).toBe(false);
  });
});
