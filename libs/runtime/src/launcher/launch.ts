import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@app/config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';
import { redisAnswers, redisServerOnPath, startLocalRedis } from './local-redis.js';
import { stopChild } from './stop-child.js';

const log = (msg: string) => console.log(`[claimtrail] ${msg}`);
const distRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * `npm start`: the API and the worker, on DATABASE_URL or an embedded Postgres, and on
 * REDIS_URL or a private redis-server when nothing answers there.
 */
export async function launch(): Promise<void> {
  const config = loadConfig();
  const env: NodeJS.ProcessEnv = { ...process.env };
  let pg: EmbeddedPostgresHandle | undefined;
  let redis: ChildProcess | undefined;
  const children: ChildProcess[] = [];
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping');
    await Promise.all(children.map((c) => stopChild(c, 10_000)));
    redis?.kill('SIGTERM');
    await pg?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  // npm does not pass SIGTERM on to its script: when our parent goes away, stop too.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop(0), 1000).unref();

  try {
    if (!config.DATABASE_URL) {
      const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
      pg = await startEmbeddedPostgres(config.DATA_DIR, port, log);
      env.DATABASE_URL = pg.url;
      log(`embedded PostgreSQL on 127.0.0.1:${port}, data in ${path.resolve(config.DATA_DIR, 'postgres')}`);
    }
    if (!(await redisAnswers(config.REDIS_URL))) {
      const host = new URL(config.REDIS_URL).hostname;
      if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host) || !redisServerOnPath()) {
        log(
          `nothing answers at ${config.REDIS_URL}. ` +
            `Start Redis (e.g. 'apt-get install redis-server' or 'docker compose up -d redis') or set REDIS_URL.`,
        );
        return void stop(1);
      }
      redis = await startLocalRedis(config.REDIS_URL, config.DATA_DIR);
      log(`started redis-server for ${config.REDIS_URL}, data in ${path.resolve(config.DATA_DIR, 'redis')}`);
    }
  } catch (err) {
    // embedded-postgres rejects with nothing when the server exits early (port taken, bad data dir).
    const detail =
      err instanceof Error ? err.message : 'the embedded Postgres exited during start-up (is EMBEDDED_PG_PORT taken?)';
    log(`start-up failed: ${detail}`);
    return void stop(1);
  }

  // Migrate once here so the two processes do not race on a fresh database.
  const { prepareDatabase } = await import('../persistence.module.js');
  await prepareDatabase(loadConfig(env));

  for (const app of ['api', 'worker']) {
    const child = spawn(process.execPath, [path.join(distRoot, `apps/${app}/src/main.js`)], {
      env: { ...env, CLAIMTRAIL_EXIT_WITH_PARENT: '1' },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        log(`${app} exited (${signal ?? code}); stopping the rest`);
        void stop(code || 1);
      }
    });
    children.push(child);
  }
  log(`API on http://127.0.0.1:${config.PORT} (docs at /docs, health at /health)`);
}
