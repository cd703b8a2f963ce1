// Requests that are malformed as HTTP or as bytes rather than as JSON: duplicate and conflicting
// headers, lying Content-Length, chunked framing, bytes the parser refuses, oversized heads, odd
// methods, targets and versions, deep and huge bodies. Each case rewrites an otherwise valid request.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { RawRequest } from './hostile-http.js';
import { deepJson, MIB_STRING } from './hostile-values.js';

export interface ProtocolCase {
  name: string;
  /** The case is about the body: it rewrites a request that has one. */
  body?: boolean;
  /** The case is about multipart uploads: it rewrites a request to the upload operation. */
  upload?: boolean;
  apply(req: RawRequest): RawRequest;
  /** Only a request that can never complete may go unanswered. */
  mayGoUnanswered?: boolean;
  /** Whatever the operation and role, this request must be refused with a 4xx. */
  rejects?: boolean;
}

const body = (req: RawRequest) => req.body ?? Buffer.from('{}');
const without = (req: RawRequest, name: string) => req.headers.filter(([k]) => k.toLowerCase() !== name.toLowerCase());
const withHeaders = (req: RawRequest, ...extra: Array<[string, string]>): RawRequest => ({
  ...req,
  headers: [...req.headers, ...extra],
});
const withBody = (req: RawRequest, bytes: Buffer, type = 'application/json'): RawRequest => ({
  ...req,
  headers: [...without(req, 'content-type'), ['Content-Type', type]],
  body: bytes,
});

function chunked(bytes: Buffer, size = 7): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    const piece = bytes.subarray(i, i + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

const cases: ProtocolCase[] = [
  // Content-Type
  {
    body: true,
    name: 'duplicate Content-Type, JSON first',
    apply: (r) => withHeaders(r, ['Content-Type', 'text/plain']),
  },
  {
    body: true,
    name: 'duplicate Content-Type, text first',
    apply: (r) => ({ ...r, headers: [['Content-Type', 'text/plain'], ...r.headers] }),
  },
  {
    body: true,
    name: 'Content-Type with two charsets',
    apply: (r) => withBody(r, body(r), 'application/json; charset=utf-8; charset=latin1'),
  },
  {
    body: true,
    name: 'Content-Type with a 4 KiB parameter',
    apply: (r) => withBody(r, body(r), `application/json; x=${'y'.repeat(4096)}`),
  },
  {
    body: true,
    name: 'Content-Type application/json with UTF-16 bytes',
    apply: (r) => withBody(r, Buffer.from(`\ufeff${body(r).toString()}`, 'utf16le')),
  },
  // Content-Length
  {
    body: true,
    name: 'duplicate equal Content-Length',
    apply: (r) => ({ ...withHeaders(r, ['Content-Length', String(body(r).length)]), body: body(r) }),
  },
  {
    body: true,
    name: 'duplicate differing Content-Length',
    apply: (r) => ({ ...withHeaders(r, ['Content-Length', '1']), body: body(r) }),
  },
  {
    body: true,
    name: 'Content-Length shorter than the body',
    apply: (r) => ({ ...r, body: body(r), contentLength: String(Math.max(0, body(r).length - 3)) }),
  },
  {
    body: true,
    name: 'Content-Length longer than the body',
    apply: (r) => ({ ...r, body: body(r), contentLength: String(body(r).length + 10), endAfterWrite: true }),
    mayGoUnanswered: true,
  },
  { body: true, name: 'negative Content-Length', apply: (r) => ({ ...r, body: body(r), contentLength: '-1' }) },
  { body: true, name: 'non-numeric Content-Length', apply: (r) => ({ ...r, body: body(r), contentLength: 'abc' }) },
  {
    body: true,
    name: 'Content-Length beyond 2^64',
    apply: (r) => ({ ...r, body: body(r), contentLength: '99999999999999999999999', endAfterWrite: true }),
    mayGoUnanswered: true,
  },
  {
    body: true,
    name: 'Content-Length with a plus sign',
    apply: (r) => ({ ...r, body: body(r), contentLength: `+${body(r).length}` }),
  },
  // Transfer-Encoding
  {
    body: true,
    name: 'chunked body',
    apply: (r) => ({
      ...withHeaders(r, ['Transfer-Encoding', 'chunked']),
      body: chunked(body(r)),
      contentLength: 'none',
    }),
  },
  {
    body: true,
    name: 'chunked and Content-Length',
    apply: (r) => ({ ...withHeaders(r, ['Transfer-Encoding', 'chunked']), body: chunked(body(r)) }),
  },
  {
    body: true,
    name: 'bad chunk size',
    apply: (r) => ({
      ...withHeaders(r, ['Transfer-Encoding', 'chunked']),
      body: Buffer.from('zz\r\n{}\r\n0\r\n\r\n'),
      contentLength: 'none',
    }),
  },
  {
    body: true,
    name: 'unknown Transfer-Encoding',
    apply: (r) => ({
      ...withHeaders(r, ['Transfer-Encoding', 'bogus']),
      body: body(r),
      contentLength: 'none',
      endAfterWrite: true,
    }),
    mayGoUnanswered: true,
  },
  {
    body: true,
    name: 'chunked twice',
    apply: (r) => ({
      ...withHeaders(r, ['Transfer-Encoding', 'chunked, chunked']),
      body: chunked(body(r)),
      contentLength: 'none',
    }),
  },
  // Header bytes and sizes
  { name: 'space in a header name', apply: (r) => withHeaders(r, ['X Bad', '1']) },
  { name: 'non-ASCII header name', apply: (r) => withHeaders(r, ['X-\xdcber', '1']) },
  { name: 'NUL in a header value', apply: (r) => withHeaders(r, ['X-Nul', 'a\x00b']) },
  { name: 'bare CR in a header value', apply: (r) => withHeaders(r, ['X-Cr', 'a\rb']) },
  { name: 'obsolete line folding', apply: (r) => withHeaders(r, ['X-Fold', 'a\r\n  folded']) },
  { name: 'latin-1 bytes in a header value', apply: (r) => withHeaders(r, ['X-Latin', '\xe9\xff\xfe']) },
  { name: '20 KiB header', apply: (r) => withHeaders(r, ['X-Big', 'x'.repeat(20_000)]) },
  {
    name: '1,000 headers',
    apply: (r) => withHeaders(r, ...Array.from({ length: 1000 }, (_, i): [string, string] => [`X-H${i}`, 'v'])),
  },
  { name: 'Expect: bogus', apply: (r) => withHeaders(r, ['Expect', 'bogus']) },
  { name: 'Expect: 100-continue', apply: (r) => withHeaders(r, ['Expect', '100-continue']) },
  { name: 'no Host', apply: (r) => ({ ...r, omitHost: true }) },
  { name: 'empty Host', apply: (r) => ({ ...r, headers: [['Host', ''], ...r.headers] }) },
  {
    name: 'duplicate Host',
    apply: (r) => ({ ...r, headers: [['Host', 'a.example'], ['Host', 'b.example'], ...r.headers] }),
  },
  // Duplicated API headers
  {
    name: 'valid then invalid Authorization',
    apply: (r) => withHeaders(r, ['Authorization', 'Bearer nope-nope-nope']),
  },
  {
    name: 'invalid then valid Authorization',
    apply: (r) => ({ ...r, headers: [['Authorization', 'Basic Zm9vOmJhcg=='], ...r.headers] }),
  },
  {
    name: 'duplicate Idempotency-Key',
    apply: (r) => withHeaders(r, ['Idempotency-Key', 'dup-1'], ['Idempotency-Key', 'dup-2']),
  },
  { name: 'duplicate If-Match', apply: (r) => withHeaders(r, ['If-Match', '"1"'], ['If-Match', '"2"']) },
  { name: 'duplicate X-Correlation-Id', apply: (r) => withHeaders(r, ['X-Correlation-Id', 'dup-a']) },
  { name: 'If-Match: *', apply: (r) => withHeaders(r, ['If-Match', '*']) },
  { name: 'If-Match beyond 2^53', apply: (r) => withHeaders(r, ['If-Match', '"9007199254740993"']) },
  // Methods, targets, versions
  { name: 'lower-case method', apply: (r) => ({ ...r, method: r.method.toLowerCase() }) },
  { name: 'unknown method', apply: (r) => ({ ...r, method: 'FROB' }) },
  { name: 'CONNECT', apply: (r) => ({ ...r, method: 'CONNECT', target: '127.0.0.1:80' }) },
  { name: 'absolute-form target', apply: (r) => ({ ...r, target: `http://127.0.0.1${r.target}` }) },
  { name: 'asterisk target', apply: (r) => ({ ...r, target: '*' }) },
  { name: 'double slash', apply: (r) => ({ ...r, target: `/${r.target}` }) },
  { name: 'dot segments', apply: (r) => ({ ...r, target: r.target.replace('/v1/', '/v1/./../v1/') }) },
  { name: 'encoded slash', apply: (r) => ({ ...r, target: r.target.replace(/\/([^/?]+)$/, '%2F$1') }) },
  { name: 'fragment', apply: (r) => ({ ...r, target: `${r.target}#frag` }) },
  { name: 'backslashes', apply: (r) => ({ ...r, target: r.target.replace(/\//g, '\\') }) },
  { name: 'upper-case path', apply: (r) => ({ ...r, target: r.target.toUpperCase() }) },
  { name: 'raw space in target', apply: (r) => ({ ...r, target: `${r.target.split('?')[0]}/a b` }) },
  {
    name: 'raw UTF-8 bytes in target',
    apply: (r) => ({ ...r, target: `${r.target}${r.target.includes('?') ? '&' : '?'}q=\xc3\xa9` }),
  },
  {
    name: 'invalid UTF-8 percent-encoded in query',
    apply: (r) => ({ ...r, target: `${r.target}${r.target.includes('?') ? '&' : '?'}q=%C0%AF%FF` }),
  },
  { name: 'NUL percent-encoded in path', apply: (r) => ({ ...r, target: `${r.target.split('?')[0]}%00` }) },
  {
    name: '100 KiB target',
    apply: (r) => ({ ...r, target: `${r.target}${r.target.includes('?') ? '&' : '?'}q=${'a'.repeat(100_000)}` }),
  },
  {
    name: '1,000 query parameters',
    apply: (r) => ({
      ...r,
      target:
        `${r.target}${r.target.includes('?') ? '&' : '?'}` +
        `${Array.from({ length: 1000 }, (_, i) => `p${i}=1`).join('&')}`,
    }),
  },
  { name: 'HTTP/1.0', apply: (r) => ({ ...r, version: 'HTTP/1.0' }) },
  { name: 'HTTP/1.0 without Host', apply: (r) => ({ ...r, version: 'HTTP/1.0', omitHost: true }) },
  { name: 'HTTP/2.0 in an HTTP/1 request line', apply: (r) => ({ ...r, version: 'HTTP/2.0' }) },
  { name: 'bogus version', apply: (r) => ({ ...r, version: 'HTTP/9.9' }) },
  { name: 'no version', apply: (r) => ({ ...r, version: '' }) },
  // Bodies
  {
    body: true,
    name: '10,000-level array body',
    apply: (r) => withBody(r, Buffer.from(deepJson(10_000, 'array').text)),
  },
  {
    body: true,
    name: '10,000-level object body',
    apply: (r) => withBody(r, Buffer.from(deepJson(10_000, 'object').text)),
  },
  { body: true, name: '33-level body', apply: (r) => withBody(r, Buffer.from(deepJson(33, 'object').text)) },
  {
    body: true,
    name: '1 MiB string body',
    apply: (r) => withBody(r, Buffer.from(JSON.stringify({ name: MIB_STRING }))),
  },
  {
    body: true,
    name: '300,000-element array body',
    apply: (r) => withBody(r, Buffer.from(`[${'0,'.repeat(299_999)}0]`)),
  },
  {
    body: true,
    name: 'invalid UTF-8 in a key',
    apply: (r) => withBody(r, Buffer.concat([Buffer.from('{"na'), Buffer.from([0xc3, 0x28]), Buffer.from('me":"x"}')])),
  },
  {
    body: true,
    name: 'overlong UTF-8 quote',
    apply: (r) => withBody(r, Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc0, 0xa2]), Buffer.from('"}')])),
  },
  {
    body: true,
    name: 'UTF-8 BOM',
    apply: (r) => withBody(r, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body(r)])),
  },
  {
    body: true,
    name: 'gzip bomb',
    apply: (r) => ({
      ...withBody(r, gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20))),
      headers: [...withBody(r, Buffer.alloc(0)).headers, ['Content-Encoding', 'gzip']],
    }),
  },
  {
    body: true,
    name: 'gzip body of invalid UTF-8',
    apply: (r) => ({
      ...withBody(r, gzipSync(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]))),
      headers: [...withBody(r, Buffer.alloc(0)).headers, ['Content-Encoding', 'gzip']],
    }),
  },
  {
    body: true,
    name: 'truncated gzip',
    apply: (r) => ({
      ...withBody(r, gzipSync(body(r)).subarray(0, 12)),
      headers: [...withBody(r, Buffer.alloc(0)).headers, ['Content-Encoding', 'gzip']],
    }),
  },
  { body: true, name: 'body on a GET', apply: (r) => ({ ...withBody(r, Buffer.from('{"x":1}')), method: 'GET' }) },
  // Multipart uploads
  ...uploadCases(),
];

function uploadCases(): ProtocolCase[] {
  const csv = 'eventid,iyear,imonth,iday,country_txt,attacktype1_txt\n1,2019,2,30,Pakistan,Bombing/Explosion\n';
  const part = (name: string, content = csv, filename = 'gtd.csv') =>
    `--XX\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\n` +
    `Content-Type: text/csv\r\n\r\n${content}\r\n`;
  const textField = (name: string) => `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nv\r\n`;
  const upload = (name: string, parts: string | Buffer, type = 'multipart/form-data; boundary=XX'): ProtocolCase => ({
    name,
    upload: true,
    apply: (r) => withBody(r, Buffer.isBuffer(parts) ? parts : Buffer.from(parts), type),
  });
  return [
    upload('upload in another field', `${part('upload')}--XX--\r\n`),
    upload('two files', `${part('file')}${part('file')}--XX--\r\n`),
    upload('multipart without boundary', `${part('file')}--XX--\r\n`, 'multipart/form-data'),
    upload('truncated multipart', part('file')),
    upload('multipart garbage', 'garbage'),
    upload('file as a text field', '--XX\r\nContent-Disposition: form-data; name="file"\r\n\r\nhello\r\n--XX--\r\n'),
    upload('10,000-char field name', `${part('f'.repeat(10_000))}--XX--\r\n`),
    upload(
      '2,000 parts',
      `${Array.from({ length: 2000 }, (_, i) => textField(`x${i}`)).join('')}${part('file')}--XX--\r\n`,
    ),
    upload(
      'invalid UTF-8 file name',
      Buffer.concat([
        Buffer.from('--XX\r\nContent-Disposition: form-data; name="file"; filename="'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`"\r\n\r\n${csv}\r\n--XX--\r\n`),
      ]),
    ),
    upload('traversal file name', `${part('file', csv, '../../../../etc/passwd')}--XX--\r\n`),
    upload(
      'CSV with hostile cells',
      part('file', `${csv}2,0,13,32,"'; DROP TABLE events; --",<script>\n3,99999,1,1,${'x'.repeat(5000)},\n`) +
        `--XX--\r\n`,
    ),
    upload(
      'binary file',
      Buffer.concat([
        Buffer.from(part('file', '').replace(/\r\n$/, '')),
        Buffer.from([0, 0xff, 0xfe, 0x80, 0]),
        Buffer.from('\r\n--XX--\r\n'),
      ]),
    ),
  ];
}

/** Faults no request may get past: bad framing, bytes, heads, and bodies no JSON route may accept. */
const REFUSED = new Set([
  'Content-Type application/json with UTF-16 bytes',
  'duplicate equal Content-Length',
  'duplicate differing Content-Length',
  'Content-Length shorter than the body',
  'negative Content-Length',
  'non-numeric Content-Length',
  'Content-Length with a plus sign',
  'chunked and Content-Length',
  'bad chunk size',
  'chunked twice',
  'space in a header name',
  'non-ASCII header name',
  'NUL in a header value',
  'bare CR in a header value',
  'obsolete line folding',
  '20 KiB header',
  'Expect: bogus',
  'no Host',
  'lower-case method',
  'unknown method',
  'CONNECT',
  'backslashes',
  'raw space in target',
  'raw UTF-8 bytes in target',
  '100 KiB target',
  'bogus version',
  'no version',
  '10,000-level array body',
  '10,000-level object body',
  '33-level body',
  '1 MiB string body',
  '300,000-element array body',
  'invalid UTF-8 in a key',
  'overlong UTF-8 quote',
  'gzip bomb',
  'gzip body of invalid UTF-8',
  'truncated gzip',
]);
for (const c of cases) if (REFUSED.has(c.name)) c.rejects = true;

export const protocolCase: fc.Arbitrary<ProtocolCase> = fc.constantFrom(...cases);
export const PROTOCOL_CASES = cases;
