import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { parseTimeParam } from '@app/domain';
import { cursorKey, decodeCursor, encodeCursor, page, timeParamSchema } from './cursor.js';

const ID = '3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b';
const raw = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

// The three shapes the lists use: incidents and reviews, groups and sources, mismatches.
const timeOrNullId = z.tuple([cursorKey.time.nullable(), cursorKey.uuid]);
const textId = z.tuple([cursorKey.text, cursorKey.uuid]);
const idOnly = z.tuple([cursorKey.uuid]);

describe('decodeCursor', () => {
  it('gives back the key page() issued, for each shape', () => {
    const issued = (key: unknown[]) => page([{}, {}], 1, () => key).nextCursor!;
    expect(decodeCursor(issued(['2023-07-12T05:00:00.000Z', ID]), timeOrNullId)).toEqual([
      '2023-07-12T05:00:00.000Z',
      ID,
    ]);
    expect(decodeCursor(issued([null, ID]), timeOrNullId)).toEqual([null, ID]);
    expect(decodeCursor(issued(['tehrik-i-taliban pakistan', ID]), textId)).toEqual(['tehrik-i-taliban pakistan', ID]);
    expect(decodeCursor(issued([ID]), idOnly)).toEqual([ID]);
  });

  it('normalises an in-range time with an offset to the UTC form the SQL casts', () => {
    expect(decodeCursor(encodeCursor(['0001-01-01T00:30:00-01:00', ID]), timeOrNullId)).toEqual([
      '0001-01-01T01:30:00.000Z',
      ID,
    ]);
  });

  it.each([
    ['["x"]', raw(['x'])],
    ['empty array', raw([])],
    ['not a time, not a uuid', raw(['not-a-date', 'not-a-uuid'])],
    ['SQL in the uuid slot', raw([null, "'; drop table events; --"])],
    ['an extra element', raw(['2023-01-01T00:00:00Z', ID, 'extra'])],
    ['numbers and objects', raw([1e308, {}])],
    ['year 275760', raw(['+275760-09-13T00:00:00.000Z', ID])],
    ['year 0', raw(['0000-01-01T00:00:00Z', ID])],
    ['year 10000 in UTC', raw(['9999-12-31T23:59:59-01:00', ID])],
    ['a date without a time', raw(['2023-01-01', ID])],
    ['booleans', raw([true, false])],
    ['an object', raw({ a: 1 })],
    ['not JSON', raw('not json')],
    ['not base64url', '!!!'],
    ['empty', ''],
  ])('refuses a time-or-null, uuid cursor: %s', (_what, cursor) => {
    expect(decodeCursor(cursor, timeOrNullId)).toBeNull();
  });

  it('refuses text Postgres cannot take, and a text cursor where a time or a lone uuid is due', () => {
    expect(decodeCursor(raw(['a\u0000b', ID]), textId)).toBeNull();
    expect(decodeCursor(raw(['\ud800', ID]), textId)).toBeNull();
    expect(decodeCursor(raw(['hostile front', 'not-a-uuid']), textId)).toBeNull();
    expect(decodeCursor(raw(['tehrik', ID]), timeOrNullId)).toBeNull();
    expect(decodeCursor(raw([ID, ID]), idOnly)).toBeNull();
    expect(decodeCursor(raw(['x']), idOnly)).toBeNull();
  });
});

describe('timeParamSchema', () => {
  const parse = (v: string) => timeParamSchema.safeParse(v);

  it('takes dates as UTC midnight and RFC 3339 times, up to the edges of years 1–9999 in UTC', () => {
    expect(parseTimeParam('2023-07-01')?.toISOString()).toBe('2023-07-01T00:00:00.000Z');
    expect(parseTimeParam('0001-01-01')?.toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(parseTimeParam('9999-12-31')?.toISOString()).toBe('9999-12-31T00:00:00.000Z');
    expect(parseTimeParam('9999-12-31T23:59:59.999Z')?.toISOString()).toBe('9999-12-31T23:59:59.999Z');
    expect(parseTimeParam('0001-01-01T00:00:00-01:00')?.toISOString()).toBe('0001-01-01T01:00:00.000Z');
    expect(parseTimeParam('9999-12-31T23:59:59+01:00')?.toISOString()).toBe('9999-12-31T22:59:59.000Z');
    expect(parseTimeParam('2023-07-12 10:00:00Z')?.toISOString()).toBe('2023-07-12T10:00:00.000Z');
    expect(parse('2023-07-12T10:30:00+05:00')).toMatchObject({ success: true, data: new Date('2023-07-12T05:30:00Z') });
  });

  it.each([
    '0000-01-01',
    '0001-01-01T00:00:00+01:00',
    '9999-12-31T23:59:59-01:00',
    '10000-01-01',
    '+010000-01-01T00:00:00Z',
    '-000001-01-01',
    '2023-02-30',
    '2023-13-01',
    '2023-07-12T25:00:00Z',
    '2023-07-12T10:00:00',
    '1689150000000',
    'yesterday',
    '',
  ])('refuses %j', (v) => {
    expect(parseTimeParam(v)).toBeNull();
    expect(parse(v).success).toBe(false);
  });
});
