import { describe, expect, it } from '@jest/globals';
import { citationSchema, isPublishedAt } from './citation.js';

describe('citation publishedAt', () => {
  it('accepts a year, month, day and a date-time with or without zone, as outlets date them', () => {
    for (const value of [
      '2016',
      '2023-07',
      '2024-02-29',
      '2023-07-12T10:30',
      '2023-07-12 10:30:05',
      '2023-07-12T10:30:05.123Z',
      '2023-07-12T23:59:59+05:30',
      '2023-07-12T00:00:00-0800',
    ])
      expect({ value, ok: isPublishedAt(value) }).toEqual({ value, ok: true });
  });

  it('refuses dates and times that do not exist, and shapes that only look like dates', () => {
    for (const value of [
      '2015-99-99',
      '2015-13',
      '2023-02-29',
      '2015-00-10',
      '0000',
      '2015-01-01T::::',
      '2015-01-01T10',
      '2015-01-01T24:00',
      '2015-01-01T10:60',
      '2015-01-01T10:00:60Z',
      '2015-01-01T10:00+25:00',
      'yesterday',
    ])
      expect({ value, ok: isPublishedAt(value) }).toEqual({ value, ok: false });
  });

  it('a bad publishedAt is an issue on publishedAt in the schema', () => {
    const result = citationSchema.safeParse({ url: 'https://news.example/a', publishedAt: '2015-99-99' });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['publishedAt']]);
    expect(citationSchema.parse({ url: 'https://news.example/a', publishedAt: ' 2015-09 ' }).publishedAt).toBe(
      '2015-09',
    );
  });
});
