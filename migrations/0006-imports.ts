import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// Bulk imports: a multi-stream set-wise append, and the progress record of every import.
// Two pieces of claimtrail_append_bulk's stored body, kept out of the template only for line length:
// the stored text is the same (migrations/schema.sha256 checks it).
const DATA_AND_METADATA = "e.v->'data' as d, coalesce(e.v->'metadata', p_metadata) as m";
const ADD_VERSIONS = 'version = s.version + excluded.version, updated_at = clock_timestamp()';

export async function up(db: Kysely<any>): Promise<void> {
  // Appends events to many streams in one statement (the import path; one call per batch).
  // Per stream, keyed by event id:
  //   every event already stored with the same stream, type and data → 'unchanged' (nothing written);
  //   an event id stored with other content (or in another stream)  → 'conflict' (nothing of that stream written);
  //   otherwise the events not yet stored are appended after the stream's current version → 'appended'.
  // Invariants kept as claimtrail_append keeps them: unique event ids, unique (stream_id,
  // stream_version), the streams table's version, recorded_at and transaction_id by their defaults.
  // Event ids must be distinct within one call (a repeat is a unique violation: the caller's bug).
  await sql`
    create function claimtrail_append_bulk(p_events jsonb, p_metadata jsonb default '{}'::jsonb)
    returns table (stream_id text, outcome text, appended integer, last_position bigint)
    language plpgsql as $$
    #variable_conflict use_column
    begin
      return query
      with x as (
        select e.v->>'streamId' as sid, e.v->>'streamType' as st, (e.v->>'eventId')::uuid as id, e.v->>'type' as t,
               coalesce((e.v->>'schemaVersion')::integer, 1) as sv, ${sql.raw(DATA_AND_METADATA)}, e.ord
          from jsonb_array_elements(p_events) with ordinality as e(v, ord)
      ),
      j as (
        select x.*, ev.event_id is not null as stored,
               (ev.event_id is not null and (ev.stream_id <> x.sid or ev.type <> x.t or ev.data <> x.d)) as clash
          from x left join events ev on ev.event_id = x.id
      ),
      bad as (select distinct j.sid from j where j.clash),
      fresh as (select j.* from j where not j.stored and not exists (select 1 from bad where bad.sid = j.sid)),
      counts as (select f.sid, min(f.st) as st, count(*)::bigint as n from fresh f group by f.sid),
      bumped as (
        insert into streams as s (stream_id, stream_type, version)
        select c.sid, c.st, c.n from counts c order by c.sid
        on conflict on constraint streams_pkey do update set ${sql.raw(ADD_VERSIONS)}
        returning s.stream_id as sid, s.version as v
      ),
      numbered as (
        select f.sid, f.st, f.id, f.t, f.sv, f.d, f.m, f.ord,
               b.v - c.n + row_number() over (partition by f.sid order by f.ord) as ver
          from fresh f join counts c on c.sid = f.sid join bumped b on b.sid = f.sid
      ),
      ins as (
        insert into events (stream_id, stream_type, stream_version, event_id, type, schema_version, data, metadata)
        select n.sid, n.st, n.ver, n.id, n.t, n.sv, n.d, n.m from numbered n order by n.ord
        returning events.stream_id as sid, events.position as p
      ),
      per_stream as (select i.sid, count(*)::integer as n, max(i.p) as p from ins i group by i.sid)
      select s.sid,
             case when exists (select 1 from bad where bad.sid = s.sid) then 'conflict'
                  when ps.n is not null then 'appended' else 'unchanged' end,
             coalesce(ps.n, 0), ps.p
        from (select distinct x.sid from x) s left join per_stream ps on ps.sid = s.sid;
    end $$`.execute(db);

  await sql`
    create table imports (
      id uuid primary key,
      kind text not null default 'gtd',
      status text not null check (status in ('queued', 'running', 'succeeded', 'failed')),
      file_name text,
      actor jsonb not null,
      rows bigint not null default 0,
      added bigint not null default 0,
      incidents_added bigint not null default 0,
      groups_registered integer not null default 0,
      unchanged bigint not null default 0,
      skipped bigint not null default 0,
      errors jsonb not null default '[]'::jsonb,
      error_count bigint not null default 0,
      last_position bigint,
      bytes_total bigint,
      bytes_read bigint not null default 0,
      rows_per_second double precision,
      failure text,
      created_at timestamptz not null default clock_timestamp(),
      started_at timestamptz,
      finished_at timestamptz,
      heartbeat_at timestamptz
    )`.execute(db);
  await sql`create index imports_created_idx on imports (created_at desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists imports`.execute(db);
  await sql`drop function if exists claimtrail_append_bulk`.execute(db);
}
