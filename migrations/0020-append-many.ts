import { sql, type Kysely } from 'kysely';

// Frozen: later changes go into new migrations, never here.
// Group commit: appends that arrive together in one process are written by one call in one
// transaction. Each keeps its own expected-version check, idempotency and result: it runs in its
// own subtransaction (an exception block), so a conflict undoes that append only and is answered
// as its error row; the others commit together, with one WAL flush for the group.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function claimtrail_append_many(p_appends jsonb)
    returns table (ord integer, next_version bigint, last_position bigint, replayed boolean,
                   err_code text, err_detail text, err_constraint text, err_message text)
    language plpgsql as $$
    declare
      a jsonb;
      i integer := 0;
      r record;
    begin
      for a in select value from jsonb_array_elements(p_appends) loop
        i := i + 1;
        ord := i;
        begin
          select * into r from claimtrail_append(
            a->>'stream', a->>'type', (a->>'expected')::bigint,
            array(select x::uuid from jsonb_array_elements_text(a->'ids') x),
            array(select x from jsonb_array_elements_text(a->'types') x),
            array(select x::integer from jsonb_array_elements_text(a->'schemaVersions') x),
            array(select x from jsonb_array_elements(a->'data') x),
            array(select x from jsonb_array_elements(a->'metadata') x));
          next_version := r.next_version; last_position := r.last_position; replayed := r.replayed;
          err_code := null; err_detail := null; err_constraint := null; err_message := null;
        exception when others then
          get stacked diagnostics err_code = returned_sqlstate, err_detail = pg_exception_detail,
                                  err_constraint = constraint_name, err_message = message_text;
          next_version := null; last_position := null; replayed := null;
        end;
        return next;
      end loop;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists claimtrail_append_many(jsonb)`.execute(db);
}
