// Hostile values for query parameters by the kind of parameter (cursor, time, integer, text,
// enum), already percent-encoded or deliberately not. The table test sends each to the parameter
// of every read that has it; the generator draws from them too.

const cursorOf = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

export const HOSTILE_CURSORS: string[] = [
  ...[
    [],
    ['x'],
    ['not-a-date', 'not-a-uuid'],
    [null, "'; drop table events; --"],
    ['2023-01-01T00:00:00Z', '00000000-0000-4000-8000-000000000000', 'extra'],
    [1e308, {}],
    [{}, []],
    ['+275760-09-13T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'],
    ['0000-01-01', 'x'],
    [99999999999999, 1],
    [true, false],
    ['hostile front', 'not-a-uuid'],
    { a: 1 },
    'not json',
  ].map(cursorOf),
  '%FF%FE',
  '!!!',
  'A'.repeat(501),
];

export const HOSTILE_TIMES: string[] = [
  '2023-02-30',
  '2023-13-01',
  '0000-01-01',
  '0001-01-01T00%3A00%3A00%2B01%3A00',
  '9999-12-31T23%3A59%3A59-01%3A00',
  '10000-01-01',
  '%2B010000-01-01T00%3A00%3A00Z',
  '-000001-01-01',
  'yesterday',
  '2023-07-12T25%3A00%3A00Z',
  '2023-07-12T10%3A00%3A00',
  '2023-07-12 10:00:00Z'.replace(/ /g, '%20').replace(/:/g, '%3A'),
  '1689150000000',
  '',
  '1e309',
  'x'.repeat(65),
];

export const HOSTILE_INTEGERS: string[] = [
  '-1',
  '0',
  '1.5',
  '1e3',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '%205',
  '',
  '9223372036854775808',
  '9007199254740993',
  '999999999999999',
  'true',
];

export const HOSTILE_TEXTS: string[] = [
  encodeURIComponent("' OR '1'='1"),
  encodeURIComponent("'; DROP TABLE events; --"),
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent('%_\\'),
  '%FF',
  '%00',
  '%C0%AF',
  '',
  'x'.repeat(5000),
  encodeURIComponent('𝕿𝖊𝖘𝖙 \u202e'),
];

export const HOSTILE_ENUMS: string[] = [
  'TRUE',
  '',
  '1',
  encodeURIComponent("open';--"),
  'open,closed',
  'x'.repeat(300),
];

/** The hostile values for a query parameter, by its name and OpenAPI schema. */
export function hostileQueryValues(name: string, schema: any): string[] {
  if (name === 'cursor') return HOSTILE_CURSORS;
  if (['from', 'to', 'asOf'].includes(name)) return HOSTILE_TIMES;
  if (schema?.type === 'integer' || schema?.type === 'number') return HOSTILE_INTEGERS;
  if (Array.isArray(schema?.enum)) return HOSTILE_ENUMS;
  return HOSTILE_TEXTS;
}
