// Parts of claimtrail_append's text that 0001 wrote and 0010 rewrote around. Frozen with those two
// migrations: a later migration that changes a part writes its own text instead of editing it here.
// Each part is unindented; `at` places it in the function body, so the stored body is unchanged.

/** The signature after `create function` / `create or replace function`, through `as $$`. */
export const APPEND_SIGNATURE = `claimtrail_append(
      p_stream_id text, p_stream_type text, p_expected bigint,
      p_event_ids uuid[], p_types text[], p_schema_versions integer[], p_data jsonb[], p_metadata jsonb[]
    ) returns table (next_version bigint, last_position bigint, replayed boolean)
    language plpgsql as $$`;

/** The variables both bodies declare: the event count, the probe's counts, the versions. */
export const APPEND_VARIABLES = `n integer := cardinality(p_event_ids);
v_found integer;
v_same integer;
v_next bigint;
v_current bigint;`;

/** An append needs at least one event. */
export const REQUIRE_EVENTS = `if n is null or n = 0 then
  raise exception 'append needs at least one event' using errcode = '22023';
end if;`;

/**
 * Moves the stream's version by n under the expected-version rule (-1 any, -2/0 none, -3 exists,
 * n exact) into v_next.
 */
export const BUMP_STREAM_VERSION = `if p_expected = -1 then
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
end if;`;

/** Writes the events at versions v_next - n + 1 … v_next, in the order given. */
export const INSERT_EVENTS =
  'insert into events (stream_id, stream_type, stream_version, event_id, type, schema_version, data, metadata)' +
  `
  select p_stream_id, p_stream_type, v_next - n + x.ord, x.id, x.t, x.sv, x.d, x.m
    from unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata)
         with ordinality as x(id, t, sv, d, m, ord)
    order by x.ord`;

/** Counts which of the event ids are stored, and how many alike (a re-sent append). */
export const PROBE_EVENT_IDS = `select count(e.event_id),
       count(*) filter (where e.stream_id = p_stream_id and e.type = x.t and e.data = x.d),
       max(e.stream_version), max(e.position)`;

/** `part`, each line indented by `spaces`. */
export const at = (spaces: number, part: string): string =>
  part
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');
