import { sql, type Kysely } from 'kysely';
import * as part from './shared/append-function-parts.js';

// Frozen: later changes go into new migrations, never here.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table streams (
      stream_id text primary key,
      stream_type text not null,
      version bigint not null check (version >= 0),
      created_at timestamptz not null default clock_timestamp(),
      updated_at timestamptz not null default clock_timestamp()
    )`.execute(db);

  await sql`
    create table events (
      position bigint generated always as identity primary key,
      stream_id text not null,
      stream_type text not null,
      stream_version bigint not null check (stream_version >= 1),
      event_id uuid not null,
      type text not null,
      schema_version integer not null default 1 check (schema_version >= 1),
      data jsonb not null,
      metadata jsonb not null default '{}'::jsonb,
      recorded_at timestamptz not null default clock_timestamp(),
      transaction_id xid8 not null default pg_current_xact_id(),
      constraint events_event_id_key unique (event_id),
      constraint events_stream_version_key unique (stream_id, stream_version)
    )`.execute(db);
  await sql`create index events_transaction_position_idx on events (transaction_id, position)`.execute(db);
  await sql`create index events_type_idx on events (type, position)`.execute(db);

  // Statement-level triggers fire even when no row matches, so a stray UPDATE ... WHERE false fails too.
  await sql`
    create function claimtrail_reject_event_mutation() returns trigger language plpgsql as $$
    begin
      raise exception 'events are immutable: % is not allowed on %', tg_op, tg_table_name
        using errcode = 'CTM01', hint = 'record a correcting event instead';
    end $$`.execute(db);
  for (const op of ['update', 'delete', 'truncate']) {
    await sql
      .raw(
        `create trigger events_reject_${op} before ${op} on events
           for each statement execute function claimtrail_reject_event_mutation()`,
      )
      .execute(db);
  }

  await createNotifyTrigger(db);

  await sql`
    create table checkpoints (
      name text primary key,
      transaction_id xid8 not null default '0'::xid8,
      position bigint not null default 0,
      updated_at timestamptz not null default clock_timestamp()
    )`.execute(db);

  // One round trip per append. Expected version: -1 any, -2 no stream, -3 stream exists, n >= 0 exact.
  await sql`
    create function ${sql.raw(part.APPEND_SIGNATURE)}
    declare
${sql.raw(part.at(6, part.APPEND_VARIABLES))}
    begin
${sql.raw(part.at(6, part.REQUIRE_EVENTS))}

${sql.raw(part.at(6, part.PROBE_EVENT_IDS))}
        into v_found, v_same, v_next, last_position
        from unnest(p_event_ids, p_types, p_data) as x(id, t, d)
        left join events e on e.event_id = x.id;
      if v_found > 0 then
        if v_found = n and v_same = n then
          next_version := v_next; replayed := true;
          return next;
          return;
        end if;
        raise exception 'event ids already recorded with other content' using errcode = 'CTI01';
      end if;

${sql.raw(part.at(6, part.BUMP_STREAM_VERSION))}

      if v_next is null then
        select version into v_current from streams where stream_id = p_stream_id;
        raise exception 'stream % is at version %, expected %', p_stream_id, coalesce(v_current, 0), p_expected
          using errcode = 'CTV01', detail = coalesce(v_current, -2)::text;
      end if;

      with inserted as (
${sql.raw(part.at(8, part.INSERT_EVENTS))}
          returning position)
      select max(position) into last_position from inserted;
      next_version := v_next; replayed := false;
      return next;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists claimtrail_append`.execute(db);
  await sql`drop table if exists checkpoints`.execute(db);
  await sql`drop table if exists events`.execute(db);
  await sql`drop function if exists claimtrail_notify_events`.execute(db);
  await sql`drop function if exists claimtrail_reject_event_mutation`.execute(db);
  await sql`drop table if exists streams`.execute(db);
}

/**
 * NOTIFY is only a wake-up hint for followers; they poll the log as the truth. 0005 drops it, and
 * its down restores it.
 */
export async function createNotifyTrigger(db: Kysely<any>): Promise<void> {
  await sql`
    create function claimtrail_notify_events() returns trigger language plpgsql as $$
    begin
      perform pg_notify('claimtrail_events', '');
      return null;
    end $$`.execute(db);
  await sql`
    create trigger events_notify after insert on events
      for each statement execute function claimtrail_notify_events()`.execute(db);
}
