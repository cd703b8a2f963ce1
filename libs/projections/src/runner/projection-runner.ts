import type { Kysely } from 'kysely';
import type pg from 'pg';
import { LeaseKeeper, LeaseLostError, LogSubscription, openLeaseDatabase, type EventStore, type Lease, type LogCheckpoint } from '@app/event-store';
import { projectionFollower } from '@app/config';
import { LIVE, type Projection } from '../model/projection.js';

export interface ProjectionRunnerOptions {
  db: Kysely<any>;
  store: EventStore;
  /** Connection settings for LISTEN (and for the lease pool when no keeper is given). */
  connection: pg.ClientConfig;
  projections: readonly Projection[];
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
  onBatch?: (projection: string, count: number, cp: LogCheckpoint) => void;
  /** After each committed batch, with the lease it committed under and when the fence saw it valid. */
  onCommit?: (projection: string, count: number, cp: LogCheckpoint, lease: Lease, fencedAt?: Date) => void;
  /** Checkpoint (and lease) name per follower; read models use `projection:<name>`. */
  checkpoint?: (name: string) => string;
}

/**
 * Runs each projection whose lease this process holds (see LeaseKeeper): one runner per
 * projection across all processes, taken over within the lease TTL when its holder dies or freezes.
 */
export class ProjectionRunner {
  private keeper?: LeaseKeeper;
  private own?: { close(): Promise<void> };
  private readonly running = new Map<string, LogSubscription>();
  private readonly leaseNames: string[] = [];

  constructor(private readonly opts: ProjectionRunnerOptions) {}

  /** Projections this process currently runs. */
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
      this.keeper = new LeaseKeeper({ db: lease.db, ttlMs, heartbeatMs: this.opts.heartbeatMs ?? this.opts.lockRetryMs, log: this.opts.log });
    }
    const keeper = this.keeper;
    for (const p of this.opts.projections) {
      const name = (this.opts.checkpoint ?? projectionFollower)(p.name);
      this.leaseNames.push(name);
      keeper.register(name, (lease) => {
        const sub = new LogSubscription(this.opts.db, this.opts.store, {
          name,
          batchSize: this.opts.batchSize ?? 2000,
          pollMs: this.opts.pollMs ?? 500,
          listen: this.opts.connection,
          guard: lease.guard,
          handle: (events, trx) => p.apply(events, trx, LIVE),
          onBatch: (n, cp) => this.opts.onBatch?.(p.name, n, cp),
          onCommit: (n, cp, fencedAt) => this.opts.onCommit?.(p.name, n, cp, lease, fencedAt),
          onError: (err) => {
            if (err instanceof LeaseLostError) keeper.reportLost(name);
            this.opts.log?.(`projection ${p.name}: ${(err as Error).message}`);
          },
        });
        this.running.set(p.name, sub);
        sub.start();
        this.opts.log?.(`running projection ${p.name}`);
        return {
          stop: async () => {
            await sub.stop();
            if (this.running.get(p.name) === sub) this.running.delete(p.name);
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
