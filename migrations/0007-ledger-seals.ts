import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// Tamper evidence: each seal hashes a run of the log (in the gap-safe order) chained to the
// previous seal; `digests` holds 8 bytes per event so a verification can name the event that changed.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table ledger_seals (
      seal_id bigint primary key,
      from_transaction_id xid8 not null,
      from_position bigint not null,
      to_transaction_id xid8 not null,
      to_position bigint not null,
      event_count integer not null,
      hash bytea not null,
      prev_hash bytea not null,
      digests bytea not null,
      sealed_at timestamptz not null default clock_timestamp()
    )`.execute(db);
  // Seals are evidence too: never rewritten.
  await sql`
    create function claimtrail_reject_seal_mutation() returns trigger language plpgsql as $$
    begin
      raise exception 'ledger seals are immutable: % is not allowed', tg_op using errcode = 'CTM02';
    end $$`.execute(db);
  for (const op of ['update', 'delete', 'truncate']) {
    await sql
      .raw(
        `create trigger ledger_seals_reject_${op} before ${op} on ledger_seals
           for each statement execute function claimtrail_reject_seal_mutation()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists ledger_seals`.execute(db);
  await sql`drop function if exists claimtrail_reject_seal_mutation()`.execute(db);
}
