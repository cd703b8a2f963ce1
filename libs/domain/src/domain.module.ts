import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DirectoryRepository } from './infrastructure/directory.repository.js';
import { IdempotencyRepository } from './infrastructure/idempotency.repository.js';
import { StreamWriter } from './infrastructure/stream-writer.js';
import { AddAliasController } from './groups/add-alias/add-alias.controller.js';
import { AddAliasHandler } from './groups/add-alias/add-alias.handler.js';
import { AssertRelationController } from './groups/assert-relation/assert-relation.controller.js';
import { AssertRelationHandler } from './groups/assert-relation/assert-relation.handler.js';
import { RegisterGroupController } from './groups/register-group/register-group.controller.js';
import { RegisterGroupHandler } from './groups/register-group/register-group.handler.js';
import { WithdrawRelationController } from './groups/withdraw-relation/withdraw-relation.controller.js';
import { WithdrawRelationHandler } from './groups/withdraw-relation/withdraw-relation.handler.js';
import { AddClaimSourceController } from './incidents/add-claim-source/add-claim-source.controller.js';
import { AddClaimSourceHandler } from './incidents/add-claim-source/add-claim-source.handler.js';
import { AssessAttributionController } from './incidents/assess-attribution/assess-attribution.controller.js';
import { AssessAttributionHandler } from './incidents/assess-attribution/assess-attribution.handler.js';
import { AssessAuthenticityController } from './incidents/assess-authenticity/assess-authenticity.controller.js';
import { AssessAuthenticityHandler } from './incidents/assess-authenticity/assess-authenticity.handler.js';
import { CorrectIncidentController } from './incidents/correct-incident/correct-incident.controller.js';
import { CorrectIncidentHandler } from './incidents/correct-incident/correct-incident.handler.js';
import { MarkDuplicateController } from './incidents/mark-duplicate/mark-duplicate.controller.js';
import { MarkDuplicateHandler } from './incidents/mark-duplicate/mark-duplicate.handler.js';
import { RecordClaimController } from './incidents/record-claim/record-claim.controller.js';
import { RecordClaimHandler } from './incidents/record-claim/record-claim.handler.js';
import { RecordDenialController } from './incidents/record-denial/record-denial.controller.js';
import { RecordDenialHandler } from './incidents/record-denial/record-denial.handler.js';
import { ReportIncidentController } from './incidents/report-incident/report-incident.controller.js';
import { ReportIncidentHandler } from './incidents/report-incident/report-incident.handler.js';
import { ResolveReviewController } from './incidents/resolve-review/resolve-review.controller.js';
import { ResolveReviewHandler } from './incidents/resolve-review/resolve-review.handler.js';
import { RetractClaimController } from './incidents/retract-claim/retract-claim.controller.js';
import { RetractClaimHandler } from './incidents/retract-claim/retract-claim.handler.js';
import { WithdrawAttributionController } from './incidents/withdraw-attribution/withdraw-attribution.controller.js';
import { WithdrawAttributionHandler } from './incidents/withdraw-attribution/withdraw-attribution.handler.js';
import { RateSourceController } from './sources/rate-source/rate-source.controller.js';
import { RateSourceHandler } from './sources/rate-source/rate-source.handler.js';
import { RegisterSourceController } from './sources/register-source/register-source.controller.js';
import { RegisterSourceHandler } from './sources/register-source/register-source.handler.js';

/** What every command needs: the stream writer, cross-stream look-ups, idempotency records. */
@Module({
  providers: [StreamWriter, DirectoryRepository, IdempotencyRepository],
  exports: [StreamWriter, DirectoryRepository, IdempotencyRepository],
})
export class DomainCoreModule {}

/** Every write use case: its controller and its command handler. */
@Module({
  imports: [CqrsModule.forRoot(), DomainCoreModule],
  controllers: [
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
  ],
  providers: [
    AddAliasHandler,
    AssertRelationHandler,
    RegisterGroupHandler,
    WithdrawRelationHandler,
    AddClaimSourceHandler,
    AssessAttributionHandler,
    AssessAuthenticityHandler,
    CorrectIncidentHandler,
    MarkDuplicateHandler,
    RecordClaimHandler,
    RecordDenialHandler,
    ReportIncidentHandler,
    ResolveReviewHandler,
    RetractClaimHandler,
    WithdrawAttributionHandler,
    RateSourceHandler,
    RegisterSourceHandler,
  ],
})
export class DomainModule {}
