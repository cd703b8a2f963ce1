import { sql, type Kysely } from 'kysely';
import { createNamesTable } from './shared/names-table.js';

// Frozen: later changes go into new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  // Person names and aliases are unique across persons, by personNameKey (NFKC, format characters
  // removed, case-insensitive). Written in the same transaction as the person's events; the log
  // stays the truth and this can be rebuilt from it. The app role gets its rights like on every
  // table: ensureAppRole grants after each migration.
  await createNamesTable(db, 'person');
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists person_names`.execute(db);
}
