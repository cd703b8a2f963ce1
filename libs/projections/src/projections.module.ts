import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ReadDatabaseModule } from '@app/runtime';
import { AdminProjectionsController } from './queries/admin-projections/admin-projections.controller.js';
import { GetIncidentController } from './queries/get-incident/get-incident.controller.js';
import { GetIncidentHandler } from './queries/get-incident/get-incident.handler.js';
import { GroupLedgerController } from './queries/group-ledger/group-ledger.controller.js';
import { IncidentHistoryController } from './queries/incident-history/incident-history.controller.js';
import { ListGroupsController } from './queries/list-groups/list-groups.controller.js';
import { ListIncidentsController } from './queries/list-incidents/list-incidents.controller.js';
import { ListReviewsController } from './queries/list-reviews/list-reviews.controller.js';
import { ListRetractionsController } from './queries/list-retractions/list-retractions.controller.js';
import { ListSourcesController } from './queries/list-sources/list-sources.controller.js';
import { MismatchesController } from './queries/mismatches/mismatches.controller.js';
import { MinPositionInterceptor } from './queries/shared/min-position.interceptor.js';

/**
 * The read side of the API: pictures, lists, ledgers, audits and the projection admin. Queries
 * and their minPosition waits use the read pool (DATABASE_READ_URL); the projection admin writes, so it stays on the main pool.
 */
@Module({
  imports: [CqrsModule, ReadDatabaseModule],
  controllers: [
    ListIncidentsController,
    IncidentHistoryController,
    GetIncidentController,
    GroupLedgerController,
    ListGroupsController,
    ListSourcesController,
    ListRetractionsController,
    ListReviewsController,
    MismatchesController,
    AdminProjectionsController,
  ],
  providers: [GetIncidentHandler, { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor }],
})
export class ProjectionsModule {}
