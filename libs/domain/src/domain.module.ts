import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DirectoryRepository } from './infrastructure/directory.repository.js';
import { IdempotencyModule } from '@app/runtime';
import { StreamWriter } from './infrastructure/stream-writer.js';
import { IncidentDuplicatesRepository } from './infrastructure/incident-duplicates.repository.js';
import { PersonNamesRepository } from './infrastructure/person-names.repository.js';
import { AddAliasHandler } from './groups/add-alias/add-alias.handler.js';
import { AssertRelationHandler } from './groups/assert-relation/assert-relation.handler.js';
import { RegisterGroupHandler } from './groups/register-group/register-group.handler.js';
import { WithdrawRelationHandler } from './groups/withdraw-relation/withdraw-relation.handler.js';
import { AddClaimSourceHandler } from './incidents/add-claim-source/add-claim-source.handler.js';
import { AssessAttributionHandler } from './incidents/assess-attribution/assess-attribution.handler.js';
import { AssessAuthenticityHandler } from './incidents/assess-authenticity/assess-authenticity.handler.js';
import { CorrectIncidentHandler } from './incidents/correct-incident/correct-incident.handler.js';
import { MarkDuplicateHandler } from './incidents/mark-duplicate/mark-duplicate.handler.js';
import { RecordClaimHandler } from './incidents/record-claim/record-claim.handler.js';
import { RecordDenialHandler } from './incidents/record-denial/record-denial.handler.js';
import { ReportIncidentHandler } from './incidents/report-incident/report-incident.handler.js';
import { ResolveReviewHandler } from './incidents/resolve-review/resolve-review.handler.js';
import { RetractClaimHandler } from './incidents/retract-claim/retract-claim.handler.js';
import { WithdrawAttributionHandler } from './incidents/withdraw-attribution/withdraw-attribution.handler.js';
import { RateSourceHandler } from './sources/rate-source/rate-source.handler.js';
import { RegisterSourceHandler } from './sources/register-source/register-source.handler.js';
import { RegisterPersonHandler } from './persons/register-person/register-person.handler.js';
import { AddPersonAliasHandler } from './persons/add-person-alias/add-person-alias.handler.js';
import { RecordAffiliationHandler } from './persons/record-affiliation/record-affiliation.handler.js';
import { EndAffiliationHandler } from './persons/end-affiliation/end-affiliation.handler.js';
import { WithdrawAffiliationHandler } from './persons/withdraw-affiliation/withdraw-affiliation.handler.js';
import { RecordPersonStatusHandler } from './persons/record-person-status/record-person-status.handler.js';
import { AssessStatementHandler } from './statements/assess-statement/assess-statement.handler.js';
import { RecordStatementHandler } from './statements/record-statement/record-statement.handler.js';

/** What every command needs: the stream writer, cross-stream look-ups, idempotency records. */
@Module({
  imports: [IdempotencyModule],
  providers: [StreamWriter, DirectoryRepository, PersonNamesRepository, IncidentDuplicatesRepository],
  exports: [StreamWriter, DirectoryRepository, PersonNamesRepository, IncidentDuplicatesRepository, IdempotencyModule],
})
export class DomainCoreModule {}

/** Every write use case's command handler (the controllers that send the commands are in apps/api). */
@Module({
  imports: [CqrsModule.forRoot(), DomainCoreModule],
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
    RegisterPersonHandler,
    AddPersonAliasHandler,
    RecordAffiliationHandler,
    EndAffiliationHandler,
    WithdrawAffiliationHandler,
    RecordPersonStatusHandler,
    RecordStatementHandler,
    AssessStatementHandler,
  ],
})
export class DomainModule {}
