import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ConcurrencyError, IdempotencyConflictError } from './event-store.errors.js';
import type {
  AppendResult,
  ExpectedVersion,
  LogCheckpoint,
  NewEvent,
  RecordedEvent,
  StreamAggregate,
  StreamFold,
  StreamReadOptions,
} from './event-store.types.js';
import { UpcasterRegistry } from './upcasters.js';
import { GroupCommitter, type AppendRow, type GroupCommitOptions } from './group-commit.js';
import type { Database } from './schema/database.generated.js';

const EXPECTED_CODE: Record<string, number> = { any: -1, no_stream: -2, stream_exists: -3 };

export interface AppendOptions {
  expectedVersion?: ExpectedVersion;
  /** Run inside this transaction (e.g. with a reservation or an idempotency record). */
  trx?: Kysely<Database>;
  /**
   * A data-modifying statement run in the append's own statement, so it commits with the events in
   * one round trip instead of a transaction of four; it reads the append's result from
   * `appended (next_version, last_position, replayed)`. Such an append is not grouped.
   */
  alongside?: RawBuilder<unknown>;
}

/**
 * The predicate of every gap-safe read of `events`: after the checkpoint (transaction, position),
 * and only from transactions older than every one still in flight, so a late commit is never skipped.
 */
export function gapSafeAfter(transactionId: RawBuilder<unknown>, position: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(transaction_id, position) > (${transactionId}::xid8, ${position}::bigint)
         and transaction_id < pg_snapshot_xmin(pg_current_snapshot())`;
}

/** `incident-<uuid>` → `incident`. */
export function streamTypeOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : streamId;
}

/** An event row as the readers select it (transaction_id as text). */
export interface StoredEventRow {
  position: number;
  stream_id: string;
  stream_type: string;
  stream_version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  recorded_at: Date;
  transaction_id: string;
}

const EVENT_COLUMNS = sql.raw(
  'position, stream_id, stream_type, stream_version, event_id, type, schema_version, data, metadata, recorded_at, ' +
    'transaction_id::text as transaction_id',
);

export const EVENTS_CHANNEL = 'claimtrail_events';

/** First key of the stream write locks (`lockStream`): 0x636c6169, "clai". */
const STREAM_LOCK_SPACE = 1668047209;

export class EventStore {
  private notifyTimer?: NodeJS.Timeout;
  private readonly group: GroupCommitter | null;

  constructor(
    private readonly db: Kysely<Database>,
    readonly upcasters: UpcasterRegistry = new UpcasterRegistry(),
    /** Coalescing window of the post-commit wake-up NOTIFY; negative turns it off. */
    private readonly notifyDelayMs = 5,
    /** Group commit of appends made outside a caller's transaction; false writes each on its own. */
    groupCommit: GroupCommitOptions | false = {},
  ) {
    this.group = groupCommit === false ? null : new GroupCommitter(db, groupCommit);
  }

  /**
   * Wakes log followers after a commit. One NOTIFY per window, outside the appending
   * transactions: a NOTIFY inside them would serialise every commit on a global lock.
   */
  notifyAppended(): void {
    if (this.notifyDelayMs < 0 || this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      sql`select pg_notify(${EVENTS_CHANNEL}, '')`.execute(this.db).catch(() => undefined);
    }, this.notifyDelayMs);
    this.notifyTimer.unref?.();
  }

  /**
   * Appends events to one stream in one transaction, set-wise. A version mismatch throws
   * ConcurrencyError and writes nothing; re-sending stored event ids returns the first result.
   */
  async append(streamId: string, events: NewEvent[], opts: AppendOptions = {}): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const expected = opts.expectedVersion ?? 'any';
    const code = typeof expected === 'number' ? expected : EXPECTED_CODE[expected];
    if (code === undefined || (typeof expected === 'number' && (!Number.isInteger(expected) || expected < 0))) {
      throw new Error(`invalid expected version: ${String(expected)}`);
    }
    const ids = events.map((e) => e.eventId ?? randomUUID());
    const append = {
      streamId,
      streamType: streamTypeOf(streamId),
      code,
      ids,
      types: events.map((e) => e.type),
      schemaVersions: events.map((e) => e.schemaVersion ?? 1),
      data: events.map((e) => e.data ?? null),
      metadata: events.map((e) => e.metadata ?? {}),
    };
    // Alone (inside a caller's transaction, or without group commit) or with the appends in flight beside it.
    const single = async (): Promise<AppendRow> => {
      const call = sql`
        select next_version, last_position, replayed from claimtrail_append(
          ${streamId}, ${append.streamType}, ${code}::bigint,
          ${ids}::uuid[], ${append.types}::text[], ${append.schemaVersions}::int[],
          ${append.data.map((d) => JSON.stringify(d))}::jsonb[],
          ${append.metadata.map((m) => JSON.stringify(m))}::jsonb[])`;
      const statement = opts.alongside
        ? sql<AppendRow>`with appended as (${call}), alongside as (${opts.alongside}) select * from appended`
        : sql<AppendRow>`${call}`;
      const { rows } = await statement.execute(opts.trx ?? this.db);
      return rows[0];
    };
    const run = async (): Promise<AppendRow> => {
      if (opts.trx || opts.alongside || !this.group) return single();
      const outcome = await this.group.append(append);
      if ('row' in outcome) return outcome.row;
      if ('alone' in outcome) return single();
      // A deadlock or serialization failure is the group's luck, not this append's: try it alone.
      if (outcome.error.code === '40P01' || outcome.error.code === '40001') return single();
      throw outcome.error;
    };
    const result = (row: AppendRow): AppendResult => ({
      nextVersion: row.next_version,
      lastPosition: row.last_position,
      replayed: row.replayed,
      eventIds: ids,
    });
    try {
      const row = await run();
      if (!opts.trx && !row.replayed) this.notifyAppended();
      return result(row);
    } catch (err) {
      const translated = translateAppendError(err, streamId, expected);
      // A concurrent duplicate of this very append committed first: outside a caller's transaction,
      // asking again finds it and answers with the first result.
      if (translated === 'duplicate-id' && !opts.trx) {
        const row = await single().catch((e) => {
          throw translateAppendError(e, streamId, expected) === 'duplicate-id'
            ? new IdempotencyConflictError(streamId)
            : e;
        });
        return result(row);
      }
      // Inside a caller's transaction the whole command must be decided again.
      if (translated === 'duplicate-id') throw new ConcurrencyError(streamId, expected, null);
      throw translated;
    }
  }

  /**
   * Serialises the writers of one stream across processes until `trx` ends: a transaction-scoped
   * advisory lock (two-int key space, apart from the bigint keys of migrations and rebuilds), taken
   * before the stream is read, so the decision that follows sees every earlier writer's commit.
   */
  async lockStream(streamId: string, trx: Kysely<Database>): Promise<void> {
    await sql`select pg_advisory_xact_lock(${STREAM_LOCK_SPACE}::int, hashtext(${streamId}))`.execute(trx);
  }

  /** The stream's current version, 0 when it does not exist. */
  async streamVersion(streamId: string, trx?: Kysely<Database>): Promise<number> {
    const { rows } = await sql<{ version: number }>`select version from streams where stream_id = ${streamId}`.execute(
      trx ?? this.db,
    );
    return rows[0]?.version ?? 0;
  }

  /** A stream's events, oldest first, optionally cut at a version, position or recorded time. */
  async readStream(streamId: string, opts: StreamReadOptions = {}, trx?: Kysely<Database>): Promise<RecordedEvent[]> {
    const { rows } = await sql<StoredEventRow>`
      select ${EVENT_COLUMNS} from events
       where stream_id = ${streamId}
         and (${opts.toVersion ?? null}::bigint is null or stream_version <= ${opts.toVersion ?? null}::bigint)
         and (${opts.toPosition ?? null}::bigint is null or position <= ${opts.toPosition ?? null}::bigint)
         and (${opts.toRecordedAt ?? null}::timestamptz is null
              or date_trunc('milliseconds', recorded_at) <= ${opts.toRecordedAt ?? null}::timestamptz)
       order by stream_version`.execute(trx ?? this.db);
    return rows.map((r) => this.toRecorded(r));
  }

  /** The events of several streams in one round trip, oldest first in each (a stream with none is absent). */
  async readStreams(streamIds: string[], trx?: Kysely<Database>): Promise<Map<string, RecordedEvent[]>> {
    const byStream = new Map<string, RecordedEvent[]>();
    if (!streamIds.length) return byStream;
    const { rows } = await sql<StoredEventRow>`
      select ${EVENT_COLUMNS} from events
       where stream_id = any(${[...new Set(streamIds)]}::text[])
       order by stream_id, stream_version`.execute(trx ?? this.db);
    for (const r of rows) {
      const e = this.toRecorded(r);
      const list = byStream.get(e.streamId);
      if (list) list.push(e);
      else byStream.set(e.streamId, [e]);
    }
    return byStream;
  }

  /**
   * Reads a stream (optionally cut at a version, position or recorded time) and folds it with
   * `evolve` from `initial` (null by default): the one read-and-fold of the code base.
   */
  async aggregateStream<S>(
    streamId: string,
    fold: StreamFold<S>,
    opts: StreamReadOptions = {},
    trx?: Kysely<Database>,
  ): Promise<StreamAggregate<S>> {
    const events = await this.readStream(streamId, opts, trx);
    let state: S | null = fold.initial ?? null;
    for (const e of events) state = fold.evolve(state, e);
    const last = events[events.length - 1];
    return { state, version: last?.streamVersion ?? 0, position: last?.position ?? 0, events };
  }

  /**
   * The next batch of the global log after `after`, in (transaction, position) order, and only
   * from transactions older than every one still in flight: a late commit is never skipped.
   */
  async readAll(after: LogCheckpoint, limit = 1000, trx?: Kysely<Database>): Promise<RecordedEvent[]> {
    const { rows } = await sql<StoredEventRow>`
      select ${EVENT_COLUMNS} from events
       where ${gapSafeAfter(sql`${after.transactionId}`, sql`${after.position}`)}
       -- Qualified: the select list's text alias of transaction_id would otherwise be the sort key.
       order by events.transaction_id, events.position
       limit ${limit}`.execute(trx ?? this.db);
    return rows.map((r) => this.toRecorded(r));
  }

  /** Highest position in the log (0 when empty), committed or not yet visible. */
  async headPosition(trx?: Kysely<Database>): Promise<number> {
    const { rows } = await sql<{ p: number | null }>`select max(position) as p from events`.execute(trx ?? this.db);
    return rows[0]?.p ?? 0;
  }

  /** The (transaction, position) pair of one stored event, for comparisons against checkpoints. */
  async checkpointOf(position: number, trx?: Kysely<Database>): Promise<LogCheckpoint | null> {
    const { rows } = await sql<{ transaction_id: string; position: number }>`
      select transaction_id::text as transaction_id, position from events where position = ${position}`.execute(
      trx ?? this.db,
    );
    return rows[0] ? { transactionId: rows[0].transaction_id, position: rows[0].position } : null;
  }

  toRecorded(r: StoredEventRow): RecordedEvent {
    const { schemaVersion, data } = this.upcasters.upcast(r.type, r.schema_version, r.data);
    return {
      position: r.position,
      streamId: r.stream_id,
      streamType: r.stream_type,
      streamVersion: r.stream_version,
      eventId: r.event_id,
      type: r.type,
      schemaVersion,
      data,
      metadata: r.metadata,
      recordedAt: r.recorded_at,
      transactionId: r.transaction_id,
    };
  }
}

function translateAppendError(err: unknown, streamId: string, expected: ExpectedVersion): Error | 'duplicate-id' {
  const e = err as { code?: string; detail?: string; constraint?: string };
  if (e?.code === 'CTV01') {
    const actual = Number(e.detail);
    return new ConcurrencyError(streamId, expected, actual === -2 ? null : actual);
  }
  if (e?.code === 'CTI01') return new IdempotencyConflictError(streamId);
  if (e?.code === '23505' && e.constraint === 'events_event_id_key') return 'duplicate-id';
  // Two creators of one new stream: the loser sees the stream row's key taken.
  if (e?.code === '23505' && (e.constraint === 'streams_pkey' || e.constraint === 'events_stream_version_key')) {
    return new ConcurrencyError(streamId, expected, null);
  }
  return err as Error;
}

/** Compares two log checkpoints in (transaction, position) order. */
export function compareCheckpoints(a: LogCheckpoint, b: LogCheckpoint): number {
  const ta = BigInt(a.transactionId);
  const tb = BigInt(b.transactionId);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.position - b.position;
}
