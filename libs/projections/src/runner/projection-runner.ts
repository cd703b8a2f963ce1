import type { Kysely } from 'kysely';
import pg from 'pg';
import { LogSubscription, type EventStore, type LogCheckpoint } from '@app/event-store';
import { LIVE, type Projection } from '../model/projection.js';
import { checkpointName } from '../model/registry.js';

export interface ProjectionRunnerOptions {
  db: Kysely<any>;
  store: EventStore;
  /** Connection settings for the lock session and LISTEN. */
  connection: pg.ClientConfig;
  projections: readonly Projection[];
  batchSize?: number;
  pollMs?: number;
  lockRetryMs?: number;
  log?: (msg: string) => void;
  onBatch?: (projection: string, count: number, cp: LogCheckpoint) => void;
  /** Checkpoint (and lock) name per follower; read models use `projection:<name>`. */
  checkpoint?: (name: string) => string;
}

const lockKey = (checkpoint: string) => `claimtrail:follower:${checkpoint}`;

/**
 * Runs each projection that this process can take the advisory lock of; the lock dies with the
 * session, so another worker takes a projection over when its holder goes away.
 */
export class ProjectionRunner {
  private lockClient?: pg.Client;
  private readonly running = new Map<string, LogSubscription>();
  private timer?: NodeJS.Timeout;
  private stopped = true;

  constructor(private readonly opts: ProjectionRunnerOptions) {}

  /** Projections this process currently runs. */
  get held(): string[] {
    return [...this.running.keys()];
  }

  start(): void {
    this.stopped = false;
    void this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.all([...this.running.values()].map((s) => s.stop()));
    this.running.clear();
    await this.lockClient?.end().catch(() => undefined);
    this.lockClient = undefined;
  }

  private async tick(): Promise<void> {
    try {
      await this.acquire();
    } catch (err) {
      this.opts.log?.(`projection locks: ${(err as Error).message}`);
      await this.dropAll();
    }
    if (!this.stopped) this.timer = setTimeout(() => void this.tick(), this.opts.lockRetryMs ?? 2000);
  }

  private async acquire(): Promise<void> {
    if (!this.lockClient) {
      const client = new pg.Client({ ...this.opts.connection, application_name: 'claimtrail-projection-locks' });
      client.on('error', () => void this.dropAll());
      await client.connect();
      this.lockClient = client;
    }
    for (const p of this.opts.projections) {
      if (this.running.has(p.name) || this.stopped) continue;
      const cpName = (this.opts.checkpoint ?? checkpointName)(p.name);
      const { rows } = await this.lockClient.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtext($1)) as ok', [lockKey(cpName)]);
      if (!rows[0].ok) continue;
      const sub = new LogSubscription(this.opts.db, this.opts.store, {
        name: cpName,
        batchSize: this.opts.batchSize ?? 2000,
        pollMs: this.opts.pollMs ?? 500,
        listen: this.opts.connection,
        handle: (events, trx) => p.apply(events, trx, LIVE),
        onBatch: (n, cp) => this.opts.onBatch?.(p.name, n, cp),
        onError: (err) => this.opts.log?.(`projection ${p.name}: ${(err as Error).message}`),
      });
      this.running.set(p.name, sub);
      sub.start();
      this.opts.log?.(`running projection ${p.name}`);
    }
  }

  /** The lock session is gone: so are our locks; stop and let whoever gets them carry on. */
  private async dropAll(): Promise<void> {
    const client = this.lockClient;
    this.lockClient = undefined;
    const subs = [...this.running.values()];
    this.running.clear();
    await Promise.all(subs.map((s) => s.stop()));
    await client?.end().catch(() => undefined);
  }
}
