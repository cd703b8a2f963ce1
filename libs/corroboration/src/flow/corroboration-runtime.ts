import { FlowProducer, type Job, Queue, Worker } from 'bullmq';
import type { Cluster, Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import { type AppConfig, assertEveryJobHasProcessor, FOLLOWERS, QUEUES } from '@app/config';
import type { StreamWriter } from '@app/domain';
import { type EventStore, type LeaseKeeper, LogFollowerRunner, type Database } from '@app/event-store';
import { bullConnection, createRedisClient } from '@app/runtime';
import { ClaimContextRepository } from './claim-context.repository.js';
import { corroborationDispatcher, type Dispatcher } from './dispatcher.js';
import { CorroborationProcessors } from './processors.js';
import { jobMetrics } from './job-metrics.js';

export interface CorroborationRuntimeDeps {
  db: Kysely<Database>;
  store: EventStore;
  writer: StreamWriter;
  config: AppConfig;
  log: (msg: string, fields?: Record<string, unknown>) => void;
  /** Run the dispatcher (the log follower); several workers may, one holds its lease. */
  dispatch?: boolean;
  /** Run the job processors. */
  process?: boolean;
  /** The process's lease keeper (the worker shares one); without it the dispatcher keeps its own. */
  keeper?: LeaseKeeper;
}

/** The dispatcher, the flow producer and the queue workers of the corroboration workflows. */
export class CorroborationRuntime {
  private runner?: LogFollowerRunner;
  private flows?: FlowProducer;
  private reviewsQueue?: Queue;
  private corroborationQueue?: Queue;
  private readonly workers: Worker[] = [];
  private sweepTimer?: NodeJS.Timeout;
  private sweeping = false;
  private sweepAfter = 0;
  private redis?: Redis | Cluster;
  /** Cluster connections BullMQ treats as shared: ours to disconnect. */
  private readonly connections: unknown[] = [];

  constructor(private readonly deps: CorroborationRuntimeDeps) {}

  start(): void {
    const { config } = this.deps;
    assertEveryJobHasProcessor(CorroborationProcessors.handles);
    const prefix = config.QUEUE_PREFIX;
    this.redis = createRedisClient(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis.on('error', () => undefined);
    if (this.deps.dispatch !== false) {
      // Producers fail fast while Redis is away, so the dispatcher's batch fails and is retried later.
      const producerConnection = bullConnection(config, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      this.connections.push(producerConnection);
      this.flows = new FlowProducer({ connection: producerConnection, prefix });
      this.flows.on('error', () => undefined);
      this.reviewsQueue = new Queue(QUEUES.reviews, { connection: producerConnection, prefix });
      this.reviewsQueue.on('error', () => undefined);
      this.corroborationQueue = new Queue(QUEUES.corroboration, { connection: producerConnection, prefix });
      this.corroborationQueue.on('error', () => undefined);
      const dispatcher = corroborationDispatcher({
        store: this.deps.store,
        redis: this.redis,
        prefix,
        flows: this.flows,
        corroboration: this.corroborationQueue,
        reviews: this.reviewsQueue,
        escalationDelayMs: config.REVIEW_ESCALATION_MS,
      });
      this.runner = new LogFollowerRunner({
        db: this.deps.db,
        store: this.deps.store,
        connection: { connectionString: config.DATABASE_URL },
        keeper: this.deps.keeper,
        leaseTtlMs: config.LEASE_TTL_MS,
        heartbeatMs: config.LEASE_HEARTBEAT_MS,
        followers: [dispatcher],
        checkpoint: () => FOLLOWERS.dispatcher,
        kind: 'projection', // its log lines read as they did when it ran as a table-less projection
        batchSize: 200,
        pollMs: config.LOG_POLL_MS,
        log: (m) => this.deps.log(m),
      });
      this.runner.start();
      if (config.CORROBORATION_SWEEP_MS > 0) {
        this.sweepTimer = setInterval(() => void this.sweep(dispatcher), config.CORROBORATION_SWEEP_MS);
        this.sweepTimer.unref();
      }
    }
    if (this.deps.process !== false) {
      const processors = new CorroborationProcessors({
        contexts: new ClaimContextRepository(this.deps.db, this.deps.store),
        streamVersion: (id) => this.deps.store.streamVersion(id),
        redis: this.redis,
        prefix,
        writer: this.deps.writer,
        log: this.deps.log,
      });
      const connection = bullConnection(config);
      this.connections.push(connection);
      for (const [queue, handler, concurrency] of [
        [QUEUES.corroboration, (job: Job) => processors.corroboration(job), config.CORROBORATION_CONCURRENCY],
        [
          QUEUES.reviews,
          (job: Job) => processors.reviews(job),
          config.REVIEWS_CONCURRENCY ?? config.CORROBORATION_CONCURRENCY,
        ],
      ] as const) {
        const worker = new Worker(queue, jobMetrics.instrument(queue, handler), { connection, prefix, concurrency });
        worker.on('error', (err) => this.deps.log(`worker ${queue}: ${err.message}`));
        worker.on('failed', (job, err) =>
          this.deps.log(`job failed`, {
            queue,
            name: job?.name,
            id: job?.id,
            attempts: job?.attemptsMade,
            error: err.message,
            correlationId: job?.data?.correlationId,
          }),
        );
        this.workers.push(worker);
      }
    }
  }

  /** Only where the dispatcher runs (its lease), one page of claims at a time. */
  private async sweep(dispatcher: Dispatcher): Promise<void> {
    if (this.sweeping || !this.runner?.held.includes(dispatcher.name)) return;
    this.sweeping = true;
    try {
      const { next, enqueued } = await dispatcher.sweep(
        this.deps.db,
        this.sweepAfter,
        this.deps.config.CORROBORATION_SWEEP_AFTER_MS,
      );
      this.sweepAfter = next;
      if (enqueued) this.deps.log('re-dispatched flows of claims without a verdict', { enqueued });
    } catch (err) {
      this.deps.log(`sweep: ${(err as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.runner?.stop();
    await Promise.all(this.workers.map((w) => w.close().catch(() => undefined)));
    await this.flows?.close().catch(() => undefined);
    await this.reviewsQueue?.close().catch(() => undefined);
    await this.corroborationQueue?.close().catch(() => undefined);
    for (const c of this.connections.splice(0))
      if (c && typeof (c as Cluster).disconnect === 'function') (c as Cluster).disconnect();
    this.redis?.disconnect();
  }
}
