// Runs what the README says: its `npm start` line as a real process group, and its walk-through
// blocks in one bash, the way a reader pastes them into one terminal.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll } from '@jest/globals';

/** A plain shell environment: not jest's (NODE_OPTIONS, npm_* of the outer `npm test`, CLAIMTRAIL_*, PORT). */
export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['HOME', 'LANG', 'TMPDIR', 'TZ', 'USER']) if (process.env[k] !== undefined) env[k] = process.env[k];
  // The Node running jest first, as a reader's shell would have the Node they installed.
  env.PATH = `${path.dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  return { ...env, ...extra };
}

export interface StartedApp {
  url: string;
  /** Spawn to the first /health 200. */
  startupMs: number;
  logs(): string;
  /** Ctrl-C (SIGINT to the process group); resolves when every process of the group is gone. */
  stop(): Promise<{ graceful: boolean; ms: number }>;
}

const live = new Set<number>();
const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};
afterAll(async () => {
  for (const pgid of live) if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
});
process.once('exit', () => {
  for (const pgid of live) if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
});

/** `command` (the README's start line) in its own process group, ready at /health 200. */
export async function startApp(
  command: string,
  opts: { cwd: string; port: number; env: Record<string, string>; timeoutMs?: number },
): Promise<StartedApp> {
  const t0 = Date.now();
  const child: ChildProcess = spawn('bash', ['-c', command], {
    cwd: opts.cwd,
    detached: true, // its own process group, like a terminal's foreground job
    env: shellEnv({ ...opts.env, PORT: String(opts.port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid!;
  live.add(pgid);
  let log = '';
  child.stdout!.on('data', (c: Buffer) => (log += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (log += c.toString('utf8')));
  let exited = false;
  child.once('exit', () => (exited = true));
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = t0 + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (exited) throw new Error(`'${command}' exited during start-up:\n${log.slice(-4000)}`);
    if (Date.now() > deadline) {
      process.kill(-pgid, 'SIGKILL');
      throw new Error(`no /health 200 from '${command}' within ${opts.timeoutMs ?? 120_000} ms:\n${log.slice(-4000)}`);
    }
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })
      .then(async (r) => (await r.arrayBuffer(), r.status === 200))
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const startupMs = Date.now() - t0;
  return {
    url,
    startupMs,
    logs: () => log,
    stop: async () => {
      const s0 = Date.now();
      if (groupAlive(pgid)) process.kill(-pgid, 'SIGINT');
      while (groupAlive(pgid) && Date.now() - s0 < 30_000) await new Promise((r) => setTimeout(r, 100));
      const graceful = !groupAlive(pgid);
      if (!graceful) process.kill(-pgid, 'SIGKILL');
      live.delete(pgid);
      return { graceful, ms: Date.now() - s0 };
    },
  };
}

/** True when something accepts TCP connections on 127.0.0.1:port (a leftover embedded Postgres). */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

export interface BlocksRun {
  exitCode: number | null;
  /** stdout of each block, in order (fewer than the blocks when one failed). */
  outputs: string[];
  stderr: string;
}

/**
 * The blocks in order in one `bash -euo pipefail`, so variables carry from block to block and any
 * failing command stops the run. A marker line between blocks splits stdout per block.
 */
export function runBlocks(
  codes: string[],
  opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<BlocksRun> {
  const marker = `@@readme-block-${randomBytes(6).toString('hex')}@@`;
  const script = codes
    .map((c, i) => `printf '\\n${marker}%d\\n' ${i}; printf '${marker}%d\\n' ${i} >&2\n${c}\n`)
    .join('');
  return new Promise((resolve) => {
    const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: opts.cwd,
      env: shellEnv(opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      const outputs = out.split(new RegExp(`\\n${marker}\\d+\\n`)).slice(1);
      resolve({ exitCode: code, outputs, stderr: err });
    });
  });
}

export { deleteRedisPrefix } from '../support/redis-cleanup.js';
