// Public surface of @app/domain, in two parts. First the pure core: events, folds (evolve),
// decide functions, body schemas, vocabulary, errors; no I/O, no Nest, nothing but zod and small
// pure packages (rule `domain-core-is-pure` in .dependency-cruiser.cjs). Then, at the end, the
// command side: StreamWriter, DirectoryRepository, the command handlers' DomainModule (I/O through
// event-store and runtime; no HTTP). Controllers are in apps/api.

export * from './shared/domain-errors.js';
export * from './shared/actor.js';
export * from './shared/event-envelope.js';
export * from './shared/partial-date.js';
export * from './shared/timestamp.js';
export * from './shared/vocabulary.js';
export * from './shared/country.js';
export * from './shared/names.js';
export * from './shared/schemas.js';
export * from './shared/citation.js';

export * from './groups/group.events.js';
export * from './groups/group.state.js';
export * from './groups/register-group/register-group.decide.js';
export * from './groups/register-group/register-group.schema.js';
export * from './groups/add-alias/add-alias.decide.js';
export * from './groups/add-alias/add-alias.schema.js';
export * from './groups/assert-relation/assert-relation.decide.js';
export * from './groups/assert-relation/assert-relation.schema.js';
export * from './groups/withdraw-relation/withdraw-relation.decide.js';
export * from './groups/withdraw-relation/withdraw-relation.schema.js';

export * from './sources/source.events.js';
export * from './sources/source.state.js';
export * from './sources/register-source/register-source.decide.js';
export * from './sources/register-source/register-source.schema.js';
export * from './sources/rate-source/rate-source.decide.js';
export * from './sources/rate-source/rate-source.schema.js';

export * from './persons/person.events.js';
export * from './persons/person.state.js';
export * from './persons/person-names.js';
export * from './persons/person.guards.js';
export * from './persons/person.schemas.js';
export * from './persons/register-person/register-person.decide.js';
export * from './persons/register-person/register-person.schema.js';
export * from './persons/add-person-alias/add-person-alias.decide.js';
export * from './persons/add-person-alias/add-person-alias.schema.js';
export * from './persons/record-affiliation/record-affiliation.decide.js';
export * from './persons/record-affiliation/record-affiliation.schema.js';
export * from './persons/end-affiliation/end-affiliation.decide.js';
export * from './persons/end-affiliation/end-affiliation.schema.js';
export * from './persons/withdraw-affiliation/withdraw-affiliation.decide.js';
export * from './persons/withdraw-affiliation/withdraw-affiliation.schema.js';
export * from './persons/record-person-status/record-person-status.decide.js';
export * from './persons/record-person-status/record-person-status.schema.js';
export * from './statements/statement.events.js';
export * from './statements/statement.state.js';
export * from './statements/credibility.js';
export * from './statements/record-statement/record-statement.decide.js';
export * from './statements/record-statement/record-statement.schema.js';
export * from './statements/assess-statement/assess-statement.decide.js';
export * from './statements/assess-statement/assess-statement.schema.js';

export * from './incidents/incident.events.js';
export * from './incidents/incident.state.js';
export * from './incidents/incident-fields.js';
export * from './incidents/incident-fields.schema.js';
export * from './incidents/report-incident/report-incident.decide.js';
export * from './incidents/report-incident/report-incident.schema.js';
export * from './incidents/correct-incident/correct-incident.decide.js';
export * from './incidents/correct-incident/correct-incident.schema.js';
export * from './incidents/mark-duplicate/mark-duplicate.decide.js';
export * from './incidents/mark-duplicate/mark-duplicate.schema.js';
export * from './incidents/record-claim/record-claim.decide.js';
export * from './incidents/record-claim/record-claim.schema.js';
export * from './incidents/add-claim-source/add-claim-source.decide.js';
export * from './incidents/add-claim-source/add-claim-source.schema.js';
export * from './incidents/assess-authenticity/assess-authenticity.decide.js';
export * from './incidents/assess-authenticity/assess-authenticity.schema.js';
export * from './incidents/retract-claim/retract-claim.decide.js';
export * from './incidents/retract-claim/retract-claim.schema.js';
export * from './incidents/record-denial/record-denial.decide.js';
export * from './incidents/record-denial/record-denial.schema.js';
export * from './incidents/assess-attribution/assess-attribution.decide.js';
export * from './incidents/assess-attribution/assess-attribution.schema.js';
export * from './incidents/withdraw-attribution/withdraw-attribution.decide.js';
export * from './incidents/withdraw-attribution/withdraw-attribution.schema.js';
export * from './incidents/resolve-review/resolve-review.decide.js';
export * from './incidents/resolve-review/resolve-review.schema.js';
export * from './incidents/review-workflow/review-workflow.decide.js';

// The command side, not pure: the StreamWriter, cross-stream look-ups (directories) and the Nest
// module of the command handlers. It may use event-store, runtime and config; never HTTP.
export * from './infrastructure/command-context.js';
export * from './infrastructure/deterministic-id.js';
export * from './infrastructure/directory.repository.js';
export * from './infrastructure/group-names.repository.js';
export * from './infrastructure/person-names.repository.js';
export * from './infrastructure/person-writes.js';
export * from './infrastructure/stream-writer.js';
export * from './groups/group-names.js';
export * from './domain.module.js';
// The commands the controllers in apps/api send (their handlers are registered by DomainModule).
export * from './groups/add-alias/add-alias.command.js';
export * from './groups/assert-relation/assert-relation.command.js';
export * from './groups/register-group/register-group.command.js';
export * from './groups/withdraw-relation/withdraw-relation.command.js';
export * from './incidents/add-claim-source/add-claim-source.command.js';
export * from './incidents/assess-attribution/assess-attribution.command.js';
export * from './incidents/assess-authenticity/assess-authenticity.command.js';
export * from './incidents/correct-incident/correct-incident.command.js';
export * from './incidents/mark-duplicate/mark-duplicate.command.js';
export * from './incidents/record-claim/record-claim.command.js';
export * from './incidents/record-denial/record-denial.command.js';
export * from './incidents/report-incident/report-incident.command.js';
export * from './incidents/resolve-review/resolve-review.command.js';
export * from './incidents/retract-claim/retract-claim.command.js';
export * from './incidents/withdraw-attribution/withdraw-attribution.command.js';
export * from './sources/rate-source/rate-source.command.js';
export * from './sources/register-source/register-source.command.js';
export * from './persons/register-person/register-person.command.js';
export * from './persons/add-person-alias/add-person-alias.command.js';
export * from './persons/record-affiliation/record-affiliation.command.js';
export * from './persons/end-affiliation/end-affiliation.command.js';
export * from './persons/withdraw-affiliation/withdraw-affiliation.command.js';
export * from './persons/record-person-status/record-person-status.command.js';
export * from './statements/record-statement/record-statement.command.js';
export * from './statements/assess-statement/assess-statement.command.js';
export * from './shared/event-data.schemas.js';
