import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CorroborationAdminModule } from '@app/corroboration';
import { ImportsModule } from '@app/imports';
import { ReadDatabaseModule } from '@app/runtime';
import { AddAliasController } from './groups/add-alias.controller.js';
import { AddClaimSourceController } from './claims/add-claim-source.controller.js';
import { AdminProjectionsController } from './admin/admin-projections.controller.js';
import { ApiKeysController } from './admin/api-keys.controller.js';
import { AssertRelationController } from './groups/assert-relation.controller.js';
import { AssessAttributionController } from './claims/assess-attribution.controller.js';
import { AssessAuthenticityController } from './claims/assess-authenticity.controller.js';
import { CorrectIncidentController } from './incidents/correct-incident.controller.js';
import { ExportsController } from './exports/exports.controller.js';
import { GetIncidentController } from './incidents/get-incident.controller.js';
import { GroupLedgerController } from './groups/group-ledger.controller.js';
import { GetPersonController } from './persons/get-person.controller.js';
import { GroupLeadershipController } from './groups/group-leadership.controller.js';
import { ListPersonsController } from './persons/list-persons.controller.js';
import { PersonHistoryController } from './persons/person-history.controller.js';
import { ImportsController } from './imports/imports.controller.js';
import { IncidentHistoryController } from './incidents/incident-history.controller.js';
import { ListGroupsController } from './groups/list-groups.controller.js';
import { ListIncidentsController } from './incidents/list-incidents.controller.js';
import { ListRetractionsController } from './claims/list-retractions.controller.js';
import { ListReviewsController } from './reviews/list-reviews.controller.js';
import { ListSourcesController } from './sources/list-sources.controller.js';
import { MarkDuplicateController } from './incidents/mark-duplicate.controller.js';
import { MismatchesController } from './analytics/mismatches.controller.js';
import { QueuesAdminController } from './admin/queues-admin.controller.js';
import { RateSourceController } from './sources/rate-source.controller.js';
import { RecordClaimController } from './claims/record-claim.controller.js';
import { RecordDenialController } from './claims/record-denial.controller.js';
import { RegisterGroupController } from './groups/register-group.controller.js';
import { RegisterSourceController } from './sources/register-source.controller.js';
import { ReportIncidentController } from './incidents/report-incident.controller.js';
import { ResolveReviewController } from './reviews/resolve-review.controller.js';
import { RetractClaimController } from './claims/retract-claim.controller.js';
import { WithdrawAttributionController } from './claims/withdraw-attribution.controller.js';
import { WithdrawRelationController } from './groups/withdraw-relation.controller.js';
import { RegisterPersonController } from './persons/register-person.controller.js';
import { AddPersonAliasController } from './persons/add-person-alias.controller.js';
import { RecordAffiliationController } from './persons/record-affiliation.controller.js';
import { EndAffiliationController } from './persons/end-affiliation.controller.js';
import { WithdrawAffiliationController } from './persons/withdraw-affiliation.controller.js';
import { RecordPersonStatusController } from './persons/record-person-status.controller.js';
import { AssessStatementController } from './statements/assess-statement.controller.js';
import { RecordStatementController } from './statements/record-statement.controller.js';
import { GetStatementController } from './statements/get-statement.controller.js';
import { ListStatementsController } from './statements/list-statements.controller.js';
import { PersonTrackRecordController } from './persons/person-track-record.controller.js';
import { SourceTrackRecordController } from './sources/source-track-record.controller.js';
import { ListChangesController } from './changes/list-changes.controller.js';
import { SearchController } from './search/search.controller.js';
import { CurrentKeyController } from './session/current-key.controller.js';

/**
 * Every HTTP controller of the API but health, metrics and ledger (in AppModule). Controllers live
 * here, in the HTTP shell, and nowhere in libs (rule `controllers-only-in-apps-api`), so the worker
 * never loads one. Each is thin: it declares the route and its OpenAPI answers, then sends a command
 * (libs/domain), calls a query (libs/projections, libs/corroboration, libs/imports) or a service.
 * The order is the order of the OpenAPI document's paths (and of the generated client's schema).
 */
@Module({
  imports: [CqrsModule, ReadDatabaseModule, ImportsModule, CorroborationAdminModule],
  controllers: [
    // admin: API keys
    ApiKeysController,
    // writes (commands)
    AddAliasController,
    AssertRelationController,
    RegisterGroupController,
    WithdrawRelationController,
    AddClaimSourceController,
    AssessAttributionController,
    AssessAuthenticityController,
    CorrectIncidentController,
    MarkDuplicateController,
    RecordClaimController,
    RecordDenialController,
    ReportIncidentController,
    ResolveReviewController,
    RetractClaimController,
    WithdrawAttributionController,
    RateSourceController,
    RegisterSourceController,
    RegisterPersonController,
    AddPersonAliasController,
    RecordAffiliationController,
    EndAffiliationController,
    WithdrawAffiliationController,
    RecordPersonStatusController,
    RecordStatementController,
    AssessStatementController,
    // reads
    ListIncidentsController,
    IncidentHistoryController,
    GetIncidentController,
    GroupLedgerController,
    GroupLeadershipController,
    ListGroupsController,
    ListSourcesController,
    SourceTrackRecordController,
    ListPersonsController,
    PersonHistoryController,
    GetPersonController,
    PersonTrackRecordController,
    ListStatementsController,
    GetStatementController,
    ListRetractionsController,
    ListReviewsController,
    MismatchesController,
    // the console's reads: the week's changes, one search box, who the key is
    ListChangesController,
    SearchController,
    CurrentKeyController,
    AdminProjectionsController,
    // admin: jobs, imports; exports
    QueuesAdminController,
    ImportsController,
    ExportsController,
  ],
})
export class HttpControllersModule {}
