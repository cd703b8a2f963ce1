import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue, Worker } from 'bullmq';
import type { Kysely } from 'kysely';
import { APP_CONFIG, type AppConfig, JOBS, projectionFollower, SCHEDULERS } from '@app/config';
import { createDatabase, type DatabaseHandle, type EventStore, type Database } from '@app/event-store';
import {
  createMaintenanceQueue,
  createMaintenanceWorker,
  PROJECTIONS,
  ProjectionRunner,
  RebuildRunner,
  type RebuildJob,
} from '@app/projections';
import { EVENT_STORE, KYSELY } from '@app/runtime';
import { leaseMetrics } from './lease-metrics.js';
import { LeasesService } from './leases.service.js';

/** Role `projections`: keeps the read models following the log, and runs rebuilds (admin, CLI or nightly schedule). */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private runner?: ProjectionRunner;
  private owner?: DatabaseHandle;
  private worker?: Worker;
  private queue?: Queue;

  constructor(
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly leases: LeasesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.leases.runs('projections')) return;
    this.runner = new ProjectionRunner({
      db: this.db,
      store: this.store,
      connection: { connectionString: this.config.DATABASE_URL },
      keeper: this.leases.keeper,
      projections: PROJECTIONS,
      batchSize: this.config.LOG_BATCH_SIZE,
      pollMs: this.config.LOG_POLL_MS,
      log: (m) => this.logger.log(m),
      onCommit: (projection, count, cp, lease, fencedAt) => {
        leaseMetrics.committed(projectionFollower(projection));
        // Debug only: lets an operator (and the scale-out test) see which lease each batch committed under.
        this.logger.debug({
          msg: 'batch committed',
          follower: projectionFollower(projection),
          count,
          position: cp.position,
          holder: lease.holder,
          token: lease.token,
          fencedAt,
        });
      },
    });
    this.runner.start();

    // Rebuilds create and rename tables: they run as the owner connection, not the app role.
    this.owner = createDatabase({ url: this.config.DATABASE_URL!, poolMax: 2, applicationName: 'claimtrail-rebuild' });
    const rebuilds = new RebuildRunner(this.owner.db);
    this.worker = createMaintenanceWorker(this.config, async (job) => {
      const data = job.data as RebuildJob;
      const id = data.rebuildId ?? (await rebuilds.begin(data.projection, data.trigger).catch(() => null));
      if (!id) return { skipped: 'a rebuild is already running' };
      this.logger.log(`rebuild ${id} of ${data.projection} (${data.trigger}) started`);
      const report = await rebuilds.run(id, {
        batchSize: this.config.REBUILD_BATCH_SIZE,
        appRole: this.config.DATABASE_APP_ROLE || undefined,
        onProgress: (n) => void job.updateProgress(n).catch(() => undefined),
      });
      this.logger.log(
        `rebuild ${id} ${report.status}: ${report.events} events, ${report.eventsPerSecond} ev/s, drift ${report.drift?.rows ?? 'n/a'}`,
      );
      return report;
    });
    this.worker.on('error', (err) => this.logger.warn(`maintenance worker: ${err.message}`));
    if (this.config.REBUILD_CRON) {
      this.queue = createMaintenanceQueue(this.config);
      this.queue
        .upsertJobScheduler(
          SCHEDULERS.nightlyRebuild,
          { pattern: this.config.REBUILD_CRON, tz: 'UTC' },
          {
            name: JOBS.rebuild,
            data: { projection: 'all', trigger: 'schedule' },
          },
        )
        .catch((err) => this.logger.warn(`could not schedule rebuilds (Redis down?): ${err.message}`));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close().catch(() => undefined);
    await this.queue?.close().catch(() => undefined);
    await this.runner?.stop();
    await this.owner?.close();
  }
}
