// What the crash and outage suites compare and wait on: the read models (every rm_* table, row by
// row, with the fields that legitimately differ between two runs normalised away), the corroboration
// outcome in the log, the followers' lag and the corroboration queue's backlog.
import { Queue } from 'bullmq';
import { sql, type Kysely } from 'kysely';
import { evolveIncident, incidentStreamId } from '@app/domain';
import { EventStore, followerLags } from '@app/event-store';
import { QUEUES } from '@app/config';

/**
 * Fields that differ between two correct runs of the same input events: when an event was recorded
 * (wall clock), stream versions and global positions (the number of corroboration runs per claim
 * depends on timing, see worker-crash.proc-spec.ts), and review ids (derived from the run that opened it).
 */
const VOLATILE = new Set([
  'version',
  'position',
  'recordedAt',
  'reportedAt',
  'updatedAt',
  'openedAt',
  'escalatedAt',
  'resolvedAt',
  'opened_at',
  'escalated_at',
  'resolved_at',
  'review_id',
]);

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      if (!VOLATILE.has(k)) out[k] = k === 'reviews' && Array.isArray(v) ? sortedReviews(v) : normalise(v);
    return out;
  }
  return value;
}

/**
 * Reviews without their ids, in claim order (two claims' reviews may open in either order), with
 * the reasons of the reason text sorted: the workflow joins its checks' reasons in the order the
 * checks finished (libs/corroboration processors.ts, getChildrenValues), not a fixed one.
 */
const sortedReviews = (reviews: Array<Record<string, unknown>>) =>
  reviews
    .map((r) => {
      const { id: _id, ...rest } = r;
      if (typeof rest.reason === 'string') rest.reason = rest.reason.split('; ').sort().join('; ');
      return normalise(rest) as Record<string, unknown>;
    })
    .sort((a, b) => String(a.claimId).localeCompare(String(b.claimId)));

export type ReadModelSnapshot = Record<string, Map<string, string>>;

/** Every rm_* table (live ones, not rebuild shadows) as key → normalised row JSON. */
export async function readModelSnapshot(db: Kysely<any>): Promise<ReadModelSnapshot> {
  const { rows: tables } = await sql<{ t: string }>`
    select table_name as t from information_schema.tables
     where table_schema = current_schema() and table_name like 'rm\\_%' and table_name not like '%\\_\\_%'
     order by 1`.execute(db);
  const snapshot: ReadModelSnapshot = {};
  for (const { t } of tables) {
    const { rows: pk } = await sql<{ c: string }>`
      select a.attname as c from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
       where i.indrelid = ${t}::regclass and i.indisprimary order by a.attnum`.execute(db);
    const { rows } = await sql<{ r: Record<string, unknown> }>`select to_jsonb(x) as r from ${sql.table(t)} x`.execute(
      db,
    );
    const keyed = new Map<string, string>();
    for (const { r } of rows) {
      const n = normalise(r) as Record<string, unknown>;
      // Reviews have no stable id across runs: key them by claim (one review per claim here).
      const key =
        t === 'rm_reviews' ? `${n.claim_id}/${n.status}/${n.verdict}` : pk.map(({ c }) => String(r[c])).join('/');
      const json = JSON.stringify(n);
      keyed.set(keyed.has(key) ? `${key}#${keyed.size}` : key, json);
    }
    snapshot[t] = keyed;
  }
  return snapshot;
}

/** Per table: rows only in `a`, only in `b`, and with other content (a few samples each); empty when equal. */
export function diffSnapshots(a: ReadModelSnapshot, b: ReadModelSnapshot, samples = 3): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[t] ?? new Map<string, string>();
    const y = b[t] ?? new Map<string, string>();
    const onlyA = [...x.keys()].filter((k) => !y.has(k));
    const onlyB = [...y.keys()].filter((k) => !x.has(k));
    const changed = [...x.keys()].filter((k) => y.has(k) && y.get(k) !== x.get(k));
    if (onlyA.length || onlyB.length || changed.length) {
      out[t] = {
        rows: [x.size, y.size],
        onlyA: onlyA.length,
        onlyB: onlyB.length,
        changed: changed.length,
        samples: [
          ...onlyA.slice(0, samples).map((k) => ({ onlyA: x.get(k) })),
          ...onlyB.slice(0, samples).map((k) => ({ onlyB: y.get(k) })),
          ...changed.slice(0, samples).map((k) => ({ a: x.get(k), b: y.get(k) })),
        ],
      };
    }
  }
  return out;
}

export interface Completion {
  claimId: string;
  causeEventId: string;
  causePosition: number;
  verdict: string;
  score: number;
  position: number;
}

/** Every CorroborationCompleted in the log, in log order. */
export async function completions(db: Kysely<any>): Promise<Completion[]> {
  const { rows } = await sql<any>`
    select data->>'claimId' as claim_id, data->'checks'->'cause'->>'eventId' as cause,
           (data->'checks'->'cause'->>'position')::bigint as cause_position,
           data->>'verdict' as verdict, (data->>'score')::float8 as score, position
      from events where type = 'CorroborationCompleted' order by position`.execute(db);
  return rows.map((r) => ({
    claimId: r.claim_id,
    causeEventId: r.cause,
    causePosition: Number(r.cause_position),
    verdict: r.verdict,
    score: Number(r.score),
    position: Number(r.position),
  }));
}

export async function recordedClaimIds(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{
    id: string;
  }>`select data->>'claimId' as id from events where type = 'ClaimRecorded' order by position`.execute(db);
  return rows.map((r) => r.id);
}

/** (claim, cause) pairs with more than one CorroborationCompleted: must stay empty. */
export function duplicateCompletions(all: Completion[]): string[] {
  const seen = new Map<string, number>();
  for (const c of all)
    seen.set(`${c.claimId}/${c.causeEventId}`, (seen.get(`${c.claimId}/${c.causeEventId}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`);
}

/** The verdict in force per claim: the last CorroborationCompleted in the log. */
export function finalVerdicts(all: Completion[]): Map<string, { verdict: string; score: number }> {
  const m = new Map<string, { verdict: string; score: number }>();
  for (const c of all) m.set(c.claimId, { verdict: c.verdict, score: c.score });
  return m;
}

/** BullMQ handles on a test prefix's corroboration queue (for backlog counts and job inspection). */
export function corroborationQueue(redisUrl: string, prefix: string): Queue {
  const u = new URL(redisUrl);
  const q = new Queue(QUEUES.corroboration, {
    connection: { host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: null },
    prefix,
  });
  q.on('error', () => undefined);
  return q;
}

export interface Backlog {
  /** Events not yet applied, per follower. */
  lags: Record<string, number>;
  /**
   * Corroboration jobs not finished (waiting, active — also those of a dead worker until found
   * stalled —, delayed, waiting for children).
   */
  pending: number;
  failed: number;
  head: number;
}

export async function backlog(db: Kysely<any>, queue: Queue): Promise<Backlog> {
  const lags = Object.fromEntries((await followerLags(db)).map((r) => [r.name, r.lag]));
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'waiting-children', 'prioritized', 'failed');
  const { rows } = await sql<{ head: number }>`select coalesce(max(position), 0)::bigint as head from events`.execute(
    db,
  );
  const pending = counts.waiting + counts.active + counts.delayed + counts['waiting-children'] + counts.prioritized;
  return { lags, pending, failed: counts.failed, head: Number(rows[0].head) };
}

const settled = (b: Backlog, followers: string[]) => b.pending === 0 && followers.every((f) => b.lags[f] === 0);

/**
 * Polls until every named follower has applied the whole log and no corroboration job is pending,
 * twice in a row with the same head (a finishing job appends, which the followers must then apply).
 */
export async function waitSettled(
  db: Kysely<any>,
  queue: Queue,
  followers: string[],
  timeoutMs: number,
  what: string,
): Promise<Backlog> {
  const deadline = Date.now() + timeoutMs;
  let previous: Backlog | undefined;
  for (;;) {
    const b = await backlog(db, queue);
    if (settled(b, followers) && previous && settled(previous, followers) && previous.head === b.head) return b;
    previous = b;
    if (Date.now() > deadline) throw new Error(`${what}: not settled after ${timeoutMs} ms: ${JSON.stringify(b)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

export const FOLLOWERS = ['projection:incidents', 'projection:groups', 'projection:sources', 'workflow:dispatcher'];

/**
 * Every completed flow (parent job) either recorded its cause's result or was superseded by a run
 * with a later cause.
 */
export async function unaccountedFlows(queue: Queue, all: Completion[]): Promise<string[]> {
  const byCause = new Set(all.map((c) => `${c.claimId}/${c.causeEventId}`));
  const latestCause = new Map<string, number>();
  for (const c of all) latestCause.set(c.claimId, Math.max(latestCause.get(c.claimId) ?? -1, c.causePosition));
  const out: string[] = [];
  const total = await queue.getJobCountByTypes('completed');
  for (let start = 0; start < total; start += 1000) {
    for (const job of await queue.getJobs(['completed'], start, start + 999, true)) {
      if (job?.name !== 'corroborate-claim') continue;
      const d = job.data as { claimId: string; causeEventId: string; causePosition: number };
      if (!byCause.has(`${d.claimId}/${d.causeEventId}`) && !((latestCause.get(d.claimId) ?? -1) > d.causePosition))
        out.push(String(job.id));
    }
  }
  return out;
}

/**
 * Incidents whose read-model row is not the fold of their stream as it is now (ids, with the first
 * difference's version pair).
 */
export async function incidentsBehindLog(db: Kysely<any>, incidentIds: string[]): Promise<string[]> {
  const store = new EventStore(db);
  const out: string[] = [];
  for (const id of incidentIds) {
    let folded: ReturnType<typeof evolveIncident> | null = null;
    for (const e of await store.readStream(incidentStreamId(id))) folded = evolveIncident(folded, e);
    const { rows } = await sql<{
      state: unknown;
      version: number;
    }>`select state, version from rm_incidents where incident_id = ${id}`.execute(db);
    const want = JSON.parse(JSON.stringify(folded));
    if (!rows[0] || JSON.stringify(normaliseKeys(rows[0].state)) !== JSON.stringify(normaliseKeys(want))) {
      out.push(`${id} (read model v${rows[0]?.version ?? '-'}, log v${folded?.version ?? '-'})`);
    }
  }
  return out;
}

/** Same content, keys in one order (jsonb orders keys its own way). */
function normaliseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normaliseKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, normaliseKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}
