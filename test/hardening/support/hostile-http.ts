// A raw HTTP/1.1 client over node:net: it sends exactly the bytes it is given (duplicate headers,
// wrong Content-Length, invalid UTF-8 in the request line), which supertest and node:http refuse.
import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  /** The request-target as sent; each char is one byte (latin1), so '\xff' sends byte 0xFF. */
  target: string;
  /** Sent in order; duplicates allowed; values are latin1 like the target. */
  headers: Array<[string, string]>;
  body?: Buffer;
  /** 'auto' (default): the body's length when there is a body; 'none': no header; else sent as is. */
  contentLength?: 'auto' | 'none' | string;
  /** Half-close right after sending (a body shorter than its Content-Length never completes otherwise). */
  endAfterWrite?: boolean;
  /** 'HTTP/1.1' unless given. */
  version?: string;
  /** Send no Host header (one is added otherwise). */
  omitHost?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string[]>;
  body: Buffer;
  text: string;
}

export interface RawExchange {
  /** The first final (non-1xx) response, if the server answered at all. */
  response?: RawResponse;
  /** Every final response on the connection (a mis-framed request can draw a second one). */
  responses: RawResponse[];
  /** 'closed' when the server closed without answering; 'timeout' when it never did anything. */
  failure?: 'closed' | 'timeout' | string;
}

export function header(res: RawResponse, name: string): string | undefined {
  return res.headers[name.toLowerCase()]?.[0];
}

function encodeHead(req: RawRequest): Buffer {
  const lines = [`${req.method} ${req.target} ${req.version ?? 'HTTP/1.1'}`];
  const names = new Set(req.headers.map(([k]) => k.toLowerCase()));
  if (!names.has('host') && !req.omitHost) lines.push('Host: 127.0.0.1');
  for (const [k, v] of req.headers) lines.push(`${k}: ${v}`);
  const cl = req.contentLength ?? 'auto';
  if (cl === 'auto') {
    if (req.body !== undefined) lines.push(`Content-Length: ${req.body.length}`);
  } else if (cl !== 'none') lines.push(`Content-Length: ${cl}`);
  if (!names.has('connection')) lines.push('Connection: close');
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

function dechunk(buf: Buffer): { body: Buffer; rest: Buffer } | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = buf.indexOf('\r\n', at);
    if (eol < 0) return null;
    const size = parseInt(buf.subarray(at, eol).toString('latin1').split(';')[0], 16);
    if (!Number.isFinite(size)) return null;
    at = eol + 2;
    if (size === 0) {
      const end = buf.indexOf('\r\n\r\n', at - 2);
      return { body: Buffer.concat(parts), rest: end < 0 ? Buffer.alloc(0) : buf.subarray(end + 4) };
    }
    parts.push(buf.subarray(at, at + size));
    at += size + 2;
  }
}

/** Every response in the bytes the server sent before closing. */
export function parseResponses(all: Buffer): RawResponse[] {
  const out: RawResponse[] = [];
  let buf = all;
  while (buf.length) {
    const headEnd = buf.indexOf('\r\n\r\n');
    if (headEnd < 0) break;
    const [statusLine, ...lines] = buf.subarray(0, headEnd).toString('latin1').split('\r\n');
    const m = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
    if (!m) break;
    const headers: Record<string, string[]> = {};
    for (const line of lines) {
      const i = line.indexOf(':');
      if (i > 0) (headers[line.slice(0, i).trim().toLowerCase()] ??= []).push(line.slice(i + 1).trim());
    }
    let rest = buf.subarray(headEnd + 4);
    let body: Buffer;
    const status = Number(m[1]);
    if (status < 200) {
      // 100 Continue and friends: a head only, the final answer follows.
      buf = rest;
      continue;
    }
    if (/chunked/i.test(headers['transfer-encoding']?.[0] ?? '')) {
      const d = dechunk(rest);
      body = d?.body ?? rest;
      rest = d?.rest ?? Buffer.alloc(0);
    } else if (headers['content-length']) {
      const n = Number(headers['content-length'][0]);
      body = rest.subarray(0, n);
      rest = rest.subarray(n);
    } else {
      body = rest;
      rest = Buffer.alloc(0);
    }
    out.push({ status, headers, body, text: body.toString('utf8') });
    buf = rest;
  }
  return out;
}

/** Sends one request on a fresh connection and reads until the server closes it. */
export function sendRaw(port: number, req: RawRequest, timeoutMs = 30_000): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (failure?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const responses = parseResponses(Buffer.concat(chunks));
      resolve({ response: responses[0], responses, failure: responses.length ? undefined : (failure ?? 'closed') });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    // A reset after the server answered (it closes while we still send) is still an answer.
    socket.on('error', (err) => finish((err as NodeJS.ErrnoException).code ?? err.message));
    socket.on('connect', () => {
      socket.write(encodeHead(req));
      if (req.body?.length) socket.write(req.body);
      if (req.endAfterWrite) socket.end();
    });
  });
}

/** A short, printable account of a request for failure messages (long values elided). */
export function describeRequest(req: RawRequest): string {
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);
  const printable = (s: string) => JSON.stringify(s).slice(1, -1);
  const lines = [`${req.method} ${clip(printable(req.target), 300)}`];
  for (const [k, v] of req.headers)
    lines.push(
      `${k}: ${clip(printable(k.toLowerCase() === 'authorization' ? v.replace(/(\S{6})\S{10,}/, '$1…') : v), 200)}`,
    );
  if (req.contentLength && req.contentLength !== 'auto') lines.push(`(Content-Length: ${req.contentLength})`);
  if (req.body) lines.push(`body (${req.body.length} bytes): ${clip(printable(req.body.toString('latin1')), 600)}`);
  return lines.join('\n');
}
