import { describe, expect, it } from '@jest/globals';
import { isDatabaseUnavailable } from './database-unavailable.js';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises connection loss that node-postgres reports without a code', () => {
    // A backend killed under a query (seen in test/hardening/postgres-restart.hard-spec.ts).
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable'))).toBe(
      true,
    );
  });

  it('recognises shutdown, crash, start-up and connection classes, also as a cause', () => {
    for (const code of ['57P01', '57P02', '57P03', '53300', '08006', '08P01', 'ECONNREFUSED'])
      expect(isDatabaseUnavailable(coded(code))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: coded('ECONNREFUSED') }))).toBe(true);
  });

  it('leaves bugs and other database errors alone', () => {
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(coded('23505', 'duplicate key'))).toBe(false);
    // A message alone does not count when Postgres gave a code.
    expect(isDatabaseUnavailable(coded('42P01', 'Connection terminated in a table name'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
