import { CommanderError } from 'commander';

/** The CLI's exit codes; scripts rely on them, so they are listed in the top-level --help. */
export const EXIT = {
  ok: 0,
  /** The operation ran and failed: a ledger mismatch, a failed rebuild, an import that stopped. */
  failed: 1,
  /** Unknown command or option, a bad argument. */
  usage: 2,
  /** No database to work on, or a configuration that does not parse. */
  environment: 3,
} as const;

export const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  the operation ran and failed (verify found a mismatch, a rebuild failed, an import stopped)
  2  usage error (unknown command or option, missing or bad argument)
  3  no database: DATABASE_URL does not answer, or the embedded PostgreSQL in DATA_DIR
     can neither be found nor started (or the configuration is invalid)
`;

/** The environment is not there: the database does not answer, the configuration does not parse. */
export class EnvironmentError extends Error {}

/** A bad argument found only once the command's modules are loaded (e.g. an unknown projection). */
export class UsageError extends Error {}

/** Connection-level failures that mean "no database" rather than "the operation failed". */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '28P01',
  '28000',
  '3D000',
  '57P03',
]);

export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  if (code && CONNECTION_CODES.has(code)) return true;
  return err instanceof Error && /Connection terminated|timeout expired/i.test(err.message);
}

/** Maps what a command threw to an exit code, and says what went wrong on stderr. */
export function exitCodeOf(err: unknown): number {
  if (err instanceof CommanderError) {
    // commander has printed its message (or the help) already.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const message = err instanceof Error ? err.message || err.name : String(err);
  if (err instanceof UsageError) {
    process.stderr.write(`error: ${message}\n(add --help for usage)\n`);
    return EXIT.usage;
  }
  if (err instanceof EnvironmentError || isConnectionError(err)) {
    process.stderr.write(`error: ${message}\n`);
    return EXIT.environment;
  }
  process.stderr.write(`error: ${message}\n`);
  return EXIT.failed;
}
