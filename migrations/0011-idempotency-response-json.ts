import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// A replayed answer must be the first one byte for byte; jsonb reorders object keys, json keeps
// the text as written.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table idempotency_keys alter column response_body type json using response_body::json`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table idempotency_keys alter column response_body type jsonb using response_body::jsonb`.execute(db);
}
