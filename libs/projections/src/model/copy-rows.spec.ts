import { describe, expect, it } from '@jest/globals';
import { atMost, copyValue } from './copy-rows.js';

describe('copyValue: one value in COPY text format', () => {
  it('writes NULL as \\N and keeps a literal backslash-N as data', () => {
    expect(copyValue(null, 'text')).toBe('\\N');
    expect(copyValue(undefined, 'uuid')).toBe('\\N');
    expect(copyValue('\\N', 'text')).toBe('\\\\N');
  });

  it('escapes the characters COPY reads as separators or escapes', () => {
    expect(copyValue('a\tb\nc\rd\\e', 'text')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyValue('plain, "quoted" {braced}', 'text')).toBe('plain, "quoted" {braced}');
  });

  it('writes booleans, numbers and Dates as Postgres reads them', () => {
    expect(copyValue(true, 'boolean')).toBe('t');
    expect(copyValue(false, 'boolean')).toBe('f');
    expect(copyValue(42, 'integer')).toBe('42');
    expect(copyValue(new Date('2024-02-29T12:00:00.123Z'), 'timestamptz')).toBe('2024-02-29T12:00:00.123Z');
    expect(copyValue('2017-09-16T00:00:00.000Z', 'timestamptz')).toBe('2017-09-16T00:00:00.000Z');
  });

  it('quotes every array element, so commas, braces, quotes and NULL-looking text stay data', () => {
    expect(copyValue(['TTP', 'a,b', '{x}', 'say "hi"', 'back\\slash', 'NULL'], 'text[]')).toBe(
      '{"TTP","a,b","{x}","say \\\\"hi\\\\"","back\\\\\\\\slash","NULL"}',
    );
    expect(copyValue([], 'uuid[]')).toBe('{}');
    expect(copyValue([null], 'text[]')).toBe('{NULL}');
    expect(() => copyValue('x', 'text[]')).toThrow(/array/);
  });

  it('writes jsonb as its JSON text, escaped for COPY', () => {
    expect(copyValue({ a: 'line\nbreak', b: [1, null] }, 'jsonb')).toBe('{"a":"line\\\\nbreak","b":[1,null]}');
    expect(copyValue('a string', 'jsonb')).toBe('"a string"');
  });
});

describe('atMost', () => {
  it('runs every task, never more than n at once', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    const task = (i: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      done.push(i);
    };
    await atMost(2, [0, 1, 2, 3, 4].map(task));
    expect(done.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    await atMost(3, []);
  });
});
