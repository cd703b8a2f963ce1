import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';
import { ConflictError } from '../shared/domain-errors.js';
import { personNameKey } from '../shared/names.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PersonRef {
  id: string;
  /** The person's primary name. */
  name: string;
}

/** A name (or alias) another person already holds. */
export interface PersonNameHolder {
  name: string;
  personId: string;
}

/** 409 `name_taken` naming the field, the names and the persons holding them. */
export function personNameTaken(field: string, holders: PersonNameHolder[]): ConflictError {
  const list = holders.map((h) => `${h.name} (person ${h.personId})`).join(', ');
  return new ConflictError('name_taken', `${field}: already used by another person: ${list}`, {
    field,
    names: holders.map((h) => h.name),
    personId: holders[0]?.personId ?? null,
    holders,
  });
}

/**
 * The one place that reads and writes `person_names`, the reservation table of person names and
 * aliases kept in step with the person streams (unique by personNameKey), and the resolver of a
 * person reference (id, name or alias) for the commands that name a person.
 */
@Injectable()
export class PersonNamesRepository {
  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}

  /** The person named by id, name or alias (personNameKey); null when none. */
  async resolve(ref: string): Promise<PersonRef | null> {
    const trimmed = ref.trim();
    if (!trimmed) return null;
    const asId = UUID.test(trimmed) ? trimmed.toLowerCase() : null;
    const { rows } = await sql<{ person_id: string; name: string }>`
      select n.person_id::text as person_id, p.name from person_names n
        join person_names p on p.person_id = n.person_id and not p.is_alias
       where n.person_id = ${asId}::uuid or n.name_key = ${personNameKey(trimmed)}
       order by n.person_id = ${asId}::uuid desc nulls last
       limit 1`.execute(this.db);
    return rows[0] ? { id: rows[0].person_id, name: rows[0].name } : null;
  }

  /** The id a person reference means, or null. */
  async idOf(ref: string): Promise<string | null> {
    return (await this.resolve(ref))?.id ?? null;
  }

  /** Primary names of these persons (unknown ids are left out). */
  async primaryNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .selectFrom('person_names')
      .select(['person_id', 'name'])
      .where('person_id', '=', sql<string>`any(${[...new Set(ids.map((i) => i.toLowerCase()))]}::uuid[])`)
      .where('is_alias', '=', false)
      .execute();
    return new Map(rows.map((r) => [r.person_id, r.name]));
  }

  /** The given names that another person already holds (checked before deciding, for a clear 409). */
  async taken(names: string[], exceptPersonId?: string, db: Kysely<Database> = this.db): Promise<PersonNameHolder[]> {
    if (!names.length) return [];
    const byKey = new Map(names.map((n) => [personNameKey(n), n]));
    const { rows } = await sql<{ name_key: string; person_id: string }>`
      select name_key, person_id::text as person_id from person_names
       where name_key = any(${[...byKey.keys()]}::text[])
         and (${exceptPersonId ?? null}::uuid is null or person_id <> ${exceptPersonId ?? null}::uuid)
       order by name_key`.execute(db);
    return rows.map((r) => ({ name: byKey.get(r.name_key) ?? r.name_key, personId: r.person_id }));
  }

  /**
   * Reserves names in the command's transaction. A name another person holds (or won in a race:
   * the insert waits on the other transaction's key, then sees its committed row) is a 409 naming
   * `field` and the holder, and rolls the events back with it.
   */
  async reserve(
    trx: Kysely<Database>,
    personId: string,
    given: Array<{ name: string; isAlias: boolean }>,
    field: string,
  ): Promise<void> {
    const names = [...new Map(given.map((n) => [personNameKey(n.name), n])).values()];
    if (!names.length) return;
    await sql`
      insert into person_names (name_key, name, person_id, is_alias)
      select * from unnest(${names.map((n) => personNameKey(n.name))}::text[], ${names.map((n) => n.name)}::text[],
                           ${names.map(() => personId)}::uuid[], ${names.map((n) => n.isAlias)}::boolean[])
      on conflict (name_key) do nothing`.execute(trx);
    const holders = await this.taken(
      names.map((n) => n.name),
      personId,
      trx,
    );
    if (holders.length) throw personNameTaken(field, holders);
  }
}
