import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/event-store';
import { SHADOW, type Projection } from '../model/projection.js';

/** Rows that differ between the live model and the rebuilt one, at the same checkpoint. */
export async function measureDrift(p: Projection, trx: Kysely<Database>) {
  let driftRows = 0;
  const byTable: Record<string, number> = {};
  const sample: unknown[] = [];
  for (const t of p.tables) {
    // Rows matched by primary key (one hash join) and compared whole: two EXCEPTs sorted every
    // row of both tables, jsonb states included, and took longer than loading them.
    const { rows: pk } = await sql<{ name: string }>`
      select a.attname as name
        from pg_index x join pg_attribute a on a.attrelid = x.indrelid and a.attnum = any(x.indkey)
       where x.indrelid = ${t.name}::regclass and x.indisprimary order by a.attnum`.execute(trx);
    if (!pk.length) throw new Error(`drift: ${t.name} has no primary key`);
    const on = sql.join(
      pk.map((c) => sql`l.${sql.ref(c.name)} = s.${sql.ref(c.name)}`),
      sql` and `,
    );
    const first = sql.ref(pk[0].name);
    const { rows } = await sql<{ key: string; side: string }>`
      select coalesce(l.${sql.ref(t.key)}, s.${sql.ref(t.key)})::text as key,
             case when l.${first} is null then 'only-in-new' when s.${first} is null then 'only-in-old'
                  else 'changed' end as side
        from ${sql.table(t.name)} l full join ${sql.table(SHADOW(t.name))} s on ${on}
       where row(l.*) is distinct from row(s.*)`.execute(trx);
    const keys = new Set(rows.map((r) => r.key));
    byTable[t.name] = keys.size;
    driftRows += keys.size;
    for (const r of rows.slice(0, 5)) sample.push({ table: t.name, key: r.key, side: r.side });
  }
  return { driftRows, byTable, sample };
}
