// Hostile values for bodies, paths, queries and headers, as fast-check arbitraries.
import fc from 'fast-check';

/** JSON text written verbatim into a body (1e309, 2^63, deep nesting: what JSON.stringify cannot say). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON.stringify that also writes RawJson verbatim and keeps own `__proto__` keys. */
export function jsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .map((k) => `${JSON.stringify(k)}:${jsonText((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An object with `key` as an own property, even when the key is `__proto__`. */
export function withKey<T extends object>(obj: T, key: string, value: unknown): T {
  const copy = { ...obj };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

export const MIB = 1024 * 1024;

const sqlInjections = [
  "' OR '1'='1",
  "'; DROP TABLE events; --",
  '1; TRUNCATE events CASCADE',
  "x' UNION SELECT key_hash, null FROM api_keys --",
  '$$; select pg_sleep(5); $$',
  "') ; update streams set version = 0; --",
  "\\'; select 1; --",
  '%27%20OR%201%3D1',
];
const scriptInjections = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${process.exit(1)}',
  '#{7*7}',
  '<!--#exec cmd="ls"-->',
  '\u0000<script>',
];
const traversal = [
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd%00',
  '....//....//',
  '%2e%2e%2f%2e%2e%2f',
];
const oddUnicode = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udc00x',
  '\uffff\ufffe',
  '\u202eevil',
  '\u200b',
  'Z̤̈́͌ä̴̹l̙̈g̺̔o',
  '🏴‍☠️💣',
  '𝕿𝖊𝖘𝖙',
  'ﷺ',
  'İ',
  'ß'.repeat(300),
  '\u0085\u2028\u2029',
];

export const MIB_STRING = 'x'.repeat(MIB + 7);

/** Strings that break parsers, databases, renderers, and length limits. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...sqlInjections, ...scriptInjections, ...traversal), weight: 4 },
  { arbitrary: fc.constantFrom(...oddUnicode), weight: 3 },
  { arbitrary: fc.constantFrom(201, 4001, 70_000).map((n) => 'y'.repeat(n)), weight: 2 },
  { arbitrary: fc.constant(MIB_STRING), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
);

/** Impossible, out-of-range or informal dates, as strings and as numbers. */
export const badDate: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  '2023-02-30',
  '2023-02-29',
  '2023-13-01',
  '2023-00-10',
  '2023-07-32',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+01:00',
  '10000-01-01',
  '+010000-01-01T00:00:00Z',
  '-000001-01-01',
  '9999-12-31T23:59:59-23:59',
  'yesterday',
  'now',
  '2023-07-12T25:00:00Z',
  '2023-07-12T10:60:00Z',
  '2023-07-12T23:59:60Z',
  '2023-07-12T10:00:00',
  '2023-07-12 10:00:00Z',
  '2023-07-12T10:00:00+24:00',
  '2023-07-12T10:00:00.12345678901234567890Z',
  '2023-W28',
  '12/07/2023',
  '2023-7-2',
  '１２０２３',
  '',
  1689150000000,
  -1,
  2023,
  new RawJson('1e309'),
);

/** Numbers JSON can carry but no field wants, some only as literal JSON text. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    -1,
    -0,
    0.5,
    1.5,
    -2147483649,
    2 ** 31,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    new RawJson('1e309'),
    new RawJson('-1e309'),
    new RawJson('9223372036854775808'),
    new RawJson('-9223372036854775809'),
    new RawJson('123456789012345678901234567890'),
    new RawJson('1e-400'),
    new RawJson('-0.0'),
    new RawJson('1E2'),
    '1',
    'NaN',
    'Infinity',
    '0x10',
    '',
  ),
  fc.double(),
  fc.integer(),
);

/** Keys that reach for the prototype chain. */
export const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype');

/** Values of the wrong JSON type for almost any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  '',
  [],
  {},
  ['a'],
  { a: 1 },
  [[[]]],
  JSON.parse('{"__proto__":{"admin":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
);

/** JSON text nested `depth` levels deep. */
export function deepJson(depth: number, kind: 'array' | 'object'): RawJson {
  return kind === 'array'
    ? new RawJson('['.repeat(depth) + ']'.repeat(depth))
    : new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
}

export const deepNesting: fc.Arbitrary<RawJson> = fc
  .record({
    depth: fc.constantFrom(65, 1_000, 10_000, 100_000),
    kind: fc.constantFrom('array' as const, 'object' as const),
  })
  .map(({ depth, kind }) => deepJson(depth, kind));

/** Arrays far longer than any field allows, some far beyond the body limit. */
export const hugeArray: fc.Arbitrary<unknown[] | RawJson> = fc.oneof(
  fc
    .constantFrom(101, 10_000)
    .map((n) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)),
  fc.constantFrom(10_000, 100_000).map((n) => new RawJson(`[${'1,'.repeat(n - 1)}1]`)),
  fc.constant(new RawJson(`[${'"x",'.repeat(300_000)}"x"]`)),
);

/** Any hostile value for a body field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 5 },
  { arbitrary: badDate, weight: 3 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: wrongType, weight: 3 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: hugeArray, weight: 1 },
);

/** Raw bodies that are not (valid UTF-8) JSON objects at all. */
export const hostileRawBody: fc.Arbitrary<Buffer> = fc.oneof(
  fc
    .constantFrom(
      '',
      ' ',
      'null',
      '[]',
      '"x"',
      '42',
      'true',
      '{',
      '{"a":1}}',
      '{"a":1} trailing',
      "{'a':1}",
      '{"a":NaN}',
      '{"a":Infinity}',
      '{"a":undefined}',
      '{/*c*/"a":1}',
      '{"a":1,}',
      '{"name":"a","name":"b"}',
      '\ufeff{"name":"bom"}',
      '{"a":"\\ud800"}',
      '{"a":"\\u0000"}',
      '{"a":"\\uZZZZ"}',
    )
    .map((s) => Buffer.from(s, 'utf8')),
  // Invalid UTF-8: stray continuation, overlong '/', CESU surrogate, truncated sequence, 0xFF.
  fc
    .constantFrom([0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xff, 0xfe], [0xf8, 0x88, 0x80, 0x80, 0x80])
    .map((bad) =>
      Buffer.concat([Buffer.from('{"name":"a'), Buffer.from(bad), Buffer.from('b","kind":"news","reliability":"B"}')]),
    ),
  fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
  fc.constant(Buffer.from(`{"summary":"${MIB_STRING}"}`)),
);
