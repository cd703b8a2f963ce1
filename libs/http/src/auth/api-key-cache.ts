import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { StoredKey } from './roles.js';

/** Revocations are announced here (the revoking transaction's NOTIFY, payload: the key id). */
export const API_KEYS_CHANNEL = 'claimtrail_api_keys';
/** Each listening process answers a revocation here once it dropped the key (payload: the key id). */
const ACKS_CHANNEL = 'claimtrail_api_keys_ack';
const LISTENER_NAME = 'claimtrail-api-keys';

const MAX_ENTRIES = 10_000;

/**
 * Active API keys by hash, in this process, so an authenticated request needs no lookup. Trusted
 * only while this process LISTENs on API_KEYS_CHANNEL: a revocation's NOTIFY reaches every API
 * process and drops the key; while the session is down (or being re-established) nothing is
 * cached and every request looks its key up, so a missed notification never keeps a revoked key
 * alive. Entries also expire after API_KEY_CACHE_MS. A revocation is answered once every listening
 * process acknowledged it (each NOTIFYs back after dropping the key), not just this one: delivery
 * to two sessions has no order, so this process hearing its own notification proves nothing about
 * another's. A lookup that was in flight when a revocation (or a reconnect) happened is not cached.
 */
@Injectable()
export class ApiKeyCache implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, { key: StoredKey; until: number }>();
  private readonly waiting = new Map<string, Set<{ acks: number; needed: number; done: () => void }>>();
  private generation = 0;
  private listener?: pg.Client;
  private live = false;
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit(): void {
    if (this.config.API_KEY_CACHE_MS > 0 && this.config.DATABASE_URL) void this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.live = false;
    this.entries.clear();
    await this.listener?.end().catch(() => undefined);
  }

  get(hash: string): StoredKey | undefined {
    const hit = this.entries.get(hash);
    if (!hit) return undefined;
    if (this.live && hit.until > Date.now()) return hit.key;
    this.entries.delete(hash);
    return undefined;
  }

  /** Pass to set(): a lookup started before a revocation arrived must not cache what it read. */
  get epoch(): number {
    return this.generation;
  }

  set(hash: string, key: StoredKey, epoch: number): void {
    if (!this.live || epoch !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(hash, { key, until: Date.now() + this.config.API_KEY_CACHE_MS });
  }

  /**
   * Call before the revoking statement: returns `settle`, to call once it committed, which drops
   * key `id` here and resolves when every listening API process acknowledged it (at most `ms`).
   * The wait is registered first so that an acknowledgement faster than the commit's answer counts.
   */
  expectRevocation(id: string, ms = 2000): { settle: (revoked: boolean) => Promise<void> } {
    const waiter = { acks: 0, needed: Infinity, done: () => undefined as void };
    const set = this.waiting.get(id) ?? new Set();
    set.add(waiter);
    this.waiting.set(id, set);
    const settle = async (revoked: boolean): Promise<void> => {
      this.drop(id);
      this.generation++;
      try {
        if (!revoked || !this.listener) return;
        const listener = this.listener;
        const { rows } = await listener.query<{ n: string }>(
          `select count(*) as n from pg_stat_activity where datname = current_database() and application_name = $1`,
          [LISTENER_NAME],
        );
        waiter.needed = Number(rows[0]?.n ?? 0);
        if (waiter.acks >= waiter.needed) return;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          timer.unref?.();
          waiter.done = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      } catch {
        // The listener went away: this process caches nothing until it is back; others have their timer.
      } finally {
        set.delete(waiter);
        if (set.size === 0 && this.waiting.get(id) === set) this.waiting.delete(id);
      }
    };
    return { settle };
  }

  private drop(id: string): void {
    for (const [hash, e] of this.entries) if (e.key.id === id) this.entries.delete(hash);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.config.DATABASE_URL,
      application_name: LISTENER_NAME,
    });
    let gone = false;
    const lost = () => {
      if (gone) return;
      gone = true;
      if (this.listener === client) this.listener = undefined;
      this.live = false;
      this.entries.clear();
      void client.end().catch(() => undefined);
      if (!this.closed) setTimeout(() => void this.connect(), 1000).unref();
    };
    client.on('notification', (n) => {
      const id = n.payload ?? '';
      if (n.channel === ACKS_CHANNEL) {
        for (const w of this.waiting.get(id) ?? []) if (++w.acks >= w.needed) w.done();
        return;
      }
      this.drop(id);
      this.generation++;
      client.query(`select pg_notify($1, $2)`, [ACKS_CHANNEL, id]).catch(lost);
    });
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`listen ${API_KEYS_CHANNEL}; listen ${ACKS_CHANNEL}`);
      if (gone || this.closed) return void client.end().catch(() => undefined);
      this.listener = client;
      this.entries.clear();
      this.generation++;
      this.live = true;
    } catch {
      lost();
    }
  }
}
