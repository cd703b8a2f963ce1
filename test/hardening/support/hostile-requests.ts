// Requests for the operations of the OpenAPI document: a fast-check description of what to send
// (role, path ids, query, body mutation, headers), turned into raw bytes by `toRaw`.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { ADMIN_KEY } from '../../support/test-app.js';
import type { RawRequest } from './hostile-http.js';
import type { Operation, Seeds } from './hostile-api.js';
import { HOSTILE_CURSORS, HOSTILE_ENUMS, HOSTILE_INTEGERS, HOSTILE_TEXTS, HOSTILE_TIMES } from './hostile-query.js';
import { fieldsOf, validBody, validPathParams, validQueryValue } from './hostile-valid.js';
import {
  badDate,
  hostileRawBody,
  hostileString,
  hostileValue,
  jsonText,
  protoKey,
  RawJson,
  withKey,
} from './hostile-values.js';

export type Auth = 'reporter' | 'analyst' | 'admin' | 'none' | { header: readonly string[] };
export type Slot = { kind: 'valid' } | { kind: 'random-uuid' } | { kind: 'raw'; text: string };
export type BodyMutation =
  | { kind: 'valid' }
  | { kind: 'drop'; pick: number }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'whole'; value: unknown }
  | { kind: 'raw'; bytes: Buffer }
  | { kind: 'none' };

export interface RequestSpec {
  op: Operation;
  auth: Auth;
  path: Slot[];
  query: Array<{ name: string; slot: Slot }>;
  body: BodyMutation;
  contentType: readonly string[] | 'default';
  contentEncoding?: string;
  idempotencyKey?: readonly string[] | 'fresh' | 'reuse';
  ifMatch?: readonly string[];
  correlation: 'unique' | readonly string[];
  method?: string;
}

/** Per-run state the descriptions refer to: seeds, keys, the unique correlation ids. */
export interface Env {
  seeds: Seeds;
  keys: { reporter: string; analyst: string; admin: string };
  counter: number;
  lastIdempotencyKey?: string;
}

/** `arb` one time in `n`, else undefined (fc.option's freq is the other way round). */
function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: n - 1 }, { arbitrary: arb, weight: 1 });
}

const uuidLike = fc.uuid({ version: [1, 4, 5, 7] });

/** Path segments beyond ids: traversal, invalid percent-encoding and UTF-8, raw bytes, length. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'not-a-uuid',
    '..%2F..%2Fetc%2Fpasswd',
    '%2e%2e',
    '..',
    '%00',
    '%FF',
    '%C0%AF',
    '%E0%A4%A',
    '%',
    '%zz',
    '\xff\xfe',
    '%20',
    "'%20OR%201=1--",
    '%3Cscript%3E',
    '{id}',
    '00000000-0000-0000-0000-000000000000',
    'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
    '{3f2b8c1e-5a4d-4e7f-9b21-0c6d8e9f1a2b}',
    '3f2b8c1e5a4d4e7f9b210c6d8e9f1a2b',
    'x'.repeat(5000),
    'x'.repeat(20_000),
  ),
  hostileString.filter((s) => s.length < 3000).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))),
  uuidLike.map((u) => u.toUpperCase()),
);

/** Query values: numbers, dates, cursors and text no reader accepts (percent-encoded or raw). */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    ...HOSTILE_CURSORS,
    ...HOSTILE_TIMES,
    ...HOSTILE_INTEGERS,
    ...HOSTILE_TEXTS,
    ...HOSTILE_ENUMS,
    '%',
    '%zz',
    '\xff',
  ),
  badDate.map((d) => encodeURIComponent(typeof d === 'string' ? d : d instanceof RawJson ? d.text : String(d))),
  hostileString.filter((s) => s.length < 3000).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))),
);

const auth: fc.Arbitrary<Auth> = fc.oneof(
  { arbitrary: fc.constantFrom<Auth>('reporter', 'analyst', 'admin'), weight: 12 },
  { arbitrary: fc.constant<Auth>('none'), weight: 1 },
  {
    arbitrary: fc
      .constantFrom<readonly string[]>(
        ['Bearer'],
        ['Bearer '],
        ['Basic dXNlcjpwYXNz'],
        ['Token abcdefghij'],
        [`Bearer ${'k'.repeat(600)}`],
        ['Bearer \xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8'],
        ['Bearer a b c d e f g h'],
        ['Bearer x', 'Bearer y'],
        ['Digest username="a"'],
        // The admin key with one letter's case changed, and followed by a second credential.
        [`Bearer ${ADMIN_KEY.slice(0, -1)}${ADMIN_KEY.slice(-1).toUpperCase()}`],
        [`Bearer ${ADMIN_KEY}, Bearer other`],
      )
      .map((header): Auth => ({ header })),
    weight: 2,
  },
);

const contentType = fc.oneof(
  { arbitrary: fc.constant<'default'>('default'), weight: 14 },
  {
    arbitrary: fc.constantFrom<readonly string[]>(
      [],
      ['application/json; charset=utf-8'],
      ['application/json; charset=latin1'],
      ['application/json; charset=utf-16'],
      ['application/json; charset=bogus'],
      ['application/problem+json'],
      ['text/plain'],
      ['application/x-www-form-urlencoded'],
      ['multipart/form-data; boundary=xyz'],
      ['multipart/form-data'],
      ['application/xml'],
      ['*/*'],
      ['application/json', 'text/plain'],
      ['text/plain', 'application/json'],
      ['application/json;;;; charset="'],
      ['\xff/\xfe'],
    ),
    weight: 3,
  },
);

const slot = (hostile: fc.Arbitrary<string>): fc.Arbitrary<Slot> =>
  fc.oneof(
    { arbitrary: fc.constant<Slot>({ kind: 'valid' }), weight: 6 },
    { arbitrary: fc.constant<Slot>({ kind: 'random-uuid' }), weight: 1 },
    { arbitrary: hostile.map((text): Slot => ({ kind: 'raw', text })), weight: 2 },
  );

function bodyMutation(op: Operation): fc.Arbitrary<BodyMutation> {
  if (!op.body) {
    return fc.oneof(
      { arbitrary: fc.constant<BodyMutation>({ kind: 'none' }), weight: 8 },
      { arbitrary: hostileRawBody.map((bytes): BodyMutation => ({ kind: 'raw', bytes })), weight: 1 },
    );
  }
  return fc.oneof(
    { arbitrary: fc.constant<BodyMutation>({ kind: 'valid' }), weight: 4 },
    { arbitrary: fc.nat().map((pick): BodyMutation => ({ kind: 'drop', pick })), weight: 2 },
    {
      arbitrary: fc
        .record({
          key: fc.oneof(
            protoKey,
            fc.constantFrom('extra', 'ID', 'Name', 'position', 'version', ''),
            fc.string({ maxLength: 20 }),
          ),
          value: fc.oneof(hostileValue, fc.constant('x')),
        })
        .map(({ key, value }): BodyMutation => ({ kind: 'extra', key, value })),
      weight: 2,
    },
    {
      arbitrary: fc
        .record({ pick: fc.nat(), value: hostileValue })
        .map(({ pick, value }): BodyMutation => ({ kind: 'replace', pick, value })),
      weight: 6,
    },
    { arbitrary: hostileValue.map((value): BodyMutation => ({ kind: 'whole', value })), weight: 1 },
    { arbitrary: hostileRawBody.map((bytes): BodyMutation => ({ kind: 'raw', bytes })), weight: 2 },
    { arbitrary: fc.constant<BodyMutation>({ kind: 'none' }), weight: 1 },
  );
}

/** The description of one request to `op`: mostly valid, hostile in one or a few places. */
export function requestSpec(op: Operation): fc.Arbitrary<RequestSpec> {
  return fc.record({
    op: fc.constant(op),
    auth,
    path: fc.tuple(...op.pathParams.map(() => slot(hostileSegment))),
    query: fc
      .constant([...op.query.map((q) => q.name), 'unknownParam', ...op.query.slice(0, 1).map((q) => q.name)])
      .chain((all) => fc.subarray([...all], { maxLength: Math.min(4, all.length) }))
      .chain((names) => fc.tuple(...names.map((name) => slot(hostileQueryValue).map((s) => ({ name, slot: s }))))),
    body: bodyMutation(op),
    contentType,
    contentEncoding: rarely(
      fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'bogus', 'gzip-bomb', 'gzip, gzip'),
      12,
    ),
    idempotencyKey: rarely(
      fc.oneof(
        fc.constantFrom<'fresh' | 'reuse'>('fresh', 'reuse'),
        fc.constantFrom<readonly string[]>([''], [' '], ['a'.repeat(256)], ['ключ'], ['a b'], ['k1', 'k2'], ['\x7f']),
      ),
      3,
    ),
    ifMatch: rarely(
      fc.constantFrom<readonly string[]>(
        ['"1"'],
        ['*'],
        ['W/"2"'],
        ['"-1"'],
        ['"abc"'],
        ['"1.5"'],
        ['"99999999999999"'],
        ['"9999999999999999999"'],
        ['1, 2'],
        [''],
        ['"1"', '"2"'],
      ),
      6,
    ),
    correlation: fc.oneof(
      { arbitrary: fc.constant<'unique'>('unique'), weight: 12 },
      {
        arbitrary: fc.constantFrom(
          ['x'.repeat(129)],
          ['../../etc'],
          ['<script>'],
          [''],
          ['\xfc\xe9'],
          ['dup-a', 'dup-b'],
          ["'; drop table events; --"],
        ),
        weight: 1,
      },
    ),
    method: rarely(fc.constantFrom('PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'GET', 'POST'), 25),
  });
}

function applyMutation(valid: Record<string, unknown>, op: Operation, m: BodyMutation): unknown {
  const fields = fieldsOf(op.body?.schema);
  const clone = structuredClone(valid);
  if (m.kind === 'valid') return clone;
  if (m.kind === 'whole') return m.value;
  if (m.kind === 'extra') return withKey(clone, m.key, m.value);
  if (!fields.length) return clone;
  const { path } = fields[(m.kind === 'drop' || m.kind === 'replace' ? m.pick : 0) % fields.length];
  let parent: Record<string, unknown> = clone;
  for (const k of path.slice(0, -1)) {
    if (!parent[k] || typeof parent[k] !== 'object') parent[k] = {};
    parent = parent[k] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (m.kind === 'drop') delete parent[last];
  else if (m.kind === 'replace') parent[last] = m.value;
  return clone;
}

/** The all-valid description of a request to the operation. */
export function validSpec(op: Operation, auth: Auth = 'admin'): RequestSpec {
  return {
    op,
    auth,
    path: op.pathParams.map(() => ({ kind: 'valid' as const })),
    // A required query parameter (GET /v1/search's q) is part of the valid request.
    query: op.query.filter((q) => q.required).map((q) => ({ name: q.name, slot: { kind: 'valid' as const } })),
    body: op.body ? { kind: 'valid' } : { kind: 'none' },
    contentType: 'default',
    correlation: 'unique',
  };
}

/** The field a single-field mutation touched (for the "names the offending field" check). */
export function mutatedField(spec: RequestSpec): string | undefined {
  const m = spec.body;
  if (m.kind === 'extra') return m.key;
  if (m.kind !== 'drop' && m.kind !== 'replace') return undefined;
  const fields = fieldsOf(spec.op.body?.schema);
  return fields.length ? fields[m.pick % fields.length].path.join('.') : undefined;
}

function multipart(file: string, boundary: string): Buffer {
  return Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gtd.csv"\r\n` +
      `Content-Type: text/csv\r\n\r\n${file}\r\n--${boundary}--\r\n`,
  );
}

const GZIP_BOMB = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));

/** The bytes for a description; `sentCorrelationId` is what the suite expects echoed back. */
export function toRaw(
  spec: RequestSpec,
  env: Env,
): { req: RawRequest; sentCorrelationId?: string; idempotencyKey?: string } {
  const { op } = spec;
  const n = ++env.counter;
  const valid = validPathParams(op, env.seeds) ?? {};
  let target = op.path;
  op.pathParams.forEach((name, i) => {
    const s = spec.path[i];
    const text =
      s.kind === 'valid' ? (valid[name] ?? 'missing-seed') : s.kind === 'random-uuid' ? randomUUID() : s.text;
    target = target.replace(`{${name}}`, text);
  });
  const pairs = spec.query.map(({ name, slot: s }) => {
    const schema = op.query.find((q) => q.name === name)?.schema;
    const value =
      s.kind === 'valid'
        ? encodeURIComponent(validQueryValue(name, schema, env.seeds) ?? 'x')
        : s.kind === 'random-uuid'
          ? randomUUID()
          : s.text;
    return `${name}=${value}`;
  });
  if (pairs.length) target += `?${pairs.join('&')}`;

  const headers: Array<[string, string]> = [];
  if (spec.auth === 'reporter' || spec.auth === 'analyst' || spec.auth === 'admin')
    headers.push(['Authorization', `Bearer ${env.keys[spec.auth]}`]);
  else if (spec.auth !== 'none') for (const h of spec.auth.header) headers.push(['Authorization', h]);

  let sentCorrelationId: string | undefined;
  if (spec.correlation === 'unique') {
    // Unique within the run, and each run has a database of its own.
    sentCorrelationId = `hostile-${n}`;
    headers.push(['X-Correlation-Id', sentCorrelationId]);
  } else for (const v of spec.correlation) headers.push(['X-Correlation-Id', v]);

  let idempotencyKey: string | undefined;
  if (spec.idempotencyKey === 'fresh' || (spec.idempotencyKey === 'reuse' && !env.lastIdempotencyKey)) {
    idempotencyKey = `idem-${n}`;
    env.lastIdempotencyKey = idempotencyKey;
    headers.push(['Idempotency-Key', idempotencyKey]);
  } else if (spec.idempotencyKey === 'reuse') headers.push(['Idempotency-Key', env.lastIdempotencyKey!]);
  else if (spec.idempotencyKey) for (const v of spec.idempotencyKey) headers.push(['Idempotency-Key', v]);
  for (const v of spec.ifMatch ?? []) headers.push(['If-Match', v]);

  let body: Buffer | undefined;
  let defaultType = 'application/json';
  const m = spec.body;
  if (m.kind === 'raw') body = m.bytes;
  else if (m.kind !== 'none' && op.body) {
    const baseline = validBody(op, env.seeds) ?? {};
    if (op.body.contentType === 'multipart/form-data') {
      const boundary = `hostile${n}`;
      defaultType = `multipart/form-data; boundary=${boundary}`;
      const file = m.kind === 'valid' ? String(baseline.file) : jsonText(applyMutation(baseline, op, m));
      body = multipart(file, boundary);
    } else body = Buffer.from(jsonText(applyMutation(baseline, op, m)), 'utf8');
  }
  if (body) {
    for (const v of spec.contentType === 'default' ? [defaultType] : spec.contentType)
      headers.push(['Content-Type', v]);
    if (spec.contentEncoding === 'gzip-bomb') {
      headers.push(['Content-Encoding', 'gzip']);
      body = GZIP_BOMB;
    } else if (spec.contentEncoding) {
      headers.push(['Content-Encoding', spec.contentEncoding]);
      if (spec.contentEncoding === 'gzip') body = gzipSync(body);
    }
  }
  return { req: { method: spec.method ?? op.method, target, headers, body }, sentCorrelationId, idempotencyKey };
}
