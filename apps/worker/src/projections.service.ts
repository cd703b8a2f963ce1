import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue, Worker } from 'bullmq';
import { JOBS, projectionFollower, SCHEDULERS } from '@app/config';
import { createDatabase, type DatabaseHandle } from '@app/event-store';
import {
  createMaintenanceQueue,
  createMaintenanceWorker,
  PROJECTIONS,
  ProjectionRunner,
  RebuildRunner,
  type RebuildJob,
} from '@app/projections';
import { leaseMetrics } from './lease-metrics.js';
import { WorkerContext } from './worker-context.js';

/** Role `projections`: keeps the read models following the log, and runs rebuilds (admin, CLI or nightly schedule). */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private runner?: ProjectionRunner;
  private owner?: DatabaseHandle;
  private worker?: Worker;
  private queue?: Queue;

  constructor(private readonly ctx: WorkerContext) {}

  async onApplicationBootstrap(): Promise<void> {
    const { db, store, config, leases } = this.ctx;
    if (!leases.runs('projections')) return;
    this.runner = new ProjectionRunner({
      db,
      store,
      connection: { connectionString: config.DATABASE_URL },
      keeper: leases.keeper,
      projections: PROJECTIONS,
      batchSize: config.LOG_BATCH_SIZE,
      pollMs: config.LOG_POLL_MS,
      log: (m) => this.logger.log(m),
      logError: (msg, fields) => this.logger.error({ msg, ...fields }),
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
    this.owner = createDatabase({ url: config.DATABASE_URL!, poolMax: 2, applicationName: 'claimtrail-rebuild' });
    const rebuilds = new RebuildRunner(this.owner.db);
    this.worker = createMaintenanceWorker(config, async (job) => {
      const data = job.data as RebuildJob;
      const id = data.rebuildId ?? (await rebuilds.begin(data.projection, data.trigger).catch(() => null));
      if (!id) return { skipped: 'a rebuild is already running' };
      this.logger.log(`rebuild ${id} of ${data.projection} (${data.trigger}) started`);
      const report = await rebuilds.run(id, {
        batchSize: config.REBUILD_BATCH_SIZE,
        appRole: config.DATABASE_APP_ROLE || undefined,
        onProgress: (n) => void job.updateProgress(n).catch(() => undefined),
      });
      this.logger.log(
        `rebuild ${id} ${report.status}: ${report.events} events, ${report.eventsPerSecond} ev/s, drift ` +
          `${report.drift?.rows ?? 'n/a'}`,
      );
      return report;
    });
    this.worker.on('error', (err) => this.logger.warn(`maintenance worker: ${err.message}`));
    if (config.REBUILD_CRON) {
      this.queue = createMaintenanceQueue(config);
      this.queue
        .upsertJobScheduler(
          SCHEDULERS.nightlyRebuild,
          { pattern: config.REBUILD_CRON, tz: 'UTC' },
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
