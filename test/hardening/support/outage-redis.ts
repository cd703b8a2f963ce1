// A private redis-server that keeps its data across a crash: append-only file, fsync on every
// write. PrivateRedis (test/corroboration/support) runs without persistence, so a restart there
// starts empty; an outage test needs the queued workflows to survive the stop, as they do with the
// documented deployment (docker-compose: --appendonly yes).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { killAndWait, sparePort, waitForRedis } from '../../corroboration/support/private-redis.js';

export class DurableRedis {
  private child?: ChildProcess;
  private dir?: string;
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts (or starts again, on the same data) and resolves once it answers PING. */
  async start(timeoutMs = 15_000): Promise<void> {
    if (!this.dir) {
      this.dir = await mkdtemp(path.join(tmpdir(), 'ct-redis-'));
      this.port = await sparePort();
    }
    const args = [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--dir',
      this.dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--maxmemory-policy',
      'noeviction',
    ];
    const child = spawn('redis-server', args, { stdio: 'ignore' });
    this.child = child;
    await waitForRedis(this.port, () => this.running, timeoutMs);
  }

  /** SIGKILL: a crash, not a shutdown (every acknowledged write is already on disk). */
  async stop(): Promise<void> {
    await killAndWait(this.child);
  }

  async destroy(): Promise<void> {
    await this.stop();
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}
