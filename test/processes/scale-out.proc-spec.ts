// Scale-out (issue 9): 2 API and 3 worker processes (dist/, real Postgres and Redis, a private
// database and QUEUE_PREFIX, LEASE_TTL_MS=3000) under a mixed load through both APIs. Mid-load
// the worker holding the incidents projection is SIGKILLed, later the next holder is SIGSTOPped
// (frozen, its connections open) and resumed. Checked: the leases move within the TTL plus a
// margin; the resumed holder committed nothing under its old leases after the takeover; every 2xx
// write's event is in the log once; the read models equal a fold of the log; every ClaimRecorded
// has exactly one CorroborationCompleted (unless a later cause's run superseded it) and no cause
// has two; the sealed ledger covers and verifies the whole log.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { EventStore, holderPid, verifyLedger } from '@app/event-store';
import { compareWithFold } from '../projections/support/model.js';
import { startApi, startWorker, type Proc } from '../support/processes.js';
import { size } from '../support/sizes.js';
import { ADMIN_KEY } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { until } from '../support/until.js';

const TTL_MS = 3000;
const HEARTBEAT_MS = 500;
/** Takeover deadline: the TTL, one heartbeat for the contender to notice, and slack for a loaded machine. */
const TAKEOVER_DEADLINE_MS = TTL_MS + HEARTBEAT_MS + 4000;
const DESKS = size(6, 12);
const INCIDENTS_PER_DESK_PER_PHASE = size(4, 40);

let tdb: TestDatabase;
const prefix = `{ct-scale-${randomBytes(4).toString('hex')}}`;
let apis: Proc[] = [];
let workers: Proc[] = [];
const keys: Record<'reporter' | 'analyst' | 'admin', string> = { reporter: '', analyst: '', admin: ADMIN_KEY };
let sources: string[] = [];

interface Write {
  key: string;
  type: string;
  status: number;
  position?: number;
}
const writes: Write[] = [];

async function post(api: Proc, role: keyof typeof keys, path: string, body: unknown, type: string): Promise<any> {
  const key = randomUUID();
  const res = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${keys[role]}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  const json: any = await res.json().catch(() => null);
  writes.push({ key, type, status: res.status, position: json?.position });
  return res.status === 201 ? json : null;
}

/**
 * One desk's share of a phase: per incident a report, a claim and some of source, denial,
 * attribution, retraction, new source.
 */
async function desk(d: number, phase: number, incidents: number): Promise<void> {
  for (let i = 0; i < incidents; i++) {
    const [a, b] = (d + i) % 2 ? [apis[0], apis[1]] : [apis[1], apis[0]];
    const inc = await post(
      a,
      'reporter',
      '/v1/incidents',
      {
        occurredAt: '2023-07-12',
        location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: `Town ${phase}-${d}-${i}` },
        type: 'bombing',
        sourceIds: [sources[(d + i) % sources.length]],
      },
      'IncidentReported',
    );
    if (!inc) continue;
    const base = `/v1/incidents/${inc.id}`;
    const claim = await post(
      b,
      'reporter',
      `${base}/claims`,
      { group: 'TTP', channel: 'statement', claimedAt: '2023-07-12T18:00:00Z', sourceId: sources[0] },
      'ClaimRecorded',
    );
    if (!claim) continue;
    if (i % 2 === 0)
      await post(
        a,
        'reporter',
        `${base}/claims/${claim.id}/sources`,
        { sourceId: sources[1], credibility: 2 },
        'ClaimSourceAdded',
      );
    if (i % 3 === 0)
      await post(
        b,
        'reporter',
        `${base}/denials`,
        { group: 'ISKP', deniedAt: '2023-07-13T08:00:00Z', sourceId: sources[1], statement: 'Not us.' },
        'ClaimDenied',
      );
    if (i % 3 === 1)
      await post(
        a,
        'analyst',
        `${base}/attributions`,
        { group: 'ISKP', confidence: 60, basis: 'Officials say so.', sourceIds: [sources[1]] },
        'AttributionAssessed',
      );
    if (i % 4 === 3)
      await post(
        b,
        'reporter',
        `${base}/claims/${claim.id}/retractions`,
        { retractedAt: '2023-07-14T10:00:00Z', sourceId: sources[0], reason: 'Disowned.' },
        'ClaimRetracted',
      );
    if (i % 5 === 0)
      await post(
        a,
        'reporter',
        '/v1/sources',
        { name: `Desk ${phase}-${d}-${i}`, kind: 'news', reliability: 'C' },
        'SourceRegistered',
      );
  }
}

const load = (phase: number) =>
  Promise.all(Array.from({ length: DESKS }, (_, d) => desk(d, phase, INCIDENTS_PER_DESK_PER_PHASE)));

interface LeaseView {
  name: string;
  holder: string;
  token: string;
  acquiredAt: Date;
  live: boolean;
}
async function leases(): Promise<LeaseView[]> {
  const { rows } = await sql<any>`
    select name, holder, token, acquired_at, expires_at > clock_timestamp() as live
      from follower_leases order by name`.execute(tdb.owner.db);
  return rows.map((r: any) => ({
    name: r.name,
    holder: r.holder,
    token: r.token,
    acquiredAt: new Date(r.acquired_at),
    live: r.live,
  }));
}

const workerByPid = (pid: number) => workers.find((w) => w.pid === pid);

/**
 * Waits until every one of `names` is held, unexpired, by a process other than `pid`; answers how
 * long that took since `since`.
 */
async function takenOverFrom(
  pid: number,
  names: string[],
  since: number,
): Promise<{ ms: number; leases: LeaseView[] }> {
  const now = await until(
    `leases ${names.join(', ')} to move away from pid ${pid}`,
    async () => {
      const ls = await leases();
      const moved = names.every((n) =>
        ls.some((l) => l.name === n && l.live && holderPid(l.holder) !== pid && workerByPid(holderPid(l.holder))),
      );
      return moved ? ls : undefined;
    },
    TAKEOVER_DEADLINE_MS,
    25,
  );
  return { ms: Date.now() - since, leases: now };
}

const workerEnv = () => ({
  DATABASE_URL: tdb.url,
  QUEUE_PREFIX: prefix,
  LEASE_TTL_MS: String(TTL_MS),
  LEASE_HEARTBEAT_MS: String(HEARTBEAT_MS),
  LOG_POLL_MS: '100',
  LOG_LEVEL: 'debug',
  DATABASE_POOL_MAX: '4',
  REVIEW_ESCALATION_MS: String(3600_000),
});

beforeAll(async () => {
  tdb = await createTestDatabase('scale_out');
  const apiEnv = { DATABASE_URL: tdb.url, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: '4' };
  [apis, workers] = await Promise.all([
    Promise.all([startApi(apiEnv), startApi(apiEnv)]),
    Promise.all([startWorker(workerEnv()), startWorker(workerEnv()), startWorker(workerEnv())]),
  ]);
  for (const role of ['reporter', 'analyst'] as const) {
    const res = await fetch(`${apis[0].url}/v1/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `${role} desk`, role }),
    });
    if (res.status !== 201) throw new Error(`key: ${res.status} ${await res.text()}`);
    keys[role] = ((await res.json()) as any).key;
  }
  sources = [];
  for (const [name, reliability] of [
    ['Dawn', 'A'],
    ['Reuters', 'B'],
    ['Umar Media', 'E'],
  ] as const) {
    const s = await post(apis[1], 'reporter', '/v1/sources', { name, kind: 'news', reliability }, 'SourceRegistered');
    sources.push(s.id);
  }
  for (const [name, aliases] of [
    ['Tehreek-e-Taliban Pakistan', ['TTP']],
    ['Islamic State Khorasan Province', ['ISKP']],
  ] as const) {
    expect(
      await post(apis[0], 'analyst', '/v1/groups', { name, aliases, kind: 'militant' }, 'GroupRegistered'),
    ).not.toBeNull();
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([...apis, ...workers].map((p) => p.stop(10_000)));
  await tdb?.drop();
});

describe('2 APIs and 3 workers under load, a worker killed and another frozen', () => {
  it('leases move within the TTL; nothing is lost, applied twice or corroborated twice', async () => {
    const t0 = Date.now();
    // All five followers held, each once, shared out among the three workers.
    const names = [
      'ledger:sealer',
      'projection:groups',
      'projection:incidents',
      'projection:sources',
      'workflow:dispatcher',
    ];
    // Balancing converges: a worker that started first takes every lease, and gives some up as the
    // others join; wait (within the timeout) for the spread, then assert it.
    const spread = await until(
      'all followers held by the workers, spread over at least two',
      async () => {
        const ls = await leases();
        const held = names.every((n) => ls.some((l) => l.name === n && l.live && workerByPid(holderPid(l.holder))));
        const spreadOver = new Set(ls.filter((l) => l.live).map((l) => holderPid(l.holder))).size;
        return held && spreadOver >= 2 ? ls : undefined;
      },
      30_000,
      50,
    );
    const holders = new Set(spread.filter((l) => l.live).map((l) => holderPid(l.holder)));
    expect(holders.size).toBeGreaterThanOrEqual(2);

    await load(1);

    // SIGKILL the worker holding the incidents projection, mid-load.
    const victimLease = (await leases()).find((l) => l.name === 'projection:incidents' && l.live)!;
    const victim = workerByPid(holderPid(victimLease.holder))!;
    const victimNames = (await leases()).filter((l) => l.live && l.holder === victimLease.holder).map((l) => l.name);
    const phase2 = load(2);
    const killedAt = Date.now();
    victim.kill('SIGKILL');
    await victim.exited;
    workers = workers.filter((w) => w !== victim);
    const kill = await takenOverFrom(victim.pid, victimNames, killedAt);
    await phase2;

    // SIGSTOP the next holder of the incidents projection: frozen, its sessions open.
    const frozenHolder = kill.leases.find((x) => x.name === 'projection:incidents')!.holder;
    const frozen = workerByPid(holderPid(frozenHolder))!;
    const logMark = frozen.logs().length;
    const phase3 = load(3);
    // Freeze it only once it has committed under its lease: on a loaded machine phase 2 can end before
    // the takeover, and a holder that never committed would make the late-commit check below vacuous.
    await until(
      'the next holder to commit a batch',
      async () => (frozen.logs().slice(logMark).includes('"msg":"batch committed"') ? true : undefined),
      30_000,
      50,
    );
    // Read its leases at the moment of the freeze: while the two survivors rebalance, it may have handed
    // some over (or taken more) since the takeover.
    const frozenLeases = (await leases()).filter((l) => l.live && l.holder === frozenHolder);
    expect(frozenLeases.length).toBeGreaterThan(0);
    const stoppedAt = Date.now();
    frozen.kill('SIGSTOP');
    const stop = await takenOverFrom(
      frozen.pid,
      frozenLeases.map((l) => l.name),
      stoppedAt,
    );
    frozen.kill('SIGCONT');
    await phase3;
    // Resumed, its watchdog stops the followers of every lease it lost.
    await until(
      'the resumed worker to report its lost leases',
      async () => {
        // A lease whose hand-over had begun when it froze is given up by that hand-over, not lost.
        const text = frozen.logs().slice(logMark);
        return frozenLeases.every(
          (l) => text.includes(`lease lost: ${l.name}`) || text.includes(`lease handed over: ${l.name}`),
        );
      },
      30_000,
      50,
    );

    // Everything settles: every follower at the head, every claim's flow done.
    const store = new EventStore(tdb.app.db);
    const followersAtHead = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from unnest(${names}::text[]) as f(name)
         where not exists (select 1 from checkpoints c where c.name = f.name
                             and (c.transaction_id, c.position) >= (select transaction_id, position from events
                                                                     order by transaction_id desc, position desc
                                                                     limit 1))`.execute(tdb.owner.db);
      return rows[0].n === 0;
    };
    await until('every follower at the head of the log', followersAtHead, 180_000, 200);
    const unsettled = async () => {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from events r
         where r.type = 'ClaimRecorded'
           and not exists (select 1 from events c
                            where c.type = 'CorroborationCompleted' and c.data->>'claimId' = r.data->>'claimId'
                             and (c.data->'checks'->'cause'->>'eventId' = r.event_id::text
                                  or (c.data->'checks'->'cause'->>'position')::bigint > r.position))`.execute(
        tdb.owner.db,
      );
      return rows[0].n;
    };
    // A flow whose worker was killed mid-job is retried once BullMQ finds it stalled (its lock lapses after 30 s).
    await until('every claim corroborated', async () => (await unsettled()) === 0, 180_000, 250);
    await until('every follower at the head again', followersAtHead, 180_000, 200);

    // 1. Every 2xx write's event is in the log exactly once; no 5xx.
    const ok = writes.filter((w) => w.status === 201);
    expect(writes.filter((w) => w.status >= 500)).toEqual([]);
    expect(writes.filter((w) => w.status !== 201).map((w) => `${w.type} ${w.status}`)).toEqual([]);
    const { rows: logged } = await sql<{ key: string; type: string; n: number; p: number }>`
      select metadata->>'idempotencyKey' as key, type, count(*)::int as n, min(position) as p from events
       where metadata ? 'idempotencyKey' group by 1, 2`.execute(tdb.owner.db);
    const byKey = new Map(logged.map((r) => [`${r.key}/${r.type}`, r]));
    const missing = ok.filter(
      (w) => byKey.get(`${w.key}/${w.type}`)?.n !== 1 || Number(byKey.get(`${w.key}/${w.type}`)!.p) !== w.position,
    );
    expect(missing).toEqual([]);

    // 2. The read models equal a fold of the log.
    const cmp = await compareWithFold(tdb.app.db, store);
    expect(cmp.mismatches).toEqual([]);
    const claims = ok.filter((w) => w.type === 'ClaimRecorded').length;
    expect(cmp.claims).toBe(claims);

    // 3. One CorroborationCompleted per cause, and every claim settled (above).
    const { rows: dup } = await sql<{ n: number }>`
      select count(*)::int as n from (select 1 from events where type = 'CorroborationCompleted'
        group by data->>'claimId', data->'checks'->'cause'->>'eventId' having count(*) > 1) d`.execute(tdb.owner.db);
    expect(dup[0].n).toBe(0);
    const { rows: cc } = await sql<{ n: number; claims: number }>`
      select count(*)::int as n, count(distinct data->>'claimId')::int as claims
        from events where type = 'CorroborationCompleted'`.execute(tdb.owner.db);
    expect(cc[0].claims).toBe(claims);

    // 4. The frozen worker committed no projection batch under its old leases after they were taken over.
    const takeoverAt = new Map(stop.leases.filter((l) => l.live).map((l) => [l.name, l.acquiredAt]));
    const frozenTokens = new Map(frozenLeases.map((l) => [l.token, l.name]));
    const committed = frozen
      .logs()
      .split('\n')
      .flatMap((line) => {
        try {
          const j = JSON.parse(line);
          return j.msg === 'batch committed' ? [j] : [];
        } catch {
          return [];
        }
      });
    expect(committed.length).toBeGreaterThan(0);
    const lateCommits = committed.filter(
      (c) => frozenTokens.has(c.token) && new Date(c.fencedAt) >= takeoverAt.get(frozenTokens.get(c.token)!)!,
    );
    expect(lateCommits).toEqual([]);

    // 5. The ledger covers the whole log and verifies.
    const total = (await sql<{ n: number }>`select count(*)::int as n from events`.execute(tdb.owner.db)).rows[0].n;
    expect(await verifyLedger(tdb.app.db)).toMatchObject({ ok: true, firstMismatch: null, events: total });

    console.log(
      [
        `scale-out: ${ok.length} writes through 2 APIs (${writes.length - ok.length} not 2xx), ` +
          `${total} events, ${claims} claims, ${cc[0].n} CorroborationCompleted`,
        `SIGKILL of pid ${victim.pid} (held ${victimNames.join(', ')}): leases taken over in ${kill.ms} ms ` +
          `(TTL ${TTL_MS} ms, heartbeat ${HEARTBEAT_MS} ms)`,
        `SIGSTOP of pid ${frozen.pid} (held ${frozenLeases.map((l) => l.name).join(', ')}): ` +
          `leases taken over in ${stop.ms} ms; after SIGCONT it committed 0 batches under them`,
        `whole test ${Math.round((Date.now() - t0) / 1000)} s`,
      ].join('\n'),
    );
  }, 600_000);
});
