import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CorroborationRuntime } from '@app/corroboration';
import { StreamWriter } from '@app/domain';
import { WorkerContext } from './worker-context.js';

/**
 * Role `workflows`: the corroboration dispatcher from the log (one across workers, its lease), flow
 * and review processors.
 */
@Injectable()
export class CorroborationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Corroboration');
  private runtime?: CorroborationRuntime;

  constructor(
    private readonly ctx: WorkerContext,
    private readonly writer: StreamWriter,
  ) {}

  onApplicationBootstrap(): void {
    const { db, store, config, leases } = this.ctx;
    if (!leases.runs('workflows')) return;
    this.runtime = new CorroborationRuntime({
      db,
      store,
      writer: this.writer,
      config,
      keeper: leases.keeper,
      log: (msg, fields) => {
        if (!fields) return this.logger.log(msg);
        const { level, ...rest } = fields;
        if (level === 'error') this.logger.error({ msg, ...rest });
        else this.logger.log({ msg, ...rest });
      },
    });
    this.runtime.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runtime?.stop();
  }
}
