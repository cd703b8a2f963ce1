// Errors that mean "the database is away right now" (503 + Retry-After), not a bug (500).

/**
 * Connection failures (Node) and Postgres classes 08 (connection), 57P (shutdown, crash, starting
 * up) and 53300 (too many connections).
 */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/**
 * node-postgres reports a socket that closed under a query, or a client that can no longer be
 * used, with messages and no code (e.g. when the backend was killed: "Connection terminated unexpectedly").
 */
const NO_CODE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|is not queryable|Connection ended unexpectedly/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 3;
    e = e.cause as typeof e, depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (CODES.has(code) || code.startsWith('08')) return true;
    if (!code && typeof e.message === 'string' && NO_CODE_MESSAGES.test(e.message)) return true;
  }
  return false;
}
