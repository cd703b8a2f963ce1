import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { StoredKey } from './roles.js';

/** Revocations are announced here (the revoking transaction's NOTIFY, payload: the key id). */
export const API_KEYS_CHANNEL = 'claimtrail_api_keys';

const MAX_ENTRIES = 10_000;

/**
 * Active API keys by hash, in this process, so an authenticated request needs no lookup. Trusted
 * only while this process LISTENs on API_KEYS_CHANNEL: a revocation's NOTIFY reaches every API
 * process and drops the key; while the session is down (or being re-established) nothing is
 * cached and every request looks its key up, so a missed notification never keeps a revoked key
 * alive. Entries also expire after API_KEY_CACHE_MS.
 */
@Injectable()
export class ApiKeyCache implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, { key: StoredKey; until: number }>();
  private readonly waiting = new Map<string, Array<() => void>>();
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

  set(hash: string, key: StoredKey): void {
    if (!this.live) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(hash, { key, until: Date.now() + this.config.API_KEY_CACHE_MS });
  }

  /** Drops key `id` here at once, and resolves once its revocation's notification came back (at most `ms`). */
  forget(id: string, ms = 2000): Promise<void> {
    this.drop(id);
    if (!this.live) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref?.();
      const list = this.waiting.get(id) ?? [];
      list.push(done);
      this.waiting.set(id, list);
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  private drop(id: string): void {
    for (const [hash, e] of this.entries) if (e.key.id === id) this.entries.delete(hash);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'claimtrail-api-keys',
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
      this.drop(id);
      for (const done of this.waiting.get(id) ?? []) done();
      this.waiting.delete(id);
    });
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`listen ${API_KEYS_CHANNEL}`);
      if (gone || this.closed) return void client.end().catch(() => undefined);
      this.listener = client;
      this.entries.clear();
      this.live = true;
    } catch {
      lost();
    }
  }
}
