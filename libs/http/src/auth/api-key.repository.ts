import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { Counter } from 'prom-client';
import type { Role, StoredKey } from './roles.js';
import { KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';
import { API_KEYS_CHANNEL, ApiKeyCache } from './api-key-cache.js';

export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest();

const lookups = new Counter({
  name: 'claimtrail_api_key_lookups_total',
  help: 'API keys looked up in the database (a key found in the process cache is not)',
});

@Injectable()
export class ApiKeyRepository {
  constructor(
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    private readonly cache: ApiKeyCache,
  ) {}

  /** Creates a key; the secret is returned once and only its hash is stored. */
  async create(
    name: string,
    role: Role,
    createdBy: string,
  ): Promise<{ id: string; key: string; role: Role; name: string }> {
    const id = randomUUID();
    const key = `ct_${randomBytes(32).toString('base64url')}`;
    await sql`insert into api_keys (id, name, role, key_hash, created_by)
              values (${id}, ${name}, ${role}, ${hashKey(key)}, ${createdBy})`.execute(this.db);
    return { id, key, role, name };
  }

  /** The active key, from this process's cache when it holds it (see ApiKeyCache), else from the database. */
  async findActive(key: string): Promise<StoredKey | null> {
    return this.cachedActive(key) ?? (await this.lookUp(key));
  }

  /** The active key if this process's cache holds it; no database call. */
  cachedActive(key: string): StoredKey | null {
    return this.cache.get(hashKey(key).toString('hex')) ?? null;
  }

  private async lookUp(key: string): Promise<StoredKey | null> {
    const hash = hashKey(key);
    lookups.inc();
    const epoch = this.cache.epoch;
    const { rows } = await sql<{ id: string; name: string; role: Role; revoked_at: Date | null }>`
      select id, name, role, revoked_at from api_keys where key_hash = ${hash} and revoked_at is null`.execute(this.db);
    const r = rows[0];
    if (!r) return null;
    const stored = { id: r.id, name: r.name, role: r.role, revokedAt: r.revoked_at };
    this.cache.set(hash.toString('hex'), stored, epoch);
    return stored;
  }

  /**
   * True when the key existed and was active. The revocation NOTIFYs every API process (delivered
   * at commit), and the answer waits until each listening process acknowledged it, so every
   * process has dropped the key before the caller hears it is revoked.
   */
  async revoke(id: string): Promise<boolean> {
    const { settle } = this.cache.expectRevocation(id);
    const { rows } = await sql<{ id: string }>`
      with revoked as (update api_keys set revoked_at = now() where id = ${id} and revoked_at is null returning id)
      select id, pg_notify(${API_KEYS_CHANNEL}, id::text) from revoked`
      .execute(this.db)
      .catch(async (e: unknown) => {
        await settle(false);
        throw e;
      });
    await settle(rows.length > 0);
    return rows.length > 0;
  }

  async exists(id: string): Promise<boolean> {
    const { rows } = await sql`select 1 from api_keys where id = ${id}`.execute(this.db);
    return rows.length > 0;
  }
}
