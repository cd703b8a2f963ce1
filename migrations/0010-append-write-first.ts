import { sql, type Kysely } from 'kysely';
import * as part from './shared/append-function-parts.js';

// Frozen: later changes go into new migrations, never here.
// claimtrail_append probed every event id before writing, to answer a re-sent append with its
// first result. Half of a single-event append's cost was that probe (pgbench, 16 writers). Now
// the write goes first (`on conflict (event_id) do nothing`) and the probe runs only when the
// write did not take every event or the version did not match: same contract, same errors.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function ${sql.raw(part.APPEND_SIGNATURE)}
    declare
${sql.raw(part.at(6, part.APPEND_VARIABLES))}
      v_inserted integer;
    begin
${sql.raw(part.at(6, part.REQUIRE_EVENTS))}

${sql.raw(part.at(6, part.BUMP_STREAM_VERSION))}

      if v_next is not null then
        with inserted as (
${sql.raw(part.at(10, part.INSERT_EVENTS))}
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
${sql.raw(part.at(6, part.PROBE_EVENT_IDS))}
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
