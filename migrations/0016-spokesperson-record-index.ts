import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// Corroboration weighs a claim by its spokesperson's record, read from the log: the statements a
// person authored (with their latest assessment) and the claims naming them as spokesperson.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index events_statements_by_author_idx on events ((data->>'authorPersonId'))
     where type = 'StatementRecorded'`.execute(db);
  await sql`
    create index events_claims_by_spokesperson_idx on events ((data->>'spokespersonId'))
     where type = 'ClaimRecorded'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists events_claims_by_spokesperson_idx`.execute(db);
  await sql`drop index if exists events_statements_by_author_idx`.execute(db);
}
