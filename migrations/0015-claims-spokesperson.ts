import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// Claims and denials name the person who spoke for the group (spokespersonId on ClaimRecorded and
// ClaimDenied); the track-record read counts a person's claims by it. Null for rows folded before
// (the projection fills it on the next touch or rebuild; older events carry no id anyway).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table rm_claims add column spokesperson_id uuid`.execute(db);
  await sql`alter table rm_denials add column spokesperson_id uuid`.execute(db);
  await sql`
    create index rm_claims_spokesperson_idx on rm_claims (spokesperson_id)
     where spokesperson_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists rm_claims_spokesperson_idx`.execute(db);
  await sql`alter table rm_denials drop column if exists spokesperson_id`.execute(db);
  await sql`alter table rm_claims drop column if exists spokesperson_id`.execute(db);
}
