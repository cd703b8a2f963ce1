import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { QUEUE_HANDLES } from './queue-admin.tokens.js';
import { openQueues } from './queue-registry.js';

/** The API side of the workflows: failed-job listing, queue depth metrics, bull-board's queues. */
@Module({
  providers: [{ provide: QUEUE_HANDLES, inject: [APP_CONFIG], useFactory: (c: AppConfig) => openQueues(c) }],
  exports: [QUEUE_HANDLES],
})
export class CorroborationAdminModule {}
