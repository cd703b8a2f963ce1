import { sql, type Kysely } from 'kysely';
import { CheckpointStore } from '../checkpoint-store.js';
import { LOG_START } from '../event-store.types.js';
import { sealNext } from './ledger.js';
import type { BatchGuard } from '../leases/lease-keeper.js';
import type { Database } from '../schema/database.generated.js';

export interface LedgerSealerOptions {
  /** Its checkpoint (and lease) name, FOLLOWERS.sealer: passed in, since the event store imports no other lib. */
  checkpoint: string;
  batchSize?: number;
  intervalMs?: number;
  onError?: (err: unknown) => void;
  /** The sealer's lease (the worker runs one sealer under LeaseKeeper): checked first, fenced last. */
  guard?: BatchGuard;
  /** After each seal committed: the new head, to be logged (and kept) outside the database. */
  onSealed?: (head: { sealId: number; position: number; hash: string; events: number }) => void;
}

/**
 * Seals the log as it grows. The worker runs one under a lease; a sealer without one (CLI, tests)
 * is still safe beside it: the checkpoint row lock serialises runs, and each run reads where
 * sealing stands from the last seal after taking that lock.
 */
export class LedgerSealer {
  private running = false;
  private loop?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly opts: LedgerSealerOptions,
  ) {}

  /** Seals the next run of events; returns how many it sealed (0 when caught up). */
  async sealOnce(): Promise<number> {
    const checkpoints = new CheckpointStore(this.db);
    await sql`insert into checkpoints (name) values (${this.opts.checkpoint}) on conflict (name) do nothing`.execute(
      this.db,
    );
    let sealed: Awaited<ReturnType<typeof sealNext>> = null;
    const n = await this.db.transaction().execute(async (trx) => {
      await this.opts.guard?.enter(trx);
      await checkpoints.load(this.opts.checkpoint, trx, true);
      // The last seal itself says where sealing stands; the checkpoint row only mirrors it for lag reports.
      const { rows: last } = await sql<{ t: string; p: number }>`
        select to_transaction_id::text as t, to_position as p from ledger_seals order by seal_id desc limit 1`.execute(
        trx,
      );
      const cp = last[0] ? { transactionId: last[0].t, position: Number(last[0].p) } : { ...LOG_START };
      const next = await sealNext(trx, cp, this.opts.batchSize ?? 5000);
      if (!next) return 0;
      sealed = next;
      await checkpoints.save(this.opts.checkpoint, next, trx);
      const { rows: n } = await sql<{
        c: number;
      }>`select event_count as c from ledger_seals order by seal_id desc limit 1`.execute(trx);
      await this.opts.guard?.fence(trx);
      return n[0].c;
    });
    const head = sealed as Awaited<ReturnType<typeof sealNext>>;
    if (head)
      this.opts.onSealed?.({ sealId: head.sealId, position: head.position, hash: head.hash, events: head.events });
    return n;
  }

  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.sealOnce(); n > 0; n = await this.sealOnce()) total += n;
    return total;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let n = 0;
        try {
          n = await this.sealOnce();
        } catch (err) {
          this.opts.onError?.(err);
        }
        if (n < (this.opts.batchSize ?? 5000) && this.running) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            this.timer = setTimeout(resolve, this.opts.intervalMs ?? 1000);
          });
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.wake?.();
    await this.loop;
  }
}
