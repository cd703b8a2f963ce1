import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database.generated.js';

export interface ReaderStall {
  /** Committed events the gap-safe readers may not read yet (their transaction id is at or above the snapshot xmin). */
  hiddenEvents: number;
  /** How long the oldest of them has been waiting (0 when none). */
  stalledForMs: number;
  /** The session whose open transaction holds the snapshot xmin back, when there is one. */
  blockedBy: {
    pid: number;
    database: string | null;
    user: string | null;
    application: string | null;
    state: string | null;
    /** Null when Postgres hides it from this role (another login user's session). */
    transactionAgeMs: number | null;
  } | null;
}

interface StallRow {
  n: number;
  stalled_ms: number;
  pid: number | null;
  datname: string | null;
  usename: string | null;
  application_name: string | null;
  state: string | null;
  tx_age_ms: number | null;
}

/**
 * Why the log readers stall: they read only below pg_snapshot_xmin (cluster-wide), so one open
 * transaction with an xid, in any database of the server, hides every event committed after it.
 * The blocker is found through its own transaction-id lock (pg_locks is not filtered by role,
 * unlike pg_stat_activity's timing columns).
 */
export async function readerStall(db: Kysely<Database>, cap = 100_000): Promise<ReaderStall> {
  const { rows } = await sql<StallRow>`
    with x as (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
         hidden as (select count(*)::int as n, min(recorded_at) as oldest
                      from (select recorded_at from events, x where transaction_id >= x.xmin limit ${cap}) e)
    select hidden.n,
           coalesce(extract(epoch from clock_timestamp() - hidden.oldest) * 1000, 0)::float8 as stalled_ms,
           b.pid, b.datname, b.usename, b.application_name, b.state,
           (extract(epoch from clock_timestamp() - b.xact_start) * 1000)::float8 as tx_age_ms
      from x cross join hidden
      left join lateral (
        select l.pid, a.datname, a.usename::text, a.application_name, a.state, a.xact_start
          from pg_locks l left join pg_stat_activity a on a.pid = l.pid
         where l.locktype = 'transactionid' and l.mode = 'ExclusiveLock' and l.granted
           and l.transactionid::text = (x.xmin::text::numeric % 4294967296)::text
         limit 1) b on true`.execute(db);
  const r = rows[0];
  return {
    hiddenEvents: r.n,
    stalledForMs: Math.round(r.stalled_ms),
    blockedBy:
      r.pid == null
        ? null
        : {
            pid: r.pid,
            database: r.datname ?? null,
            user: r.usename ?? null,
            application: r.application_name ?? null,
            state: r.state ?? null,
            transactionAgeMs: r.tx_age_ms == null ? null : Math.round(r.tx_age_ms),
          },
  };
}

/** Every event stored, committed or not yet visible to the gap-safe readers (a scan of the log's index). */
export async function countEvents(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** True when every stored event is visible to the gap-safe readers (no transaction in flight holds one back). */
export async function logFullyReadable(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`
    select coalesce(max(transaction_id) < pg_snapshot_xmin(pg_current_snapshot()), true) as ok from events`.execute(db);
  return rows[0].ok;
}

/** Stream versions stored twice or skipped in these streams: both 0 for a sound log. */
export async function streamVersionAnomalies(
  db: Kysely<Database>,
  streamIds: readonly string[],
): Promise<{ twice: number; gaps: number }> {
  const { rows } = await sql<{ twice: number; gaps: number }>`
    select (count(*) - count(distinct (stream_id, stream_version)))::int as twice,
           coalesce(sum(case when stream_version <> rn then 1 else 0 end), 0)::int as gaps
      from (select stream_id, stream_version, row_number() over (partition by stream_id order by stream_version) as rn
              from events where stream_id = any(${streamIds}::text[])) x`.execute(db);
  return rows[0];
}
