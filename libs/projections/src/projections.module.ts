import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ReadDatabaseModule } from '@app/runtime';
import { GetIncidentHandler } from './queries/get-incident/get-incident.handler.js';
import { MinPositionInterceptor } from './queries/shared/min-position.interceptor.js';

/**
 * The read side of the API (its controllers are in apps/api/src/http): the incident picture's
 * query handler and the minPosition wait. Queries and their minPosition waits use the read pool
 * (DATABASE_READ_URL); the projection admin writes, so it stays on the main pool.
 */
@Module({
  imports: [CqrsModule, ReadDatabaseModule],
  providers: [GetIncidentHandler, { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor }],
})
export class ProjectionsModule {}
