import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CorroborationRuntime } from '@app/corroboration';
import { StreamWriter } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE, KYSELY } from '@app/runtime';

/** The corroboration workflows: dispatcher from the log, flow and review processors. */
@Injectable()
export class CorroborationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Corroboration');
  private runtime?: CorroborationRuntime;

  constructor(
    @Inject(KYSELY) private readonly db: Kysely<any>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writer: StreamWriter,
  ) {}

  onApplicationBootstrap(): void {
    this.runtime = new CorroborationRuntime({
      db: this.db,
      store: this.store,
      writer: this.writer,
      config: this.config,
      log: (msg, fields) => this.logger.log(fields ? { msg, ...fields } : msg),
    });
    this.runtime.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime?.stop();
  }
}
