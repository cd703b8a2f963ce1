import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  // Duplicates form a forest whose roots are not duplicates (issue 16 item 2). The rule spans
  // streams, so like the name reservations it is kept by a table written in the appending
  // transaction: one row per incident that takes part, as a duplicate (pointing to its root) or
  // as an original. Inserting both rows in id order serialises racing markings on the same
  // incidents (an insert waits for the other's uncommitted row) without deadlocks. The log stays
  // the truth; the rows below are what it holds so far.
  await sql`
    create table incident_duplicates (
      incident_id uuid primary key,
      role text not null check (role in ('duplicate', 'original')),
      duplicate_of uuid,
      recorded_at timestamptz not null default clock_timestamp(),
      check ((role = 'duplicate') = (duplicate_of is not null))
    )`.execute(db);
  await sql`create index incident_duplicates_of_idx on incident_duplicates (duplicate_of)`.execute(db);
  await sql`
    insert into incident_duplicates (incident_id, role, duplicate_of)
    select substr(stream_id, length('incident-') + 1)::uuid, 'duplicate', (data->>'duplicateOf')::uuid
      from events where type = 'IncidentMarkedDuplicate' and stream_type = 'incident'
     order by position
    on conflict (incident_id) do nothing`.execute(db);
  await sql`
    insert into incident_duplicates (incident_id, role)
    select distinct duplicate_of, 'original' from incident_duplicates where role = 'duplicate'
    on conflict (incident_id) do nothing`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists incident_duplicates`.execute(db);
}
