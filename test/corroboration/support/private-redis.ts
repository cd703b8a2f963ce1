// A private redis-server on a spare port, for tests that stop and restart Redis.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export class PrivateRedis {
  private child?: ChildProcess;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts redis-server (no persistence) and resolves once it answers PING. */
  async start(timeoutMs = 10_000): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.child = child;
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`redis-server on ${this.port} exited (${code})`))),
    );
    exited.catch(() => undefined);
    await waitForRedis(this.port, () => this.running, timeoutMs, exited);
  }

  /** Stops it (SIGKILL: an outage, not a shutdown) and resolves once the process is gone. */
  async stop(): Promise<void> {
    await killAndWait(this.child);
  }
}

/**
 * Resolves once the redis-server on `port` answers a read (PING says LOADING while an AOF is
 * replayed; DBSIZE proves the data is there); fails when it exits or the time runs out.
 */
export async function waitForRedis(
  port: number,
  running: () => boolean,
  timeoutMs: number,
  exited?: Promise<never>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = new Redis({
      host: '127.0.0.1',
      port,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      connectTimeout: 500,
    });
    r.on('error', () => undefined);
    try {
      const ready = r.connect().then(() => r.dbsize());
      await (exited ? Promise.race([ready, exited]) : ready);
      return;
    } catch (err) {
      if (!running()) throw new Error(`redis-server on ${port} exited during start-up`);
      if (Date.now() > deadline) throw err;
      await new Promise((res) => setTimeout(res, 50));
    } finally {
      r.disconnect();
    }
  }
}

/** SIGKILL: an outage, not a shutdown; resolves once the process is gone. */
export async function killAndWait(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await gone;
}
