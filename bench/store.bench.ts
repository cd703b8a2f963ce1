// W1–W3: claimtrail's store vs emmett-postgresql 0.42.0 (own schema, same database) vs the raw
// Postgres ceiling, each figure measured in the same run.
import { randomUUID } from 'node:crypto';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { ConcurrencyError, EventStore, streamVersionAnomalies } from '@app/event-store';
import { RAW_TABLE, timed, withFreshDatabase } from './support/harness.js';

const data = {
  claimId: '5f0c3c6e-8f7a-4c1e-9a53-2b7d0c1e4f11',
  channel: 'statement',
  claimedAt: '2023-01-30T10:00:00Z',
  sourceId: '0b6f2f1e-1f6e-4c6a-9a51-000000000001',
};
const metadata = { actor: { keyId: 'bench', role: 'reporter' }, correlationId: 'bench' };

export interface StoreResults {
  /** claimtrailAlone: the same store with group commit off (each append its own transaction), same run. */
  w1: { claimtrail: number; claimtrailAlone: number; emmett: number; raw: number };
  /**
   * raw: lean 1,000-row INSERTs; shaped: INSERTs of the same batch size into a copy of `events`
   * (columns, defaults, indexes).
   */
  w2: Record<string, { claimtrail: number; emmett: number; raw: number; shaped: number }>;
  w3: { appendsPerSecond: number; conflictRate: number; versionsWrittenTwice: number; gaps: number };
}

export async function runStoreBench(seconds: number): Promise<StoreResults> {
  return withFreshDatabase('store', async (db, url) => {
    await db.pool.query('create schema emmett');
    await db.pool.query(RAW_TABLE);
    // The fair ceiling for batches: a table shaped like `events` (same columns, defaults, constraints and
    // indexes, the migrations' expression indexes included), without the append function or triggers.
    await db.pool.query('create table shaped_events (like events including all)');
    const emmettUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c search_path=emmett')}`;
    const emmett = getPostgreSQLEventStore(emmettUrl, { schema: { autoMigration: 'CreateOrUpdate' } } as any);
    const store = new EventStore(db.db, undefined, -1);
    const alone = new EventStore(db.db, undefined, -1, false);
    try {
      const ev = { type: 'ClaimRecorded', data, metadata };
      await emmett.appendToStream(`warm-${randomUUID()}`, [{ type: 'ClaimRecorded', data }]);
      await timed(1, 16, () => store.append(`bench-${randomUUID()}`, [ev], { expectedVersion: 'no_stream' }));

      // W1: 16 writers, one event per append, new streams.
      const w1 = {
        claimtrail: await timed(seconds, 16, () =>
          store.append(`bench-${randomUUID()}`, [ev], { expectedVersion: 'no_stream' }),
        ),
        claimtrailAlone: await timed(seconds, 16, () =>
          alone.append(`bench-${randomUUID()}`, [ev], { expectedVersion: 'no_stream' }),
        ),
        emmett: await timed(seconds, 16, () =>
          emmett.appendToStream(`bench-${randomUUID()}`, [{ type: 'ClaimRecorded', data }]),
        ),
        raw: await timed(seconds, 16, () =>
          db.pool.query(
            'insert into raw_events (stream_id, stream_version, event_id, type, data, metadata) values ($1, 1, ' +
              '$2, $3, $4, $5)',
            [`bench-${randomUUID()}`, randomUUID(), 'ClaimRecorded', data, metadata],
          ),
        ),
      };

      // W2: batches of 10 and 100 events, to one stream per writer or a new stream each time; raw: 1,000-row INSERTs.
      const w2: StoreResults['w2'] = {};
      const rawBatch = async () => {
        const ids = Array.from({ length: 1000 }, () => randomUUID());
        await db.pool.query(
          `insert into raw_events (stream_id, stream_version, event_id, type, data, metadata)
           select 'raw-' || e, 1, e, 'ClaimRecorded', $2::jsonb, $3::jsonb from unnest($1::uuid[]) as e`,
          [ids, data, metadata],
        );
      };
      const rawRate = (await timed(seconds, 4, rawBatch)) * 1000;
      for (const size of [10, 100]) {
        // One new stream per INSERT, versions 1..size, as an append of `size` events to a new stream writes.
        const shapedBatch = async () => {
          const ids = Array.from({ length: size }, () => randomUUID());
          await db.pool.query(
            `insert into shaped_events (stream_id, stream_type, stream_version, event_id, type, data, metadata)
             select $4::text, 'bench', v, e, 'ClaimRecorded', $2::jsonb, $3::jsonb
               from unnest($1::uuid[]) with ordinality as t(e, v)`,
            [ids, data, metadata, `shaped-${randomUUID()}`],
          );
        };
        const shapedRate = (await timed(seconds, 4, shapedBatch)) * size;
        for (const shape of ['one-stream', 'many-streams'] as const) {
          const own = Array.from({ length: 4 }, () => `bench-${randomUUID()}`);
          const batch = Array.from({ length: size }, () => ev);
          const claimtrail =
            (await timed(seconds, 4, (w) =>
              store.append(shape === 'one-stream' ? own[w] : `bench-${randomUUID()}`, batch),
            )) * size;
          const emmettOwn = Array.from({ length: 4 }, () => `emmett-${randomUUID()}`);
          const ebatch = Array.from({ length: size }, () => ({ type: 'ClaimRecorded', data }));
          const emmettRate =
            (await timed(seconds, 4, (w) =>
              emmett.appendToStream(shape === 'one-stream' ? emmettOwn[w] : `emmett-${randomUUID()}`, ebatch),
            )) * size;
          w2[`${size}/${shape}`] = { claimtrail, emmett: emmettRate, raw: rawRate, shaped: shapedRate };
        }
      }

      // W3: 16 writers on 10 hot streams with exact expected versions.
      const hot = Array.from({ length: 10 }, () => `hot-${randomUUID()}`);
      let ok = 0;
      let conflicts = 0;
      const versions = new Map(hot.map((h) => [h, 0]));
      const rate = await timed(seconds, 16, async (w) => {
        const s = hot[w % 10];
        const v = versions.get(s)!;
        try {
          const r = await store.append(s, [ev], { expectedVersion: v });
          versions.set(s, Math.max(versions.get(s)!, r.nextVersion));
          ok++;
        } catch (err) {
          if (!(err instanceof ConcurrencyError)) throw err;
          conflicts++;
          versions.set(s, Math.max(versions.get(s)!, err.actual ?? 0));
        }
      });
      const anomalies = await streamVersionAnomalies(db.db, hot);
      return {
        w1,
        w2,
        w3: {
          appendsPerSecond: (rate * ok) / Math.max(ok + conflicts, 1),
          conflictRate: conflicts / Math.max(ok + conflicts, 1),
          versionsWrittenTwice: anomalies.twice,
          gaps: anomalies.gaps,
        },
      };
    } finally {
      await emmett.close();
    }
  });
}
