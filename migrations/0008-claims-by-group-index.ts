import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// The corroboration's claimant-history check reads a group's claims and retractions from the log.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index events_claims_by_group_idx on events ((data->>'groupId'), type)
     where type in ('ClaimRecorded', 'ClaimRetracted')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists events_claims_by_group_idx`.execute(db);
}
