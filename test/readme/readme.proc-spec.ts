// Issue 13 item 1, "the README is executable": the Quick start's `npm start` and then every block of
// "Using the API: a claim and its retraction", run as written and in order, print what the README
// shows; on a fresh data dir without the seed, and on another one with `npm run seed:demo`.
//
// Ports: the README's API is on :3000 and its embedded Postgres on :54329; another app or test may
// hold those, so the app runs on free ports, and only `127.0.0.1:3000` in the walk-through's
// `export CT=` line (and `127.0.0.1:<port>` in the shown outputs) is mapped to them. Everything else,
// the admin key included, is the README's own text: a key that differs between the Quick start and
// the walk-through fails here as it would for a reader.
// What is not run: `npm ci` (this checkout is installed; re-installing would pull node_modules from
// under the suites running beside this one) and `npm test` (this test runs inside it).
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { freePort } from '../support/processes.js';
import { mapPorts, matchesShown, normalizeOutput, readReadme, type ReadmeBlock } from './readme-blocks.js';
import { deleteRedisPrefix, listening, runBlocks, startApp, type StartedApp } from './readme-run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const README = path.join(root, 'README.md');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const README_API_PORT = 3000;
const README_PG_PORT = 54329;

const blocks = readReadme(README);
const quickstart = blocks.filter((b) => b.section === 'quickstart');
const walkthrough = blocks.filter((b) => b.section === 'walkthrough');

/** The Quick start's start command without `npm ci && ` (see the file comment). */
function startCommand(): string {
  const line = quickstart[0].code.split('\n').find((l) => /\bnpm start\b/.test(l));
  if (!line) throw new Error('the Quick start block has no `npm start` line');
  return line
    .replace(/\s+#.*$/, '')
    .replace(/^npm ci\s*&&\s*/, '')
    .trim();
}

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

interface Setup {
  dataDir: string;
  apiPort: number;
  pgPort: number;
  env: Record<string, string>;
}

/** A fresh `<tmp>/.data` (so the log's `…/.data/postgres` reads as the README's) and free ports. */
async function freshSetup(): Promise<Setup> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ct-readme-'));
  // As root the embedded Postgres runs as the `postgres` user, which must reach its data dir.
  await chmod(tmp, 0o755);
  const prefix = `{ct-readme-${randomBytes(4).toString('hex')}}`;
  cleanups.push(
    () => rm(tmp, { recursive: true, force: true }),
    () => deleteRedisPrefix(REDIS_URL, prefix),
  );
  const [apiPort, pgPort, metricsPort] = [await freePort(), await freePort(), await freePort()];
  return {
    dataDir: path.join(tmp, '.data'),
    apiPort,
    pgPort,
    // REDIS_URL stays the default (Redis runs here); the queues get a prefix of their own.
    env: {
      DATA_DIR: path.join(tmp, '.data'),
      EMBEDDED_PG_PORT: String(pgPort),
      QUEUE_PREFIX: prefix,
      WORKER_METRICS_PORT: String(metricsPort),
    },
  };
}

async function start(setup: Setup, label: string): Promise<StartedApp> {
  const app = await startApp(startCommand(), { cwd: root, port: setup.apiPort, env: setup.env });
  cleanups.push(() => app.stop());
  console.log(`[readme] ${label}: npm start → /health 200 in ${(app.startupMs / 1000).toFixed(1)} s`);
  return app;
}

async function stopCleanly(app: StartedApp, setup: Setup): Promise<void> {
  const { graceful, ms } = await app.stop();
  expect({
    graceful,
    embeddedPostgresLeft: await listening(setup.pgPort),
    apiLeft: await listening(setup.apiPort),
  }).toEqual({
    graceful: true,
    embeddedPostgresLeft: false,
    apiLeft: false,
  });
  console.log(`[readme] stopped in ${(ms / 1000).toFixed(1)} s`);
}

const portsOf = (setup: Setup) => ({ [README_API_PORT]: setup.apiPort, [README_PG_PORT]: setup.pgPort });

/** What differs from the README, one entry per block (empty when every output is as shown). */
function differences(run: ReadmeBlock[], outputs: string[], setup: Setup): string[] {
  return run.flatMap((b, i) => {
    const shown = mapPorts(b.shown, portsOf(setup));
    const actual = outputs[i] ?? '';
    if (outputs[i] !== undefined && matchesShown(actual, shown)) return [];
    return [
      `README.md:${b.line} block ${i + 1}${outputs[i] === undefined ? ' (not reached)' : ''}\n` +
        `--- shown\n${shown}\n--- printed\n${normalizeOutput(actual).join('\n')}`,
    ];
  });
}

/** The walk-through with `CT` pointing at this test's app; `withSeed` runs the block tagged `seed`. */
async function walkThrough(
  setup: Setup,
  app: StartedApp,
  withSeed: boolean,
): Promise<{ run: ReadmeBlock[]; outputs: string[] }> {
  const run = walkthrough.filter((b) => withSeed || !b.tags.includes('seed'));
  const codes = run.map((b) =>
    b.code.replace(`CT=http://127.0.0.1:${README_API_PORT}`, `CT=http://127.0.0.1:${setup.apiPort}`),
  );
  const result = await runBlocks(codes, { cwd: root });
  const diffs = differences(run, result.outputs, setup);
  if (result.exitCode !== 0 || diffs.length) {
    console.error(
      `[readme] walk-through (${withSeed ? 'with' : 'without'} the seed): exit ${result.exitCode}\n` +
        `${diffs.join('\n\n')}\n--- stderr\n${result.stderr.slice(-3000)}\n` +
        `--- app log (tail)\n${app.logs().slice(-3000)}`,
    );
  }
  expect({ exitCode: result.exitCode, differences: diffs }).toEqual({ exitCode: 0, differences: [] });
  return { run, outputs: result.outputs };
}

describe('README: Quick start and the walk-through, as written', () => {
  it('marks the blocks this test runs', () => {
    expect(quickstart).toHaveLength(1);
    const commands = quickstart[0].code.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    // Exactly two: start on the embedded default, and run the tests.
    expect(commands.map((l) => l.replace(/\s+#.*$/, '').trim())).toEqual([
      expect.stringMatching(/^npm ci && CLAIMTRAIL_ADMIN_KEY=\S{16,} npm start$/),
      'npm test',
    ]);
    expect(startCommand()).toMatch(/^CLAIMTRAIL_ADMIN_KEY=\S+ npm start$/);
    expect(walkthrough.length).toBeGreaterThanOrEqual(5);
    expect(walkthrough.filter((b) => b.tags.includes('seed')).map((b) => b.code.trim())).toEqual(['npm run seed:demo']);
    // The only place the port is written: the test maps it there (see the file comment).
    const all = walkthrough.map((b) => b.code).join('\n');
    expect(all.match(/CT=http:\/\/127\.0\.0\.1:3000\b/g)).toHaveLength(1);
    expect(all.match(/:3000\b/g)).toHaveLength(1);
    // Shown outputs the walk-through's steps are checked against.
    expect(walkthrough.filter((b) => b.shown).length).toBeGreaterThanOrEqual(6);
  });

  it('compares outputs with the README: `…` within a line, `…` lines, and a mismatch', () => {
    expect(matchesShown('{"id":"abc","version":2}\n', '{"id":"…","version":2}')).toBe(true);
    expect(matchesShown('{"id":"abc","version":3}\n', '{"id":"…","version":2}')).toBe(false);
    expect(matchesShown('a\nx\ny\nb\n', 'a\n…\nb\n…')).toBe(true);
    expect(matchesShown('a\nb\n', 'a\n…\nb\n…')).toBe(true);
    expect(matchesShown('b\na\n', 'a\n…\nb')).toBe(false);
    expect(matchesShown('\n> claimtrail@0.1.0 seed:demo\n> node scripts/seed-demo.mjs\n\nok\n', 'ok')).toBe(true);
    expect(matchesShown('unexpected\n', '')).toBe(false);
  });

  it(
    'on an empty data dir without the seed: ' + 'first start, the walk-through, and a restart on the same data',
    async () => {
      const setup = await freshSetup();
      const app = await start(setup, 'first start, empty data dir');
      // What the Quick start shows `npm start` printing.
      expect(matchesShown(app.logs(), mapPorts(quickstart[0].shown, portsOf(setup)))).toBe(true);
      await walkThrough(setup, app, false);
      await stopCleanly(app, setup);

      const again = await start(setup, 'restart, same data dir');
      await stopCleanly(again, setup);
    },
    300_000,
  );

  it('on another empty data dir after `npm run seed:demo`; a second seed records nothing', async () => {
    const setup = await freshSetup();
    const app = await start(setup, 'first start for the seeded run');
    const { run, outputs } = await walkThrough(setup, app, true);
    const first = normalizeOutput(outputs[run.findIndex((b) => b.tags.includes('seed'))]).join('\n');
    const calls = Number(/: (\d+) calls, \1 recorded, 0 unchanged/.exec(first)?.[1]);
    expect(calls).toBeGreaterThan(30);

    // The seed again, as the README's reader would after the walk-through: replayed by its keys.
    const seed = walkthrough.find((b) => b.tags.includes('seed'))!;
    const exported = walkthrough[0].code.split('\n').find((l) => l.startsWith('export CT='))!;
    const rerun = await runBlocks([exported.replace(':3000', `:${setup.apiPort}`), seed.code], { cwd: root });
    expect({ exitCode: rerun.exitCode, summary: normalizeOutput(rerun.outputs[1] ?? '')[0] }).toEqual({
      exitCode: 0,
      summary: `demo scenario in place at ${app.url}: ${calls} calls, 0 recorded, ${calls} unchanged`,
    });
    await stopCleanly(app, setup);
  }, 300_000);
});
