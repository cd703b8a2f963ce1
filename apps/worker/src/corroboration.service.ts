import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CorroborationRuntime } from '@app/corroboration';
import { StreamWriter } from '@app/domain';
import type { EventStore, Database } from '@app/event-store';
import { EVENT_STORE, KYSELY } from '@app/runtime';
import { LeasesService } from './leases.service.js';

/** Role `workflows`: the corroboration dispatcher from the log (one across workers, its lease), flow and review processors. */
@Injectable()
export class CorroborationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Corroboration');
  private runtime?: CorroborationRuntime;

  constructor(
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writer: StreamWriter,
    private readonly leases: LeasesService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.leases.runs('workflows')) return;
    this.runtime = new CorroborationRuntime({
      db: this.db,
      store: this.store,
      writer: this.writer,
      config: this.config,
      keeper: this.leases.keeper,
      log: (msg, fields) => this.logger.log(fields ? { msg, ...fields } : msg),
    });
    this.runtime.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime?.stop();
  }
}
