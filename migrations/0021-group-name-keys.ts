import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
//
// Group names now compare like persons' (issue 16 item 5): NFKC with Unicode format characters
// (Cf) removed. The key is computed here as it was defined when this migration was written, so
// later changes to the app's nameKey do not change what this migration did.
const key = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .normalize('NFKC');

export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ name_key: string; name: string }>`
    select name_key, name from group_names order by recorded_at, name_key`.execute(db);
  const keys = new Set(rows.map((r) => r.name_key));
  for (const r of rows) {
    const next = key(r.name);
    // A name whose new key another row already holds (e.g. "TTP\u200B" registered beside TTP)
    // keeps its old key: it stays resolvable as it was, and no new look-alike can join it.
    if (next === r.name_key || keys.has(next)) continue;
    await sql`update group_names set name_key = ${next} where name_key = ${r.name_key}`.execute(db);
    keys.delete(r.name_key);
    keys.add(next);
  }
}

export async function down(): Promise<void> {
  // Keys are a comparison form; the old ones are not restored.
}
