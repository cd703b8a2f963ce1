import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// claimtrail_append probed every event id before writing, to answer a re-sent append with its
// first result. Half of a single-event append's cost was that probe (pgbench, 16 writers). Now
// the write goes first (`on conflict (event_id) do nothing`) and the probe runs only when the
// write did not take every event or the version did not match: same contract, same errors.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function claimtrail_append(
      p_stream_id text, p_stream_type text, p_expected bigint,
      p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data jsonb[], p_metadata jsonb[]
    ) returns table (next_version bigint, last_position bigint, replayed boolean)
    language plpgsql as $$
    declare
      n integer := cardinality(p_event_ids);
      v_found integer;
      v_same integer;
      v_next bigint;
      v_current bigint;
      v_inserted integer;
    begin
      if n is null or n = 0 then
        raise exception 'append needs at least one event' using errcode = '22023';
      end if;

      if p_expected = -1 then
        insert into streams as s (stream_id, stream_type, version) values (p_stream_id, p_stream_type, n)
          on conflict (stream_id) do update set version = s.version + n, updated_at = clock_timestamp()
          returning s.version into v_next;
      elsif p_expected = -2 or p_expected = 0 then
        insert into streams (stream_id, stream_type, version) values (p_stream_id, p_stream_type, n)
          on conflict (stream_id) do nothing
          returning version into v_next;
      elsif p_expected = -3 then
        update streams set version = version + n, updated_at = clock_timestamp()
          where stream_id = p_stream_id returning version into v_next;
      else
        update streams set version = version + n, updated_at = clock_timestamp()
          where stream_id = p_stream_id and version = p_expected returning version into v_next;
      end if;

      if v_next is not null then
        with inserted as (
          insert into events (stream_id, stream_type, stream_version, event_id, type, schema_version, data, metadata)
            select p_stream_id, p_stream_type, v_next - n + x.ord, x.id, x.t, x.sv, x.d, x.m
              from unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata)
                   with ordinality as x(id, t, sv, d, m, ord)
              order by x.ord
            on conflict (event_id) do nothing
            returning position)
        select count(*), max(position) into v_inserted, last_position from inserted;
        if v_inserted = n then
          next_version := v_next; replayed := false;
          return next;
          return;
        end if;
      end if;

      -- The rare paths: a version conflict, or event ids already recorded (a re-sent append).
      select count(e.event_id),
             count(*) filter (where e.stream_id = p_stream_id and e.type = x.t and e.data = x.d),
             max(e.stream_version), max(e.position)
        into v_found, v_same, v_current, last_position
        from unnest(p_event_ids, p_types, p_data) as x(id, t, d)
        left join events e on e.event_id = x.id;
      if v_found = n and v_same = n and (v_next is null or v_inserted = 0) then
        -- Every event is stored alike: answer as the first time; undo this call's version bump
        -- (the streams row is locked by it, so nobody else saw or moved it).
        if v_next is not null then
          update streams set version = version - n where stream_id = p_stream_id;
        end if;
        next_version := v_current; replayed := true;
        return next;
        return;
      end if;
      if v_found > 0 then
        raise exception 'event ids already recorded with other content' using errcode = 'CTI01';
      end if;
      select version into v_current from streams where stream_id = p_stream_id;
      raise exception 'stream % is at version %, expected %', p_stream_id, coalesce(v_current, 0), p_expected
        using errcode = 'CTV01', detail = coalesce(v_current, -2)::text;
    end $$`.execute(db);
}

// The contract is unchanged, so going down keeps this body (0001's own down drops it).
export async function down(): Promise<void> {}
