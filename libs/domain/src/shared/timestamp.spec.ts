import { describe, expect, it } from '@jest/globals';
import { normaliseTimestamp, parseTimestamp } from './timestamp.js';

describe('parseTimestamp (RFC 3339 with zone)', () => {
  it.each([
    ['2023-07-12T10:30:00Z', '2023-07-12T10:30:00.000Z'],
    ['2023-07-12t10:30:00z', '2023-07-12T10:30:00.000Z'],
    ['2023-07-12T10:30:00.123456+05:00', '2023-07-12T05:30:00.123Z'],
    ['2023-07-12T00:30:00-04:30', '2023-07-12T05:00:00.000Z'],
    ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseTimestamp(input)).toBe(expected);
  });

  it.each([
    '2023-07-12T10:30:00',
    '2023-07-12 10:30:00Z',
    '2023-07-12T10:30Z',
    '2023-02-30T00:00:00Z',
    '2023-07-12T24:00:00Z',
    '2023-07-12T10:30:60Z',
    '2023-07-12',
    '2023-07-12T10:30:00+5:00',
    'yesterday',
  ])('rejects %p', (input) => {
    expect(parseTimestamp(input)).toBeNull();
  });

  it('keeps years below 100 as they are', () => {
    expect(normaliseTimestamp('0050-01-01T00:00:00Z')).toBe('0050-01-01T00:00:00.000Z');
  });
});
