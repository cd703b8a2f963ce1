import { sql, type Kysely } from 'kysely';
import { CheckpointStore } from '../checkpoint-store.js';
import { LOG_START } from '../event-store.types.js';
import { sealNext } from './ledger.js';

export const SEALER_CHECKPOINT = 'ledger:sealer';

/**
 * Seals the log as it grows. Any number of workers may run one: a transaction-level advisory
 * lock lets one seal at a time, and the checkpoint row lock keeps every run exactly once.
 */
export class LedgerSealer {
  private running = false;
  private loop?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;

  constructor(
    private readonly db: Kysely<any>,
    private readonly opts: { batchSize?: number; intervalMs?: number; onError?: (err: unknown) => void } = {},
  ) {}

  /** Seals the next run of events; returns how many it sealed (0 when caught up or another sealer holds the lock). */
  async sealOnce(): Promise<number> {
    const checkpoints = new CheckpointStore(this.db);
    await sql`insert into checkpoints (name) values (${SEALER_CHECKPOINT}) on conflict (name) do nothing`.execute(this.db);
    return this.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(hashtext('claimtrail:sealer')) as ok`.execute(trx);
      if (!rows[0].ok) return 0;
      await checkpoints.load(SEALER_CHECKPOINT, trx, true);
      // The last seal itself says where sealing stands; the checkpoint row only mirrors it for lag reports.
      const { rows: last } = await sql<{ t: string; p: number }>`
        select to_transaction_id::text as t, to_position as p from ledger_seals order by seal_id desc limit 1`.execute(trx);
      const cp = last[0] ? { transactionId: last[0].t, position: Number(last[0].p) } : { ...LOG_START };
      const next = await sealNext(trx, cp, this.opts.batchSize ?? 5000);
      if (!next) return 0;
      await checkpoints.save(SEALER_CHECKPOINT, next, trx);
      const { rows: n } = await sql<{ c: number }>`select event_count as c from ledger_seals order by seal_id desc limit 1`.execute(trx);
      return n[0].c;
    });
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
