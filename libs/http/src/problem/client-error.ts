import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_BASE, titleFor, type ProblemBody } from './problem.js';

// Requests Node's HTTP parser rejects never reach Express or the ProblemFilter; Node would answer
// them with a bare status line. These answer with problem+json that says what was malformed.

interface ParserError extends Error {
  code?: string;
  /** llhttp's explanation, e.g. "Invalid header value char". */
  reason?: string;
}

const STATUS_BY_CODE: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

const WHERE_BY_CODE: Record<string, string> = {
  HPE_INVALID_METHOD: 'request-line.method',
  HPE_INVALID_URL: 'request-line.target',
  HPE_INVALID_VERSION: 'request-line.version',
  HPE_INVALID_HEADER_TOKEN: 'header',
  HPE_HEADER_OVERFLOW: 'header',
  HPE_INVALID_CONTENT_LENGTH: 'header.Content-Length',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'header.Content-Length',
  HPE_INVALID_TRANSFER_ENCODING: 'header.Transfer-Encoding',
  HPE_INVALID_CHUNK_SIZE: '(body)',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: '(body)',
};

// What helmet sets on the app's answers, for the few written here on the socket.
const SAFE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
};
const SAFE_HEADER_LINES = Object.entries(SAFE_HEADERS)
  .map(([k, v]) => `${k}: ${v}\r\n`)
  .join('');

function problemBytes(status: number, slug: string, detail: string, path?: string): string {
  const body: ProblemBody = { type: `${PROBLEM_BASE}${slug}`, title: titleFor(status), status, detail };
  if (path) body.errors = [{ path, message: detail }];
  return JSON.stringify(body);
}

/** `clientError`: the request could not be parsed as HTTP. */
export function answerMalformedRequest(
  err: ParserError,
  socket: Duplex & { _httpMessage?: { headersSent?: boolean } | null },
): void {
  // Nothing to tell a peer that is gone, or one that already has part of an answer (Node's own
  // check: a response in flight on this socket whose head went out).
  if (err.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const status = STATUS_BY_CODE[err.code ?? ''] ?? 400;
  const what = err.reason ?? err.message;
  const detail =
    status === 431
      ? 'The request headers are too large'
      : status === 408
        ? 'The request took too long to arrive'
        : `Malformed HTTP request: ${what}`;
  const body = problemBytes(
    status,
    status === 400 ? 'malformed-request' : `http-${status}`,
    detail,
    WHERE_BY_CODE[err.code ?? ''],
  );
  socket.end(
    `HTTP/1.1 ${status} ${titleFor(status)}\r\nContent-Type: application/problem+json\r\n` +
      `${SAFE_HEADER_LINES}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** `checkExpectation`: an Expect header other than 100-continue (RFC 9110 §10.1.1: 417). */
export function answerUnmetExpectation(req: IncomingMessage, res: ServerResponse): void {
  const body = problemBytes(
    417,
    'expectation-failed',
    `Expect "${String(req.headers.expect)}" is not supported; only 100-continue is`,
    'header.Expect',
  );
  res.writeHead(417, {
    ...SAFE_HEADERS,
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
  });
  res.end(body);
}

/** `connect`: this is no proxy; without a listener Node would drop the connection unanswered. */
export function answerConnect(_req: IncomingMessage, socket: Duplex): void {
  const body = problemBytes(405, 'method-not-allowed', 'CONNECT is not supported: this is an API, not a proxy');
  socket.end(
    `HTTP/1.1 405 ${titleFor(405)}\r\nAllow: GET, HEAD, POST, DELETE\r\nContent-Type: application/problem+json\r\n` +
      `${SAFE_HEADER_LINES}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Installs these on the app's HTTP server (the Host check moves to requireHostHeader). */
export function answerProtocolErrorsWithProblems(server: Server): void {
  server.on('clientError', answerMalformedRequest);
  server.on('checkExpectation', answerUnmetExpectation);
  server.on('connect', answerConnect);
  // A creation option that @types/node leaves off the Server instance, where Node reads it per request.
  (server as Server & { requireHostHeader: boolean }).requireHostHeader = false;
}
