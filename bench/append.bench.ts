// A first rough append rate: W concurrent writers, one event per append to a new stream,
// against claimtrail's store and a plain single-row INSERT into an events-shaped table.
// Usage: npm run bench:append -- [--seconds 10] [--writers 16]
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createDatabase, EventStore, migrateToLatest, withDatabaseName } from '@app/event-store';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};

async function timed(seconds: number, writers: number, op: () => Promise<unknown>): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: writers }, async () => {
    while (performance.now() < end) {
      await op();
      n++;
    }
  }));
  return n / ((performance.now() - start) / 1000);
}

export async function runAppendBench(serverUrl: string, seconds: number, writers: number) {
  const dbName = `claimtrail_bench_append_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const owner = createDatabase({ url: withDatabaseName(serverUrl, dbName), poolMax: writers });
  try {
    await migrateToLatest(owner.db, 'claimtrail_app');
    await owner.pool.query(`create table raw_events (position bigint generated always as identity primary key, stream_id text not null,
      stream_version bigint not null, event_id uuid not null unique, type text not null, data jsonb not null, metadata jsonb not null,
      recorded_at timestamptz not null default clock_timestamp(), unique (stream_id, stream_version))`);
    const store = new EventStore(owner.db);
    const data = { claimId: randomUUID(), channel: 'statement', claimedAt: '2023-01-30T10:00:00Z' };
    const metadata = { actor: { keyId: 'bench', role: 'reporter' } };
    await timed(1, writers, () => store.append(`bench-${randomUUID()}`, [{ type: 'ClaimRecorded', data, metadata }], { expectedVersion: 'no_stream' }));
    const claimtrail = await timed(seconds, writers, () =>
      store.append(`bench-${randomUUID()}`, [{ type: 'ClaimRecorded', data, metadata }], { expectedVersion: 'no_stream' }),
    );
    const raw = await timed(seconds, writers, () =>
      owner.pool.query('insert into raw_events (stream_id, stream_version, event_id, type, data, metadata) values ($1, 1, $2, $3, $4, $5)', [
        `bench-${randomUUID()}`, randomUUID(), 'ClaimRecorded', data, metadata,
      ]),
    );
    return { writers, seconds, claimtrailAppendsPerSecond: Math.round(claimtrail), rawInsertsPerSecond: Math.round(raw), ratio: Math.round((claimtrail / raw) * 100) / 100 };
  } finally {
    await owner.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

if (process.argv[1]?.endsWith('append.bench.js')) {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  runAppendBench(server, arg('seconds', 10), arg('writers', 16)).then(
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
