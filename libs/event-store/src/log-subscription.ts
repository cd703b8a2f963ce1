import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { CheckpointStore } from './checkpoint-store.js';
import { EVENTS_CHANNEL, gapSafeAfter, type EventStore } from './event-store.js';
import { LOG_START, type LogCheckpoint, type RecordedEvent } from './event-store.types.js';
import {
  clearFollowerFailure,
  parkedAmong,
  recordFollowerFailure,
  type FollowerFailure,
} from './follower/follower-failures.js';
import type { BatchGuard } from './leases/lease-keeper.js';
import type { Database } from './schema/database.generated.js';

export interface LogSubscriptionOptions {
  /** Checkpoint name; one follower per name applies each event once. */
  name: string;
  /** Applies a batch inside the transaction that also moves the checkpoint. */
  handle: (events: RecordedEvent[], trx: Kysely<Database>) => Promise<void>;
  batchSize?: number;
  /** Polling is the truth; NOTIFY only wakes the follower sooner. */
  pollMs?: number;
  /** Connection settings for a LISTEN session; omitted means polling only. */
  listen?: pg.ClientConfig;
  onError?: (err: unknown) => void;
  onBatch?: (count: number, checkpoint: LogCheckpoint) => void;
  /** The follower's lease: checked first and fenced last in every batch transaction. */
  guard?: BatchGuard;
  /** After a batch committed; `fencedAt` is the database time its lease was last seen valid. */
  onCommit?: (count: number, checkpoint: LogCheckpoint, fencedAt?: Date) => void;
  /** Leave out the events parked for this name (parked_events); the checkpoint still moves past them. */
  skipParked?: boolean;
  /**
   * The follower is stopped at one event (a batch of that event alone failed); recorded in
   * follower_failures. `first` is true the first time for that position.
   */
  onFailure?: (failure: FollowerFailure, first: boolean) => void;
  /** Notified (payload: the name) with each committed batch: read-your-writes waiters wake on it. */
  notifyChannel?: string;
}

const FULL_BATCH_EVERY_MS = 5000;

/** Follows the gap-safe global log from a stored checkpoint, exactly-once in effect. */
export class LogSubscription {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private listener?: pg.Client;
  private readonly checkpoints: CheckpointStore;
  private current?: LogCheckpoint;
  private lastNotifyAt = 0;
  private lastBatchAt = 0;
  /** After a failed batch, read one event at a time until past the failure, so it names the event. */
  private narrow = false;
  /** The event whose handling is under way, when the batch holds only one. */
  private attempting?: RecordedEvent;
  /** A failure row may exist (ours, or a previous holder's): the next committed batch clears it. */
  private failing = true;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: EventStore,
    private readonly opts: LogSubscriptionOptions,
  ) {
    this.checkpoints = new CheckpointStore(db);
  }

  get checkpoint(): LogCheckpoint | undefined {
    return this.current;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.connectListener();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    const l = this.listener;
    this.listener = undefined;
    await l?.end().catch(() => undefined);
  }

  /** Applies one batch; returns how many events it applied. */
  async processBatch(): Promise<number> {
    const size = this.narrow ? 1 : (this.opts.batchSize ?? 1000);
    this.attempting = undefined;
    await sql`insert into checkpoints (name) values (${this.opts.name}) on conflict (name) do nothing`.execute(this.db);
    let fencedAt: Date | undefined;
    const applied = await this.db.transaction().execute(async (trx) => {
      await this.opts.guard?.enter(trx);
      // The row lock keeps two followers of one name from applying the same batch.
      const cp = await this.checkpoints.load(this.opts.name, trx, true);
      const events = await this.store.readAll(cp, size, trx);
      if (events.length === 0) {
        this.current = cp;
        return 0;
      }
      const parked = this.opts.skipParked
        ? await parkedAmong(
            trx,
            this.opts.name,
            events.map((e) => e.eventId),
          )
        : new Set<string>();
      const todo = parked.size ? events.filter((e) => !parked.has(e.eventId)) : events;
      if (todo.length) {
        this.attempting = events.length === 1 ? events[0] : undefined;
        await this.opts.handle(todo, trx);
        this.attempting = undefined;
      }
      const last = events[events.length - 1];
      const next = { transactionId: last.transactionId, position: last.position };
      await this.checkpoints.save(this.opts.name, next, trx);
      if (this.failing) await clearFollowerFailure(trx, this.opts.name);
      // Delivered at commit; only followers notify inside a transaction, so appends never queue on it.
      if (this.opts.notifyChannel)
        await sql`select pg_notify(${this.opts.notifyChannel}, ${this.opts.name})`.execute(trx);
      fencedAt = await this.opts.guard?.fence(trx);
      this.current = next;
      this.opts.onBatch?.(events.length, next);
      return events.length;
    });
    if (applied > 0) {
      this.failing = false;
      this.narrow = false;
      this.opts.onCommit?.(applied, this.current!, fencedAt);
    }
    return applied;
  }

  /** Applies batches until the visible log is exhausted. */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.processBatch(); n > 0; n = await this.processBatch()) total += n;
    return total;
  }

  private async run(): Promise<void> {
    const size = this.opts.batchSize ?? 1000;
    while (this.running) {
      let applied = 0;
      try {
        // Woken by the log (or narrowing a failure), go straight to a batch; an idle poll is one query, not
        // a batch transaction of six, but a whole batch still runs every few seconds, so a lease lost
        // meanwhile is noticed (its guard).
        const now = Date.now();
        const due = this.narrow || now - this.lastNotifyAt < 2000 || now - this.lastBatchAt >= FULL_BATCH_EVERY_MS;
        if (due || (await this.anythingToRead())) {
          this.lastBatchAt = Date.now();
          applied = await this.processBatch();
        }
      } catch (err) {
        this.opts.onError?.(err);
        const failed = this.attempting;
        this.attempting = undefined;
        if (!this.narrow) {
          // Retry at once, one event at a time: the batch that fails names its event.
          this.narrow = true;
          continue;
        }
        if (failed) await this.recordFailure(failed, err);
      }
      // A wake-up can arrive before the event is readable (a transaction elsewhere on the server
      // still holds the snapshot's xmin): keep looking briefly after a hint instead of a full poll.
      const poll = this.opts.pollMs ?? 500;
      if (applied < size && this.running)
        await this.sleep(Date.now() - this.lastNotifyAt < 2000 ? Math.min(poll, 50) : poll);
    }
  }

  /**
   * Whether the gap-safe log holds anything after the stored checkpoint (read, like the batch, from
   * the checkpoints table: a rebuild's swap may have moved it). Refreshes `checkpoint`.
   * The first event in log order, not `exists`: planned for a checkpoint it does not know, `exists`
   * guessed a third of the log would match and scanned the table (2.1 s at 5M events; idle followers
   * ran it back to back and stalled read-your-writes for seconds). Ordered and limited, it walks
   * (transaction_id, position) from the checkpoint: three index pages.
   */
  private async anythingToRead(): Promise<boolean> {
    const { rows } = await sql<{ transaction_id: string; position: number; more: boolean }>`
      with cp as (
        select coalesce(max(transaction_id::text), ${LOG_START.transactionId}) as tx,
               coalesce(max(position), ${LOG_START.position}) as pos
          from checkpoints where name = ${this.opts.name})
      select cp.tx as transaction_id, cp.pos as position,
             (select position from events where ${gapSafeAfter(sql.ref('cp.tx'), sql.ref('cp.pos'))}
               order by transaction_id, position limit 1) is not null as more
        from cp`.execute(this.db);
    const r = rows[0];
    this.current = { transactionId: r.transaction_id, position: Number(r.position) };
    return r.more;
  }

  private async recordFailure(event: RecordedEvent, err: unknown): Promise<void> {
    try {
      const message = err instanceof Error ? err.message || err.name : String(err);
      const { first, failure } = await recordFollowerFailure(this.db, this.opts.name, event, message);
      this.failing = true;
      this.opts.onFailure?.(failure, first);
    } catch (e) {
      this.opts.onError?.(e);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async connectListener(): Promise<void> {
    if (!this.opts.listen || !this.running) return;
    const client = new pg.Client(this.opts.listen);
    client.on('notification', () => {
      this.lastNotifyAt = Date.now();
      this.wake?.();
    });
    client.on('error', () => {
      // Lost LISTEN session: polling carries on; try again later.
      if (this.listener === client) this.listener = undefined;
      setTimeout(() => void this.connectListener(), 2000).unref();
    });
    try {
      await client.connect();
      await client.query(`listen ${EVENTS_CHANNEL}`);
      this.listener = client;
      if (!this.running) await client.end();
    } catch (err) {
      this.opts.onError?.(err);
      await client.end().catch(() => undefined);
      if (this.running) setTimeout(() => void this.connectListener(), 2000).unref();
    }
  }
}
