import { randomUUID } from 'node:crypto';
import v8 from 'node:v8';
import { sql, type Kysely } from 'kysely';
import {
  CheckpointStore,
  compareCheckpoints,
  countEvents,
  EventStore,
  LOG_START,
  parkedEventIds,
  type LogCheckpoint,
  type RecordedEvent,
  type Database,
} from '@app/event-store';
import { projectionFollower } from '@app/config';
import { LIVE, SHADOW, type Projection, type TableMap } from '../model/projection.js';
import { PROJECTIONS, projectionNamed } from '../model/registry.js';
import { atMost } from '../model/copy-rows.js';
import { shareByStream } from './share-by-stream.js';
import { measureDrift } from './drift.js';

export interface RebuildReport {
  id: string;
  projection: string;
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  events: number;
  eventsPerSecond: number | null;
  drift: {
    rows: number;
    sample: unknown[];
    byTable?: Record<string, number>;
    /** Projections whose live model was this many positions behind: swapped without a comparison. */
    notCompared?: Record<string, number>;
  } | null;
  error?: string | null;
  trigger?: string | null;
}

/** How far behind (in log positions) a live model may be for the swap to bring it forward and compare. */
export const LIVE_CATCH_UP_LIMIT = 50_000;

export class RebuildConflictError extends Error {
  constructor(readonly runningId: string) {
    super(`a rebuild is already running: ${runningId}`);
  }
}

/** What a progress callback is told beside the count of events applied so far. */
export interface RebuildProgress {
  /**
   * Events the rebuild expects to apply: the log's size when it began (one pass over the log
   * feeds every target, so `all` counts each event once), raised when the count passes it.
   */
  total: number;
  /**
   * `replay` while the log is read into the shadow tables; `swap` while they are caught up,
   * compared and swapped in; `done` at the end.
   */
  phase: 'replay' | 'swap' | 'done';
  /**
   * How the replay loads the shadow tables: the in-memory fold, or batch by batch (from the start,
   * or past the heap budget).
   */
  load: 'bulk' | 'batch';
}

export interface RebuildOptions {
  batchSize?: number;
  onProgress?: (events: number, progress: RebuildProgress) => void;
  /** Role the app's sessions use; shadow tables get its grants before the swap. */
  appRole?: string;
  /**
   * Transactions applying one batch at once, each to its own share of the streams (a stream's
   * events stay together and in order; the shadow rows of different streams are disjoint).
   */
  parallel?: number;
  /** false: apply batch by batch as the live runner does, instead of folding in memory and loading once. */
  bulk?: boolean;
  /**
   * Heap in use past which the bulk fold loads what it holds and the rest of the log goes batch by
   * batch (a log too large to fold in this process's memory); default 60 % of the heap limit.
   */
  bulkHeapBytes?: number;
  /** Positions a live model may be behind for the swap to bring it forward and compare (LIVE_CATCH_UP_LIMIT). */
  liveCatchUpLimit?: number;
}

/**
 * Replays the whole log into shadow tables, catches up, and swaps them in one transaction, so
 * readers see the old model until the swap. Runs as the owner (it creates and renames tables).
 */
export class RebuildRunner {
  private readonly store: EventStore;

  constructor(private readonly owner: Kysely<Database>) {
    this.store = new EventStore(owner);
  }

  /** Records a running rebuild (409-style error if one runs for it, or for `all`). */
  async begin(projection: string, trigger: string): Promise<string> {
    if (projection !== 'all' && !projectionNamed(projection)) throw new Error(`unknown projection ${projection}`);
    const id = randomUUID();
    return this.owner.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtext('claimtrail:rebuild-begin'))`.execute(trx);
      const { rows } = await sql<{ id: string }>`
        select id from projection_rebuilds where status = 'running'
           and (projection = ${projection} or projection = 'all' or ${projection} = 'all') limit 1`.execute(trx);
      if (rows[0]) throw new RebuildConflictError(rows[0].id);
      await sql`insert into projection_rebuilds (id, projection, status, trigger)
                values (${id}, ${projection}, 'running', ${trigger})`.execute(trx);
      return id;
    });
  }

  /** Runs a rebuild recorded by begin(); never throws for the rebuild's own failure. */
  async run(id: string, opts: RebuildOptions = {}): Promise<RebuildReport> {
    const { rows } = await sql<{
      projection: string;
    }>`select projection from projection_rebuilds where id = ${id}`.execute(this.owner);
    if (!rows[0]) throw new Error(`no rebuild ${id}`);
    const targets = rows[0].projection === 'all' ? [...PROJECTIONS] : [projectionNamed(rows[0].projection)!];
    const started = Date.now();
    let events = 0;
    const drift: NonNullable<RebuildReport['drift']> & { byTable: Record<string, number> } = {
      rows: 0,
      sample: [],
      byTable: {},
    };
    try {
      const r = await this.rebuildAll(targets, opts, (n, p) => {
        opts.onProgress?.(n, p);
        void sql`update projection_rebuilds set events = ${n} where id = ${id}`
          .execute(this.owner)
          .catch(() => undefined);
      });
      events = r.events;
      for (const d of r.drifts) {
        if (d.notCompared !== undefined) (drift.notCompared ??= {})[d.projection] = d.notCompared;
        drift.rows += d.driftRows;
        Object.assign(drift.byTable, d.byTable);
        drift.sample.push(...d.sample.slice(0, Math.max(0, 10 - drift.sample.length)));
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      await sql`
        update projection_rebuilds set status = 'succeeded', finished_at = clock_timestamp(), events = ${events},
               events_per_second = ${events / seconds}, drift = ${JSON.stringify(drift)}::jsonb
         where id = ${id}`.execute(this.owner);
    } catch (err) {
      await sql`
        update projection_rebuilds set status = 'failed', finished_at = clock_timestamp(), events = ${events},
               error = ${(err as Error).message ?? String(err)} where id = ${id}`.execute(this.owner);
      for (const p of targets) await this.dropShadows(p).catch(() => undefined);
    }
    return (await this.report(id))!;
  }

  async report(id: string): Promise<RebuildReport | null> {
    const { rows } = await sql<any>`select * from projection_rebuilds where id = ${id}`.execute(this.owner);
    return rows[0] ? toReport(rows[0]) : null;
  }

  /** One pass over the log feeds every target's shadow tables; then each is swapped in on its own. */
  private async rebuildAll(
    targets: Projection[],
    opts: RebuildOptions,
    progress: (n: number, p: RebuildProgress) => void,
  ) {
    targets = await Promise.all(targets.map((p) => this.withoutParked(p)));
    // Secondary indexes are built once after the replay instead of maintained row by row through
    // it; unique ones stay (the fold looks states up and upserts by them).
    const deferredIndexes: string[] = [];
    for (const p of targets) {
      await this.dropShadows(p);
      for (const t of p.tables) {
        await sql`create table ${sql.table(SHADOW(t.name))} (like ${sql.table(t.name)} including all)`.execute(
          this.owner,
        );
        if (opts.appRole)
          await sql`grant select, insert, update, delete on ${sql.table(SHADOW(t.name))}
                    to ${sql.raw(opts.appRole)}`.execute(this.owner);
        const { rows } = await sql<{ name: string; def: string }>`
          select c.relname as name, pg_get_indexdef(x.indexrelid) as def
            from pg_index x join pg_class c on c.oid = x.indexrelid
           where x.indrelid = ${SHADOW(t.name)}::regclass and not x.indisunique`.execute(this.owner);
        for (const r of rows) {
          deferredIndexes.push(r.def);
          await sql`drop index ${sql.table(r.name)}`.execute(this.owner);
        }
      }
    }
    let cp: LogCheckpoint = { ...LOG_START };
    let count = 0;
    // The progress total: counted only for a listener (a scan of the log's index).
    let total = 0;
    if (opts.onProgress) {
      total = await countEvents(this.owner);
    }
    let load: RebuildProgress['load'] = 'batch';
    const report = (phase: RebuildProgress['phase']) => {
      total = Math.max(total, count);
      progress(count, { total, phase, load });
    };
    // Secondary indexes, once the shadow tables are loaded (or before the batch path needs them).
    let indexed = false;
    const buildIndexes = async () => {
      if (indexed || !deferredIndexes.length) return;
      indexed = true;
      // One connection, with room to sort in memory: the server default (64 MB) spills at a million events.
      await this.owner.transaction().execute(async (trx) => {
        await sql`set local maintenance_work_mem = '512MB'`.execute(trx);
        for (const def of deferredIndexes) await sql.raw(def).execute(trx);
      });
    };
    // Bulk load: every target folds the log in memory and loads its empty shadow tables once with
    // COPY (no read-back of states, no upserts). Past the heap budget the folded states are loaded
    // as they stand and the rest of the log goes the batch path (read states back, upsert), which
    // is also the path of a projection without a bulk fold. Either way the next batch is read (and
    // decoded) while this one is used.
    let folds = opts.bulk !== false && targets.every((p) => p.bulk) ? targets.map((p) => p.bulk!()) : null;
    if (folds) load = 'bulk';
    const heapBudget = opts.bulkHeapBytes ?? Math.floor(v8.getHeapStatistics().heap_size_limit * 0.6);
    const loadFolds = async () => {
      if (!folds) return;
      // Two projections at a time; each loads its tables two COPYs at a time.
      await atMost(
        2,
        folds.map((f) => () => f.write(this.owner, SHADOW)),
      );
      folds = null;
    };
    const size = opts.batchSize ?? 5000;
    let next = this.store.readAll(cp, size);
    for (;;) {
      const batch = await next;
      if (!batch.length) break;
      cp = last(batch);
      next = this.store.readAll(cp, size);
      next.catch(() => undefined);
      if (folds) {
        for (const f of folds) f.add(batch);
        if (process.memoryUsage().heapUsed > heapBudget) {
          load = 'batch';
          await loadFolds();
          // The tables are large by now: the batch path's look-ups by parent need their indexes.
          await buildIndexes();
        }
      } else {
        await Promise.all(
          shareByStream(batch, opts.parallel ?? 2).map((share) =>
            this.owner.transaction().execute(async (trx) => {
              for (const p of targets) await p.apply(share, trx, SHADOW);
            }),
          ),
        );
      }
      count += batch.length;
      report('replay');
    }
    await loadFolds();
    report('swap');
    await buildIndexes();
    const drifts = [];
    for (const p of targets) {
      const r = await this.swap(p, cp, (n) => (count += n), opts.liveCatchUpLimit ?? LIVE_CATCH_UP_LIMIT);
      drifts.push({ ...r, projection: p.name });
    }
    total = count;
    report('done');
    return { events: count, drifts };
  }

  /** The projection leaving out the events an admin parked for it, as its live runner does (batch and bulk paths). */
  private async withoutParked(p: Projection): Promise<Projection> {
    const parked = await parkedEventIds(this.owner, projectionFollower(p.name));
    if (!parked.size) return p;
    const keep = (events: RecordedEvent[]) => events.filter((e) => !parked.has(e.eventId));
    const bulk = p.bulk?.bind(p);
    return {
      ...p,
      apply: (events, trx, table) => p.apply(keep(events), trx, table),
      ...(bulk
        ? {
            bulk: () => {
              const fold = bulk();
              return { add: (events) => fold.add(keep(events)), write: (db, table) => fold.write(db, table) };
            },
          }
        : {}),
    };
  }

  /** Holds the live runner at its checkpoint, brings both models to the same point, compares, renames. */
  private async swap(p: Projection, replayedTo: LogCheckpoint, counted: (n: number) => void, limit: number) {
    // Readers lock the tables in their own order; waiting on them one by one could deadlock.
    // Take every lock up front with a short lock_timeout and back off on failure instead.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.trySwap(p, replayedTo, counted, limit);
      } catch (err) {
        const code = (err as { code?: string }).code;
        if ((code !== '55P03' && code !== '40P01') || attempt >= 50) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 200));
      }
    }
  }

  private async trySwap(p: Projection, replayedTo: LogCheckpoint, counted: (n: number) => void, limit: number) {
    const checkpoints = new CheckpointStore(this.owner);
    const name = projectionFollower(p.name);
    await sql`insert into checkpoints (name) values (${name}) on conflict (name) do nothing`.execute(this.owner);
    return this.owner.transaction().execute(async (trx) => {
      await sql`set local lock_timeout = '500ms'`.execute(trx);
      // The drift's hash join holds a whole table's keys: the server default (4 MB) spills it to disk.
      await sql`set local work_mem = '256MB'`.execute(trx);
      // The live runner takes its checkpoint row before the tables: so do we.
      const live = await checkpoints.load(name, trx, true);
      const tables = p.tables.flatMap((t) => [t.name, SHADOW(t.name)]);
      if (tables.length)
        await sql`lock table ${sql.join(tables.map((t) => sql.table(t)))} in access exclusive mode`.execute(trx);
      let cp = await this.catchUp(p, trx, SHADOW, replayedTo, null, counted);
      const target = compareCheckpoints(live, cp) > 0 ? live : cp;
      if (compareCheckpoints(cp, target) < 0) cp = await this.catchUp(p, trx, SHADOW, cp, target, counted);
      // A live model far behind (a restored log, a long-stalled runner) is not replayed here, under
      // the locks readers wait on, only to be compared and dropped: the drift says it was not compared.
      const behind = target.position - live.position;
      let d: { driftRows: number; byTable: Record<string, number>; sample: unknown[]; notCompared?: number };
      if (behind > limit) d = { driftRows: 0, byTable: {}, sample: [], notCompared: behind };
      else {
        await this.catchUp(p, trx, LIVE, live, target, () => undefined);
        d = await measureDrift(p, trx);
      }
      for (const t of p.tables) {
        await sql`drop table ${sql.table(t.name)}`.execute(trx);
        await sql`alter table ${sql.table(SHADOW(t.name))} rename to ${sql.raw(t.name)}`.execute(trx);
      }
      await checkpoints.save(name, target, trx);
      return d;
    });
  }

  /** Applies events after `from` up to `to` (inclusive), or up to the visible head when `to` is null. */
  private async catchUp(
    p: Projection,
    trx: Kysely<Database>,
    table: TableMap,
    from: LogCheckpoint,
    to: LogCheckpoint | null,
    counted: (n: number) => void,
  ) {
    let cp = from;
    for (;;) {
      let batch: RecordedEvent[] = await this.store.readAll(cp, 5000, trx);
      if (to)
        batch = batch.filter(
          (e) => compareCheckpoints({ transactionId: e.transactionId, position: e.position }, to) <= 0,
        );
      if (!batch.length) return cp;
      await p.apply(batch, trx, table);
      counted(batch.length);
      cp = last(batch);
      if (to && compareCheckpoints(cp, to) >= 0) return cp;
    }
  }

  private async dropShadows(p: Projection): Promise<void> {
    for (const t of p.tables) await sql`drop table if exists ${sql.table(SHADOW(t.name))}`.execute(this.owner);
  }
}

const last = (batch: RecordedEvent[]): LogCheckpoint => ({
  transactionId: batch[batch.length - 1].transactionId,
  position: batch[batch.length - 1].position,
});

export function toReport(r: any): RebuildReport {
  return {
    id: r.id,
    projection: r.projection,
    status: r.status,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    events: Number(r.events),
    eventsPerSecond: r.events_per_second == null ? null : Math.round(Number(r.events_per_second)),
    drift: r.drift ?? null,
    error: r.error ?? null,
    trigger: r.trigger ?? null,
  };
}
