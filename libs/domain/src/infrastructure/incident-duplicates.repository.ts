import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/event-store';
import { KYSELY } from '@app/runtime';
import { ConflictError } from '../shared/domain-errors.js';

/** The original a marking pointed to became a duplicate meanwhile: resolve its root again. */
export class DuplicateRootMoved extends Error {
  override readonly name = 'DuplicateRootMoved';
}

type Role = 'duplicate' | 'original';

/**
 * Duplicates form a forest whose roots are not duplicates (migration 0022): `incident_duplicates`
 * holds every incident that takes part, as a duplicate of its root or as an original, and is
 * written in the marking's transaction, so racing markings (A of B and B of A at once) cannot
 * both hold.
 */
@Injectable()
export class IncidentDuplicatesRepository {
  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}

  /** The root an incident stands for: its original when it is a duplicate, else itself. */
  async rootOf(incidentId: string): Promise<string> {
    const { rows } = await sql<{ duplicate_of: string }>`
      select duplicate_of::text as duplicate_of from incident_duplicates
       where incident_id = ${incidentId}::uuid and role = 'duplicate'`.execute(this.db);
    return rows[0]?.duplicate_of ?? incidentId.toLowerCase();
  }

  /** Up to `limit` duplicates of an incident (it is then a root and may not become a duplicate). */
  async duplicatesOf(incidentId: string, limit = 10): Promise<string[]> {
    const { rows } = await sql<{ incident_id: string }>`
      select incident_id::text as incident_id from incident_duplicates
       where duplicate_of = ${incidentId}::uuid order by incident_id limit ${limit}`.execute(this.db);
    return rows.map((r) => r.incident_id);
  }

  /**
   * Records `duplicateId` as a duplicate of the root `originalId` in the marking's transaction.
   * Both rows are inserted in id order; an insert meeting another transaction's row waits for it
   * to commit, then reads what it became: a duplicate that has duplicates, or an original that
   * has become a duplicate, cannot be linked.
   */
  async link(trx: Kysely<Database>, duplicateId: string, originalId: string): Promise<void> {
    const wanted: Array<[string, Role]> = [
      [duplicateId.toLowerCase(), 'duplicate'],
      [originalId.toLowerCase(), 'original'],
    ];
    wanted.sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [id, role] of wanted) {
      const inserted = await sql<{ incident_id: string }>`
        insert into incident_duplicates (incident_id, role, duplicate_of)
        values (${id}::uuid, ${role}, ${role === 'duplicate' ? originalId : null}::uuid)
        on conflict (incident_id) do nothing
        returning incident_id`.execute(trx);
      if (inserted.rows.length) continue;
      const { rows } = await sql<{ role: Role; duplicate_of: string | null }>`
        select role, duplicate_of::text as duplicate_of from incident_duplicates
         where incident_id = ${id}::uuid`.execute(trx);
      const held = rows[0];
      if (role === 'original' && held.role === 'original') continue;
      if (role === 'original')
        throw new DuplicateRootMoved(`incident ${id} is now a duplicate of ${held.duplicate_of}`);
      if (held.role === 'original') {
        const duplicates = await this.duplicatesOf(id);
        throw new ConflictError('has_duplicates', `incident ${id} is the original of ${duplicates.join(', ')}`, {
          duplicates,
        });
      }
      throw new ConflictError(
        'already_duplicate',
        `incident ${id} is already marked a duplicate of ${held.duplicate_of}`,
        {
          duplicateOf: held.duplicate_of,
        },
      );
    }
  }
}
