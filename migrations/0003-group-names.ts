import { sql, type Kysely } from 'kysely';
import { createNamesTable } from './shared/names-table.js';

// Frozen: later changes go into new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  // Group names and aliases are unique across groups, case-insensitively. Written in the same
  // transaction as the group's events; the log stays the truth and this can be rebuilt from it.
  await createNamesTable(db, 'group');
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists group_names`.execute(db);
}
