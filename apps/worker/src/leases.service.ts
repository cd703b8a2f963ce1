import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LeaseKeeper, openLeaseDatabase } from '@app/event-store';
import { leaseMetrics } from './lease-metrics.js';

/**
 * The worker's one lease keeper: every singleton follower this worker's roles include (each
 * projection, the corroboration dispatcher, the ledger sealer) registers here, and live workers
 * share them out; a dead or frozen holder's followers move within LEASE_TTL_MS.
 */
@Injectable()
export class LeasesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Leases');
  readonly keeper: LeaseKeeper;
  private readonly database: ReturnType<typeof openLeaseDatabase>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const role = config.DATABASE_APP_ROLE;
    this.database = openLeaseDatabase(
      { connectionString: config.DATABASE_URL, options: role ? `-c role=${role}` : undefined },
      config.LEASE_TTL_MS / 2,
    );
    this.keeper = new LeaseKeeper({
      db: this.database.db,
      ttlMs: config.LEASE_TTL_MS,
      heartbeatMs: config.LEASE_HEARTBEAT_MS,
      balance: true,
      log: (msg, fields) => this.logger.log(fields ? { msg, ...fields } : msg),
      onEvent: (event, name) => leaseMetrics.event(event, name),
    });
  }

  /** Whether this worker runs the given role (WORKER_ROLES). */
  runs(role: AppConfig['WORKER_ROLES'][number]): boolean {
    return this.config.WORKER_ROLES.includes(role);
  }

  onApplicationBootstrap(): void {
    this.logger.log({
      msg: 'lease keeper started',
      holder: this.keeper.holder,
      roles: this.config.WORKER_ROLES,
      ttlMs: this.keeper.ttlMs,
    });
    this.keeper.start();
  }

  async onApplicationShutdown(): Promise<void> {
    // Stops the followers (their current batches finish) and gives the leases up for the others at once.
    await this.keeper.stop();
    await this.database.close();
  }
}
