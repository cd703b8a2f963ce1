// Shared set-up of the corroboration suites: the real API on a private database, the workflow
// runtime(s) in-process on a private BullMQ prefix, the read-model runner, QueueEvents to wait on
// jobs, and log look-ups (polling the log with a deadline; never a fixed sleep).
import { randomBytes } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import { deleteRedisPrefix as deletePrefix } from '../../support/redis-cleanup.js';
import { sql, type Kysely } from 'kysely';
import { expect } from '@jest/globals';
import { corroborationJobId, FOLLOWERS, loadConfig, QUEUES, type AppConfig } from '@app/config';
import { CorroborationRuntime } from '@app/corroboration';
import { StreamWriter } from '@app/domain';
import { IdempotencyRepository } from '@app/runtime';
import { EventStore } from '@app/event-store';
import { PROJECTIONS, ProjectionRunner } from '@app/projections';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { until } from '../../support/until.js';
import type { Seeder } from '../../e2e/support/e2e.js';

export const DEFAULT_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface LoggedEvent {
  position: number;
  streamId: string;
  eventId: string;
  type: string;
  data: any;
  metadata: any;
  recordedAt: Date;
}

const toEvent = (r: any): LoggedEvent => ({
  position: Number(r.position),
  streamId: r.stream_id,
  eventId: r.event_id,
  type: r.type,
  data: r.data,
  metadata: r.metadata,
  recordedAt: new Date(r.recorded_at),
});

export async function eventsOfType(
  db: Kysely<any>,
  type: string,
  where: { claimId?: string; reviewId?: string; streamId?: string } = {},
): Promise<LoggedEvent[]> {
  const { rows } = await sql`
    select position, stream_id, event_id, type, data, metadata, recorded_at from events
     where type = ${type}
       and (${where.claimId ?? null}::text is null or data->>'claimId' = ${where.claimId ?? null})
       and (${where.reviewId ?? null}::text is null or data->>'reviewId' = ${where.reviewId ?? null})
       and (${where.streamId ?? null}::text is null or stream_id = ${where.streamId ?? null})
     order by position`.execute(db);
  return rows.map(toEvent);
}

export async function eventAt(db: Kysely<any>, position: number): Promise<LoggedEvent> {
  const { rows } = await sql`
    select position, stream_id, event_id, type, data, metadata, recorded_at
      from events where position = ${position}`.execute(db);
  if (!rows[0]) throw new Error(`no event at position ${position}`);
  return toEvent(rows[0]);
}

// Polling as every suite does it (20 s, every 25 ms, unless told).
export { until };

/** The CorroborationCompleted run caused by `causeEventId` for `claimId` (polls the log). */
export function completedFor(
  db: Kysely<any>,
  claimId: string,
  causeEventId: string,
  timeoutMs = 20_000,
): Promise<LoggedEvent> {
  return until(
    `CorroborationCompleted of claim ${claimId} caused by ${causeEventId}`,
    async () => {
      const all = await eventsOfType(db, 'CorroborationCompleted', { claimId });
      return all.find((e) => e.data.checks?.cause?.eventId === causeEventId);
    },
    timeoutMs,
  );
}

/**
 * Resolves with the job's return value once QueueEvents reports it completed (or at once if it
 * already is). Listens before looking, so a completion in between is not missed. Failed attempts
 * are collected and reported if the deadline passes.
 */
export function waitForJob(events: QueueEvents, queue: Queue, jobId: string, timeoutMs = 20_000): Promise<any> {
  return new Promise((resolve, reject) => {
    const failures: string[] = [];
    let settled = false;
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      events.off('completed', onCompleted);
      events.off('failed', onFailed);
      fn();
    };
    const onCompleted = ({ jobId: id, returnvalue }: { jobId: string; returnvalue: unknown }) => {
      if (id === jobId) done(() => resolve(typeof returnvalue === 'string' ? safeJson(returnvalue) : returnvalue));
    };
    const onFailed = ({ jobId: id, failedReason }: { jobId: string; failedReason: string }) => {
      if (id === jobId) failures.push(failedReason);
    };
    const timer = setTimeout(
      () =>
        done(() =>
          reject(
            new Error(
              `job ${queue.name}/${jobId} did not complete in ${timeoutMs} ms` +
                `${failures.length ? `; failures: ${failures.join(' | ')}` : ''}`,
            ),
          ),
        ),
      timeoutMs,
    );
    events.on('completed', onCompleted);
    events.on('failed', onFailed);
    void Job.fromId(queue, jobId)
      .then(async (job) => {
        if (job && (await job.isCompleted())) done(() => resolve(job.returnvalue));
      })
      .catch(() => undefined);
  });
}

const safeJson = (s: string) => {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
};

export interface HarnessOptions {
  label: string;
  redisUrl?: string;
  escalationMs?: number;
  /** Start one runtime doing both dispatch and processing (default true). */
  runtime?: boolean;
  /** Start the read-model runner (default true). */
  projections?: boolean;
  /** More settings for the runtimes' configuration. */
  env?: Record<string, string>;
}

export interface Harness {
  t: TestApp;
  prefix: string;
  redisUrl: string;
  config: AppConfig;
  store: EventStore;
  writer: StreamWriter;
  connection: { host: string; port: number; maxRetriesPerRequest: null };
  queues: { corroboration: Queue; reviews: Queue };
  events: { corroboration: QueueEvents; reviews: QueueEvents };
  runtimes: CorroborationRuntime[];
  projections?: ProjectionRunner;
  startRuntime(opts?: {
    dispatch?: boolean;
    process?: boolean;
    writer?: StreamWriter;
    store?: EventStore;
  }): CorroborationRuntime;
  startProjections(): ProjectionRunner;
  close(): Promise<void>;
}

export const newPrefix = () => `{ct-test-${randomBytes(4).toString('hex')}}`;

export async function createHarness(o: HarnessOptions): Promise<Harness> {
  const prefix = newPrefix();
  const redisUrl = o.redisUrl ?? DEFAULT_REDIS_URL;
  const t = await createTestApp(o.label, { QUEUE_PREFIX: prefix, REDIS_URL: redisUrl });
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: t.tdb.url,
    QUEUE_PREFIX: prefix,
    REDIS_URL: redisUrl,
    REVIEW_ESCALATION_MS: String(o.escalationMs ?? 1500),
    LOG_POLL_MS: '50',
    ...o.env,
  });
  const store = new EventStore(t.tdb.app.db);
  const writer = new StreamWriter(store, t.tdb.app.db, config, new IdempotencyRepository(t.tdb.app.db));
  const u = new URL(redisUrl);
  const connection = { host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: null };
  const queues = {
    corroboration: new Queue(QUEUES.corroboration, { connection, prefix }),
    reviews: new Queue(QUEUES.reviews, { connection, prefix }),
  };
  const events = {
    corroboration: new QueueEvents(QUEUES.corroboration, { connection, prefix }),
    reviews: new QueueEvents(QUEUES.reviews, { connection, prefix }),
  };
  for (const q of Object.values(queues)) q.on('error', () => undefined);
  for (const e of Object.values(events)) e.on('error', () => undefined);
  await Promise.all(Object.values(events).map((e) => e.waitUntilReady()));

  const h: Harness = {
    t,
    prefix,
    redisUrl,
    config,
    store,
    writer,
    connection,
    queues,
    events,
    runtimes: [],
    startRuntime(opts = {}) {
      const r = new CorroborationRuntime({
        db: t.tdb.app.db,
        store: opts.store ?? store,
        writer: opts.writer ?? writer,
        config,
        log: () => undefined,
        dispatch: opts.dispatch,
        process: opts.process,
      });
      r.start();
      h.runtimes.push(r);
      return r;
    },
    startProjections() {
      h.projections = new ProjectionRunner({
        db: t.tdb.app.db,
        store,
        connection: { connectionString: t.tdb.url },
        projections: PROJECTIONS,
        pollMs: 50,
      });
      h.projections.start();
      return h.projections;
    },
    async close() {
      await Promise.all(h.runtimes.splice(0).map((r) => r.stop().catch(() => undefined)));
      await h.projections?.stop().catch(() => undefined);
      await Promise.all(
        [...Object.values(events), ...Object.values(queues)].map((x) => x.close().catch(() => undefined)),
      );
      await deletePrefix(redisUrl, prefix).catch(() => undefined);
      await t.close();
    },
  };
  if (o.runtime !== false) h.startRuntime();
  if (o.projections !== false) h.startProjections();
  return h;
}

export { deletePrefix };

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Whether the dispatcher's checkpoint has passed the event at `position`. */
export async function dispatcherPassed(db: Kysely<any>, position: number): Promise<boolean> {
  const { rows } = await sql`
    select 1 from checkpoints c join events e on e.position = ${position}
     where c.name = ${FOLLOWERS.dispatcher}
       and (e.transaction_id, e.position) <= (c.transaction_id, c.position)`.execute(db);
  return rows.length > 0;
}

/** The position of the last event in the log. */
export async function lastPosition(db: Kysely<any>): Promise<number> {
  const { rows } = await sql<{ p: number }>`select max(position)::int as p from events`.execute(db);
  return rows[0].p;
}

/** Whether these queues have nothing waiting, running, delayed or held for children. */
export async function queuesIdle(queues: Queue[]): Promise<boolean> {
  for (const q of queues) {
    const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    if (Object.values(counts).some((n) => n > 0)) return false;
  }
  return true;
}

/** Jobs per state, completed and failed ones included (the queues keep them). */
export function jobCounts(queue: Queue): Promise<Record<string, number>> {
  return queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
}

/** How many events of each type the log holds. */
export async function eventTypeCounts(db: Kysely<any>): Promise<Record<string, number>> {
  const { rows } = await sql<{
    type: string;
    n: number;
  }>`select type, count(*)::int as n from events group by type order by type`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

/** The result of the check `name` in a CorroborationCompleted run. */
export const checkOf = (completed: { data: any }, name: string) =>
  completed.data.checks.results.find((r: any) => r.check === name);

/** An event as a run's `checks.cause` names it. */
export const causeOf = (e: LoggedEvent) => ({ eventId: e.eventId, type: e.type, position: e.position });

/**
 * POSTs a claim (a statement by `group` at `claimedAt`, citing `sourceId`) through the seeder and
 * expects it recorded: answers the claim's id, its ClaimRecorded event and the id of its flow.
 */
export async function recordClaim(
  h: Harness,
  seed: Seeder,
  incidentId: string,
  group: string,
  claimedAt: string,
  sourceId: string,
) {
  const res = await seed.post(`/v1/incidents/${incidentId}/claims`, 'reporter', {
    group,
    channel: 'statement',
    claimedAt,
    sourceId,
  });
  expect(res.status).toBe(201);
  const claimId: string = res.body.id;
  const recorded = await eventAt(h.t.tdb.owner.db, res.body.position);
  return { claimId, recorded, jobId: corroborationJobId(recorded.eventId, claimId) };
}

/** An analyst's attribution of the incident to `group`, expected recorded: answers its AttributionAssessed event. */
export async function recordAttribution(
  h: Harness,
  seed: Seeder,
  incidentId: string,
  attribution: { group: string; confidence: number; basis: string },
): Promise<LoggedEvent> {
  const res = await seed.post(`/v1/incidents/${incidentId}/attributions`, 'analyst', attribution);
  expect(res.status).toBe(201);
  const event = await eventAt(h.t.tdb.owner.db, res.body.position);
  expect(event.type).toBe('AttributionAssessed');
  return event;
}

/** The result of the flow `cause` caused for `claimId`, once its parent job completed. */
export const flowResult = (h: Harness, cause: { eventId: string }, claimId: string, timeoutMs?: number) =>
  waitForJob(h.events.corroboration, h.queues.corroboration, corroborationJobId(cause.eventId, claimId), timeoutMs);

/** Whether every one of these claims has a CorroborationCompleted in the log. */
export async function allCompleted(db: Kysely<any>, claims: Array<{ claimId: string }>): Promise<boolean> {
  const done = await Promise.all(
    claims.map(async (c) => (await eventsOfType(db, 'CorroborationCompleted', { claimId: c.claimId })).length > 0),
  );
  return done.every(Boolean);
}
