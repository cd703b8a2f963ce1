import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import type { Role } from './roles.js';
import { KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest();

export interface StoredKey {
  id: string;
  name: string;
  role: Role;
  revokedAt: Date | null;
}

@Injectable()
export class ApiKeyRepository {
  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {}

  /** Creates a key; the secret is returned once and only its hash is stored. */
  async create(
    name: string,
    role: Role,
    createdBy: string,
  ): Promise<{ id: string; key: string; role: Role; name: string }> {
    const id = randomUUID();
    const key = `ct_${randomBytes(32).toString('base64url')}`;
    await sql`insert into api_keys (id, name, role, key_hash, created_by) values (${id}, ${name}, ${role}, ${hashKey(key)}, ${createdBy})`.execute(
      this.db,
    );
    return { id, key, role, name };
  }

  async findActive(key: string): Promise<StoredKey | null> {
    const { rows } = await sql<{ id: string; name: string; role: Role; revoked_at: Date | null }>`
      select id, name, role, revoked_at from api_keys where key_hash = ${hashKey(key)} and revoked_at is null`.execute(
      this.db,
    );
    const r = rows[0];
    return r ? { id: r.id, name: r.name, role: r.role, revokedAt: r.revoked_at } : null;
  }

  /** True when the key existed and was active. */
  async revoke(id: string): Promise<boolean> {
    const { numAffectedRows } =
      await sql`update api_keys set revoked_at = now() where id = ${id} and revoked_at is null`.execute(this.db);
    return Number(numAffectedRows ?? 0) > 0;
  }

  async exists(id: string): Promise<boolean> {
    const { rows } = await sql`select 1 from api_keys where id = ${id}`.execute(this.db);
    return rows.length > 0;
  }
}
