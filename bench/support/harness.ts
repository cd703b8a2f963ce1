import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  createDatabase,
  logFullyReadable,
  migrateToLatest,
  withDatabaseName,
  type DatabaseHandle,
} from '@app/event-store';

// Dropping a bench database (with force) ends any session a library left idle in its own pool
// (emmett's schema pool): that is the end of the workload, not an error.
process.on('uncaughtException', (err: Error & { code?: string }) => {
  if (err?.code === '57P01') return;
  console.error(err);
  process.exit(1);
});

export const serverUrl = () =>
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database for one workload; dropped afterwards. */
export async function withFreshDatabase<T>(
  label: string,
  run: (db: DatabaseHandle, url: string) => Promise<T>,
): Promise<T> {
  const name = `claimtrail_bench_${label}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = withDatabaseName(serverUrl(), name);
  const db = createDatabase({ url, poolMax: 20 });
  try {
    await migrateToLatest(db.db, 'claimtrail_app');
    return await run(db, url);
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** `url` with `schema` as its sessions' search_path: a library's tables in their own schema of the same database. */
export const withSearchPath = (url: string, schema: string) =>
  `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

/** Calls `op` from `writers` concurrent loops for `seconds`; returns operations per second. */
export async function timed(seconds: number, writers: number, op: (w: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  const end = start + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      while (performance.now() < end) {
        await op(w);
        n++;
      }
    }),
  );
  return n / ((performance.now() - start) / 1000);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const RAW_TABLE = `create table raw_events (position bigint generated always as identity primary key,
  stream_id text not null, stream_version bigint not null, event_id uuid not null unique, type text not null,
  data jsonb not null, metadata jsonb not null,
  recorded_at timestamptz not null default clock_timestamp(), unique (stream_id, stream_version))`;

/**
 * Waits until every committed event is below the server's oldest running transaction, so the
 * gap-safe reader sees the whole log (a transaction open in any database of the server holds
 * it back; measuring before that would time an empty read).
 */
export async function waitUntilLogReadable(db: DatabaseHandle, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await logFullyReadable(db.db)) return;
    if (Date.now() > deadline)
      throw new Error('the log did not become readable: a long transaction is open on the server');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `--name value` from the command line, or `dflt`. */
export function cliArg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}

export const cliNumber = (name: string, dflt: number): number => Number(cliArg(name, String(dflt)));

/** Runs a workload when its file is the entry point (`node dist/bench/x.bench.js`), printing its result as JSON. */
export function runAsScript(moduleUrl: string, run: () => Promise<unknown>): void {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  run().then(
    (r) => {
      console.log(JSON.stringify(r, null, 2));
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
