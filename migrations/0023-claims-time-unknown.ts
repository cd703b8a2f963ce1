import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// Imported GTD claims have no claim time (ClaimRecorded.claimedAtUnknown; claimedAt is the
// incident's earliest moment): the retraction audit and the group ledger leave them out of
// hours-to-retraction. False for rows folded before (the projection fills it on the next touch
// or rebuild).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table rm_claims add column claimed_at_unknown boolean not null default false`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table rm_claims drop column if exists claimed_at_unknown`.execute(db);
}
