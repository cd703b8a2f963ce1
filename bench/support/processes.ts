// The benchmarks measure the product as it runs: the built API and worker as their own processes.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { stopChild } from '@app/runtime';

export const BENCH_ADMIN_KEY = 'bench-admin-key-0123456789abcdef';

export interface Running {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function launch(distRoot: string, main: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(distRoot, main)], {
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_SECOND: '0',
      REBUILD_CRON: '',
      WORKER_METRICS_PORT: '0',
      ...env,
    },
    stdio: 'ignore',
  });
}

const stopper = (child: ChildProcess) => async () => void (await stopChild(child, 10_000));

/** The API on `databaseUrl`, answering /health/live. */
export async function startApi(
  distRoot: string,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Running> {
  const port = await freePort();
  const child = launch(distRoot, 'apps/api/src/main.js', {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    CLAIMTRAIL_ADMIN_KEY: BENCH_ADMIN_KEY,
    DATABASE_POOL_MAX: '20',
    ...env,
  });
  return whenLive(child, `http://127.0.0.1:${port}`, 'API');
}

/**
 * The H1 emmett HTTP peer (emmett-peer.main.ts) on `databaseUrl`, whose search_path names the schema
 * of its tables; the same pool size as the API's above.
 */
export async function startEmmettPeer(distRoot: string, databaseUrl: string): Promise<Running> {
  const port = await freePort();
  const child = launch(distRoot, 'bench/support/emmett-peer.main.js', {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    DATABASE_POOL_MAX: '20',
  });
  return whenLive(child, `http://127.0.0.1:${port}`, 'emmett peer');
}

/** `child` once `url`/health/live answers; killed if it has not within 60 s. */
async function whenLive(child: ChildProcess, url: string, what: string): Promise<Running> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/health/live`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, url, stop: stopper(child) };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${what} did not come up within 60 s`);
}

/** A worker on `databaseUrl` (projections, workflows, sealer). */
export function startWorker(distRoot: string, databaseUrl: string, env: Record<string, string> = {}): Running {
  const child = launch(distRoot, 'apps/worker/src/main.js', { DATABASE_URL: databaseUrl, ...env });
  return { child, url: '', stop: stopper(child) };
}

/** A key of `role`, made with the bootstrap admin key. */
export async function createKey(api: Running, role: 'reporter' | 'analyst' | 'admin'): Promise<string> {
  const res = await fetch(`${api.url}/v1/admin/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${BENCH_ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `bench ${role}`, role }),
  });
  if (res.status !== 201) throw new Error(`key: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { key: string }).key;
}

/** p-th percentile (0–100) of `xs`, nearest rank. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Removes every key of a private BullMQ prefix a workload used. */
export async function clearPrefix(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}
