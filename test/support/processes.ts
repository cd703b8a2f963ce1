import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from '@jest/globals';
import { stopChild } from '@app/runtime';
import { ADMIN_KEY } from './test-app.js';

// Helpers for the 'processes' suites: the built API and worker (dist/, compiled by the project's global set-up)
// as real child processes, killed when the test file ends whatever happened.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const API_MAIN = path.join(root, 'dist/apps/api/src/main.js');
export const WORKER_MAIN = path.join(root, 'dist/apps/worker/src/main.js');

/** Keep at most this much of a child's output (the tail). */
const LOG_CAP = 4 * 1024 * 1024;

export interface Proc {
  pid: number;
  /** The API port, or the worker's metrics port (0 when off). */
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  child: ChildProcess;
  /** stdout and stderr so far (JSON log lines). */
  logs(): string;
  kill(signal?: NodeJS.Signals): void;
  /**
   * SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when it ended on a
   * signal: Nest re-raises SIGTERM after its shutdown hooks).
   */
  stop(graceMs?: number): Promise<number | null>;
  exited: Promise<number | null>;
}

const live = new Set<ChildProcess>();

// A child outlives neither the test file (afterAll, registered when the file imports this module:
// jest refuses hooks defined inside a test) nor jest itself (exit hook; CLAIMTRAIL_EXIT_WITH_PARENT in the child).
afterAll(async () => {
  await Promise.all([...live].map((c) => stopChild(c, 5000)));
});
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** A TCP port free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Defaults every spawned process gets; the caller's env wins. DATABASE_URL and QUEUE_PREFIX are required. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  for (const k of ['DATABASE_URL', 'QUEUE_PREFIX']) if (!env[k]) throw new Error(`processes: ${k} is required`);
  const base: NodeJS.ProcessEnv = {};
  // Not jest's environment (NODE_OPTIONS=--experimental-vm-modules, variables other tests set on process.env).
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) if (process.env[k] !== undefined) base[k] = process.env[k];
  return {
    ...base,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    CLAIMTRAIL_ADMIN_KEY: ADMIN_KEY,
    LOG_LEVEL: 'info',
    REBUILD_CRON: '',
    RATE_LIMIT_PER_SECOND: '0',
    AUTH_FAILURES_PER_SECOND: '0',
    CLAIMTRAIL_EXIT_WITH_PARENT: '1',
    ...env,
  };
}

function spawnNode(main: string, env: NodeJS.ProcessEnv, port: number): Proc {
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
  live.add(child);
  let buf = '';
  const append = (chunk: Buffer) => {
    buf += chunk.toString('utf8');
    if (buf.length > LOG_CAP) buf = buf.slice(buf.length - LOG_CAP / 2);
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      live.delete(child);
      resolve(code);
    });
  });
  return {
    pid: child.pid!,
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    logs: () => buf,
    kill: (signal = 'SIGKILL') => void child.kill(signal),
    stop: (graceMs = 10_000) => stopChild(child, graceMs),
    exited,
  };
}

/** Polls `ready` until it is true; fails early when the process exits, or at the deadline. */
async function waitReady(proc: Proc, what: string, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  let gone = false;
  void proc.exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${what} exited during start-up:\n${proc.logs().slice(-4000)}`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`${what} not ready after ${timeoutMs} ms:\n${proc.logs().slice(-4000)}`);
}

/**
 * `node dist/apps/api/src/main.js` on a free port; ready once GET /health answers at all (200, or
 * 503 while degraded).
 */
export async function startApi(env: Record<string, string>, timeoutMs = 60_000): Promise<Proc> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const proc = spawnNode(API_MAIN, childEnv({ ...env, PORT: String(port) }), port);
  await waitReady(
    proc,
    `api (pid ${proc.pid})`,
    async () => {
      const res = await fetch(`${proc.url}/health`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return res.status === 200 || res.status === 503;
    },
    timeoutMs,
  );
  return proc;
}

/** `node dist/apps/worker/src/main.js`; ready once it logs 'claimtrail worker started'. */
export async function startWorker(env: Record<string, string>, timeoutMs = 60_000): Promise<Proc> {
  const port = env.WORKER_METRICS_PORT !== undefined ? Number(env.WORKER_METRICS_PORT) : await freePort();
  const proc = spawnNode(WORKER_MAIN, childEnv({ ...env, WORKER_METRICS_PORT: String(port) }), port);
  await waitReady(
    proc,
    `worker (pid ${proc.pid})`,
    async () => proc.logs().includes('claimtrail worker started'),
    timeoutMs,
  );
  return proc;
}
