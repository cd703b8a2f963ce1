// Hardening suites run at a CI size by default and at the full size with HARDENING_SIZE=full.
export const FULL_SIZE = process.env.HARDENING_SIZE === 'full';

/** `ci` normally, `full` when HARDENING_SIZE=full. */
export function size<T>(ci: T, full: T): T {
  return FULL_SIZE ? full : ci;
}
