import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { EventStore } from '../event-store.js';
import type { LogCheckpoint, RecordedEvent } from '../event-store.types.js';
import { openLeaseDatabase } from '../leases/lease-database.js';
import { LeaseKeeper, type Lease } from '../leases/lease-keeper.js';
import { LeaseLostError } from '../leases/lease-store.js';
import { LogSubscription } from '../log-subscription.js';
import type { Database } from '../schema/database.generated.js';
import type { FollowerFailure } from './follower-failures.js';

/** Anything that follows the log in batches: a read model, the workflow dispatcher. */
export interface LogFollower {
  name: string;
  /** Applies one batch in the transaction that also moves the follower's checkpoint. */
  apply(batch: RecordedEvent[], trx: Kysely<Database>): Promise<void>;
}

export interface LogFollowerRunnerOptions {
  db: Kysely<Database>;
  store: EventStore;
  /** Connection settings for LISTEN (and for the lease pool when no keeper is given). */
  connection: pg.ClientConfig;
  followers: readonly LogFollower[];
  /** Checkpoint (and lease) name of a follower, e.g. `projection:<name>`. */
  checkpoint: (name: string) => string;
  /** What the log lines call a follower ("projection", "follower"). */
  kind?: string;
  batchSize?: number;
  pollMs?: number;
  /** The process's lease keeper (the worker shares one); without it the runner keeps its own. */
  keeper?: LeaseKeeper;
  /** For a keeper of its own. */
  leaseTtlMs?: number;
  heartbeatMs?: number;
  /** Former name of heartbeatMs (when advisory locks were retried at this interval). */
  lockRetryMs?: number;
  log?: (msg: string, fields?: Record<string, unknown>) => void;
  onBatch?: (follower: string, count: number, cp: LogCheckpoint) => void;
  /** After each committed batch, with the lease it committed under and when the fence saw it valid. */
  onCommit?: (follower: string, count: number, cp: LogCheckpoint, lease: Lease, fencedAt?: Date) => void;
  /**
   * A follower stopped at one event that keeps failing (recorded in follower_failures, skipped
   * once parked): `first` the first time on that position. Log it at error level, count it.
   */
  onFailure?: (follower: string, failure: FollowerFailure, first: boolean) => void;
  /** Channel to notify with each committed batch (the read models: CHECKPOINTS_CHANNEL). */
  notifyChannel?: string;
}

/**
 * Runs each follower whose lease this process holds (see LeaseKeeper): one runner per follower
 * across all processes, taken over within the lease TTL when its holder dies or freezes.
 */
export class LogFollowerRunner {
  private keeper?: LeaseKeeper;
  private own?: { close(): Promise<void> };
  private readonly running = new Map<string, LogSubscription>();
  private readonly leaseNames: string[] = [];

  constructor(private readonly opts: LogFollowerRunnerOptions) {}

  /** Followers this process currently runs. */
  get held(): string[] {
    return [...this.running.keys()];
  }

  start(): void {
    if (this.keeper) return;
    if (this.opts.keeper) this.keeper = this.opts.keeper;
    else {
      const ttlMs = this.opts.leaseTtlMs ?? 5000;
      const lease = openLeaseDatabase(this.opts.connection, ttlMs / 2);
      this.own = lease;
      this.keeper = new LeaseKeeper({
        db: lease.db,
        ttlMs,
        heartbeatMs: this.opts.heartbeatMs ?? this.opts.lockRetryMs,
        log: this.opts.log,
      });
    }
    const keeper = this.keeper;
    const kind = this.opts.kind ?? 'follower';
    for (const f of this.opts.followers) {
      const name = this.opts.checkpoint(f.name);
      this.leaseNames.push(name);
      keeper.register(name, (lease) => {
        const sub = new LogSubscription(this.opts.db, this.opts.store, {
          name,
          batchSize: this.opts.batchSize ?? 2000,
          pollMs: this.opts.pollMs ?? 500,
          listen: this.opts.connection,
          guard: lease.guard,
          handle: (events, trx) => f.apply(events, trx),
          onBatch: (n, cp) => this.opts.onBatch?.(f.name, n, cp),
          onCommit: (n, cp, fencedAt) => this.opts.onCommit?.(f.name, n, cp, lease, fencedAt),
          skipParked: true,
          notifyChannel: this.opts.notifyChannel,
          onFailure: (failure, first) => this.opts.onFailure?.(f.name, failure, first),
          onError: (err) => {
            if (err instanceof LeaseLostError) keeper.reportLost(name);
            this.opts.log?.(`${kind} ${f.name}: ${(err as Error).message}`);
          },
        });
        this.running.set(f.name, sub);
        sub.start();
        this.opts.log?.(`running ${kind} ${f.name}`);
        return {
          stop: async () => {
            await sub.stop();
            if (this.running.get(f.name) === sub) this.running.delete(f.name);
          },
        };
      });
    }
    if (this.own) this.keeper.start();
  }

  async stop(): Promise<void> {
    const keeper = this.keeper;
    if (!keeper) return;
    if (this.own) await keeper.stop();
    else await Promise.all(this.leaseNames.map((n) => keeper.unregister(n)));
    this.leaseNames.length = 0;
    await Promise.all([...this.running.values()].map((s) => s.stop()));
    this.running.clear();
    await this.own?.close();
    this.own = undefined;
    this.keeper = undefined;
  }

  /** The keeper in use (tests freeze its heartbeats to play a paused process). */
  get leases(): LeaseKeeper | undefined {
    return this.keeper;
  }
}
