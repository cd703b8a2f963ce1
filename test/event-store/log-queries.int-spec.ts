import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import {
  CheckpointStore,
  checkpointsReached,
  claimEventTimes,
  claimHistory,
  claimsAwaitingVerdict,
  countEvents,
  eventCheckpoint,
  eventsOfTypes,
  EventStore,
  exportLogPage,
  followersAtHead,
  latestVerdictChecks,
  LOG_START,
  logFullyReadable,
  recordedAtFrom,
  reviewStreamId,
  snapshotHorizon,
  streamVersionAnomalies,
  verdictCount,
  verdictTimes,
  type RecordedEvent,
} from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The named log queries the other libs use instead of their own SQL over `events`.
let tdb: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  tdb = await createTestDatabase('log_queries');
  store = new EventStore(tdb.app.db, undefined, -1);
});
afterAll(async () => tdb?.drop());

const ev = (type: string, data: unknown = {}) => ({ type, data });
const count = (s: { n: number } | null, e: RecordedEvent) => ({ n: (s?.n ?? 0) + 1, last: e.type });

describe('aggregateStream', () => {
  it('folds the whole stream, or up to a version, a position or a recorded time', async () => {
    const id = `test-${randomUUID()}`;
    await store.append(id, [ev('A'), ev('B')]);
    const mid = await store.append(id, [ev('C')]);
    await new Promise((r) => setTimeout(r, 5));
    const cut = new Date();
    await new Promise((r) => setTimeout(r, 5));
    const end = await store.append(id, [ev('D')]);

    const all = await store.aggregateStream(id, { evolve: count });
    expect(all).toMatchObject({ state: { n: 4, last: 'D' }, version: 4, position: end.lastPosition });
    expect(all.events.map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
    expect((await store.aggregateStream(id, { evolve: count }, { toVersion: 2 })).state).toEqual({ n: 2, last: 'B' });
    const atC = await store.aggregateStream(id, { evolve: count }, { toPosition: mid.lastPosition });
    expect(atC).toMatchObject({ state: { n: 3, last: 'C' }, version: 3, position: mid.lastPosition });
    expect((await store.aggregateStream(id, { evolve: count }, { toRecordedAt: cut })).state).toEqual({
      n: 3,
      last: 'C',
    });
  });

  it('starts from `initial`, and answers null and version 0 for a stream without events', async () => {
    const id = `test-${randomUUID()}`;
    expect(await store.aggregateStream(id, { evolve: count })).toEqual({
      state: null,
      version: 0,
      position: 0,
      events: [],
    });
    expect((await store.aggregateStream(id, { evolve: count, initial: { n: 10, last: '' } })).state).toEqual({
      n: 10,
      last: '',
    });
    await store.append(id, [ev('A')]);
    expect((await store.aggregateStream(id, { evolve: count, initial: { n: 10, last: '' } })).state).toEqual({
      n: 11,
      last: 'A',
    });
  });

  it('reads inside a caller’s transaction', async () => {
    const id = `test-${randomUUID()}`;
    const seen = await tdb.app.db.transaction().execute(async (trx) => {
      await store.append(id, [ev('A')], { trx });
      return store.aggregateStream(id, { evolve: count }, {}, trx);
    });
    expect(seen.state).toEqual({ n: 1, last: 'A' });
  });
});

describe('positions, checkpoints and the export page', () => {
  it('eventCheckpoint names the (transaction, position) pair of a stored event, null otherwise', async () => {
    const r = await store.append(`test-${randomUUID()}`, [ev('A')]);
    const cp = await eventCheckpoint(tdb.app.db, r.lastPosition);
    expect(cp).toEqual(await store.checkpointOf(r.lastPosition));
    expect(cp?.position).toBe(r.lastPosition);
    expect(await eventCheckpoint(tdb.app.db, r.lastPosition + 1000)).toBeNull();
  });

  it('checkpointsReached waits for every named follower, in (transaction, position) order', async () => {
    const r = await store.append(`test-${randomUUID()}`, [ev('A')]);
    const cp = (await eventCheckpoint(tdb.app.db, r.lastPosition))!;
    const checkpoints = new CheckpointStore(tdb.app.db);
    await checkpoints.save('test:one', cp);
    expect(await checkpointsReached(tdb.app.db, ['test:one', 'test:two'], r.lastPosition)).toBe(false);
    await checkpoints.save('test:two', { ...cp, position: cp.position - 1 });
    expect(await checkpointsReached(tdb.app.db, ['test:one', 'test:two'], r.lastPosition)).toBe(false);
    await checkpoints.save('test:two', cp);
    expect(await checkpointsReached(tdb.app.db, ['test:one', 'test:two'], r.lastPosition)).toBe(true);
    expect(await checkpointsReached(tdb.app.db, ['test:one'], r.lastPosition + 1000)).toBe(false);
    expect(await checkpointsReached(tdb.app.db, ['test:one'], 0)).toBe(true);
  });

  it('followersAtHead tells which followers moved and which reached the last event', async () => {
    const checkpoints = new CheckpointStore(tdb.app.db);
    await checkpoints.save('head:idle', LOG_START);
    const r = await store.append(`test-${randomUUID()}`, [ev('A')]);
    await checkpoints.save('head:done', (await eventCheckpoint(tdb.app.db, r.lastPosition))!);
    const rows = await followersAtHead(tdb.app.db, ['head:idle', 'head:done']);
    expect(rows.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'head:done', moved: true, done: true },
      { name: 'head:idle', moved: false, done: false },
    ]);
  });

  it('countEvents counts the log; logFullyReadable is true once nothing is in flight', async () => {
    const before = await countEvents(tdb.app.db);
    await store.append(`test-${randomUUID()}`, [ev('A'), ev('B')]);
    expect(await countEvents(tdb.app.db)).toBe(before + 2);
    const deadline = Date.now() + 10_000;
    while (!(await logFullyReadable(tdb.app.db)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await logFullyReadable(tdb.app.db)).toBe(true);
  });

  it('exportLogPage renders stored events as JSON lines, in log order after a checkpoint and below the horizon', async () => {
    const id = `test-${randomUUID()}`;
    const r = await store.append(id, [ev('A', { x: 1 }), ev('B', { x: 2 })], { expectedVersion: 'no_stream' });
    let horizon = await snapshotHorizon(tdb.app.db);
    for (
      const deadline = Date.now() + 10_000;
      BigInt(horizon) <= BigInt((await eventCheckpoint(tdb.app.db, r.lastPosition))!.transactionId) &&
      Date.now() < deadline;
    ) {
      await new Promise((res) => setTimeout(res, 50));
      horizon = await snapshotHorizon(tdb.app.db);
    }
    const rows: Array<{ transaction_id: string; position: number; line: string }> = [];
    for (let after = { ...LOG_START }; ;) {
      const page = await exportLogPage(tdb.app.db, after, horizon, 3);
      rows.push(...page);
      if (page.length < 3) break;
      after = { transactionId: page[2].transaction_id, position: page[2].position };
    }
    expect(rows.map((x) => x.position)).toEqual(
      (await store.readAll(LOG_START, 10_000))
        .filter((e) => BigInt(e.transactionId) < BigInt(horizon))
        .map((e) => e.position),
    );
    const mine = rows.map((x) => JSON.parse(x.line)).filter((l) => l.streamId === id);
    expect(mine.map((l) => [l.type, l.streamVersion, l.data])).toEqual([
      ['A', 1, { x: 1 }],
      ['B', 2, { x: 2 }],
    ]);
    expect(mine[1].recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    // Nothing at or above the horizon.
    expect(await exportLogPage(tdb.app.db, LOG_START, '1', 10)).toEqual([]);
  });

  it('eventsOfTypes reads every event of the types, oldest first', async () => {
    const a = `typed-${randomUUID()}`;
    const b = `typed-${randomUUID()}`;
    await store.append(a, [ev('TypedOne', { i: 1 })]);
    await store.append(b, [ev('TypedTwo', { i: 2 }), ev('Other')]);
    await store.append(a, [ev('TypedTwo', { i: 3 })]);
    const rows = await eventsOfTypes(tdb.app.db, ['TypedOne', 'TypedTwo']);
    expect(rows.map((r) => [r.stream_id, r.type, r.data])).toEqual([
      [a, 'TypedOne', { i: 1 }],
      [b, 'TypedTwo', { i: 2 }],
      [a, 'TypedTwo', { i: 3 }],
    ]);
    expect(rows[0].recorded_at).toBeInstanceOf(Date);
    expect(await eventsOfTypes(tdb.app.db, [])).toEqual([]);
    expect((await eventsOfTypes(tdb.app.db, ['TypedOne', 'TypedTwo'], { limit: 2 })).map((r) => r.data)).toEqual([
      { i: 1 },
      { i: 2 },
    ]);
    const before = await eventsOfTypes(tdb.app.db, ['TypedOne', 'TypedTwo'], { recordedBefore: rows[2].recorded_at });
    expect(before.map((r) => r.data)).toEqual([{ i: 1 }, { i: 2 }]);
  });

  it('recordedAtFrom is when the first event at or after a position was recorded', async () => {
    const id = `test-${randomUUID()}`;
    const r = await store.append(id, [ev('A')]);
    const [e] = await store.readStream(id);
    expect(await recordedAtFrom(tdb.app.db, r.lastPosition)).toEqual(e.recordedAt);
    expect(await recordedAtFrom(tdb.app.db, r.lastPosition + 1000)).toBeNull();
  });

  it('streamVersionAnomalies finds nothing twice and no gaps in appended streams', async () => {
    const ids = [`test-${randomUUID()}`, `test-${randomUUID()}`];
    for (const id of ids) await store.append(id, [ev('A'), ev('B'), ev('C')]);
    expect(await streamVersionAnomalies(tdb.app.db, ids)).toEqual({ twice: 0, gaps: 0 });
    expect(await streamVersionAnomalies(tdb.app.db, [])).toEqual({ twice: 0, gaps: 0 });
  });
});

describe('claim queries', () => {
  const groupId = randomUUID();
  const incident = () => `incident-${randomUUID()}`;
  const claim = (claimId: string, claimedAt: string, gid = groupId) =>
    ev('ClaimRecorded', { claimId, groupId: gid, claimedAt });

  it('claimHistory counts the group’s other claims of the 24 months before, and their retractions', async () => {
    const [c1, c2, c3, old, other, self] = Array.from({ length: 6 }, () => randomUUID());
    const s1 = incident();
    await store.append(s1, [claim(c1, '2023-05-01T00:00:00Z'), claim(c2, '2024-01-01T00:00:00Z')]);
    await store.append(incident(), [
      claim(c3, '2024-02-01T00:00:00Z'),
      claim(old, '2021-01-01T00:00:00Z'),
      claim(other, '2024-01-01T00:00:00Z', randomUUID()),
    ]);
    await store.append(s1, [ev('ClaimRetracted', { claimId: c2, groupId, retractionId: randomUUID() })]);
    const at = { groupId, claimId: self, claimedAt: '2024-03-01T00:00:00Z' };
    expect(await claimHistory(tdb.app.db, at)).toEqual({ claims: 3, retracted: 1 });
    expect(await claimHistory(tdb.app.db, { ...at, claimId: c3 })).toEqual({ claims: 2, retracted: 1 });
    expect(await claimHistory(tdb.app.db, { ...at, groupId: randomUUID() })).toEqual({ claims: 0, retracted: 0 });
  });

  it('claimsAwaitingVerdict pages old ClaimRecorded events and keeps those without a CorroborationCompleted', async () => {
    const t = await createTestDatabase('log_queries_sweep');
    try {
      const s = new EventStore(t.app.db, undefined, -1);
      const [answered, open1, open2] = [randomUUID(), randomUUID(), randomUUID()];
      const stream = incident();
      await s.append(stream, [claim(answered, '2024-01-01T00:00:00Z'), claim(open1, '2024-01-01T00:00:00Z')]);
      await s.append(stream, [ev('CorroborationCompleted', { claimId: answered, checks: [] })]);
      await s.append(incident(), [claim(open2, '2024-01-01T00:00:00Z')]);
      expect(await claimsAwaitingVerdict(t.app.db, 0, 60_000, 10)).toEqual({ last: 0, due: [] });
      await new Promise((r) => setTimeout(r, 60));
      const first = await claimsAwaitingVerdict(t.app.db, 0, 50, 2);
      expect(first.due.map((d) => d.claimId)).toEqual([open1]);
      expect(first.due[0].trigger).toMatchObject({ stream_id: stream, type: 'ClaimRecorded', stream_version: 2 });
      expect(typeof first.due[0].trigger.transaction_id).toBe('string');
      const second = await claimsAwaitingVerdict(t.app.db, first.last, 50, 2);
      expect(second.due.map((d) => d.claimId)).toEqual([open2]);
      expect(await claimsAwaitingVerdict(t.app.db, second.last, 50, 2)).toEqual({ last: 0, due: [] });
    } finally {
      await t.drop();
    }
  });

  // Issue 16 item 12: a re-evaluation lost with Redis' data left a stale verdict that the sweep never saw.
  it('claimsAwaitingVerdict keeps a claim whose latest trigger is newer than its latest verdict, with that trigger', async () => {
    const t = await createTestDatabase('log_queries_stale');
    try {
      const s = new EventStore(t.app.db, undefined, -1);
      const [fresh, sourced, active, retracted] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const verdict = async (stream: string, claimId: string, causePosition: number) =>
        s.append(stream, [ev('CorroborationCompleted', { claimId, checks: { cause: { position: causePosition } } })]);
      // A verdict on the claim itself: up to date.
      const a = incident();
      const r1 = await s.append(a, [claim(fresh, '2024-01-01T00:00:00Z')]);
      await verdict(a, fresh, r1.lastPosition);
      // A source added after the verdict: due, with the ClaimSourceAdded as its trigger.
      const b = incident();
      const r2 = await s.append(b, [claim(sourced, '2024-01-01T00:00:00Z')]);
      await verdict(b, sourced, r2.lastPosition);
      const added = await s.append(b, [ev('ClaimSourceAdded', { claimId: sourced, sourceId: randomUUID() })]);
      // A denial after both verdicts re-runs the active claim, not the one retracted (and re-evaluated) before it.
      const c = incident();
      const r3 = await s.append(c, [claim(active, '2024-01-01T00:00:00Z'), claim(retracted, '2024-01-01T00:00:00Z')]);
      await verdict(c, active, r3.lastPosition - 1);
      const gone = await s.append(c, [ev('ClaimRetracted', { claimId: retracted, groupId })]);
      await verdict(c, retracted, gone.lastPosition);
      const denied = await s.append(c, [ev('ClaimDenied', { groupId: randomUUID() })]);
      await new Promise((r) => setTimeout(r, 60));

      const { due } = await claimsAwaitingVerdict(t.app.db, 0, 50, 10);
      expect(due.map((d) => [d.claimId, d.trigger.type, Number(d.trigger.position)])).toEqual([
        [sourced, 'ClaimSourceAdded', added.lastPosition],
        [active, 'ClaimDenied', denied.lastPosition],
      ]);
      // Once the latest trigger has its verdict, nothing is due.
      await verdict(b, sourced, added.lastPosition);
      await verdict(c, active, denied.lastPosition);
      await new Promise((r) => setTimeout(r, 60));
      expect((await claimsAwaitingVerdict(t.app.db, 0, 50, 10)).due).toEqual([]);
    } finally {
      await t.drop();
    }
  });

  // Issue 16 item 12: a spokesperson's record changing re-weighs every claim naming them; lost with
  // Redis, that re-evaluation must be found by the sweep too.
  it('claimsAwaitingVerdict keeps a claim whose spokesperson’s record changed after its verdict', async () => {
    const t = await createTestDatabase('log_queries_spokesperson');
    try {
      const s = new EventStore(t.app.db, undefined, -1);
      const [person, someoneElse] = [randomUUID(), randomUUID()];
      const [spoken, other, quiet, gone] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const spokenBy = (claimId: string, personId: string) =>
        ev('ClaimRecorded', { claimId, groupId, claimedAt: '2024-01-01T00:00:00Z', spokespersonId: personId });
      const verdict = async (stream: string, claimId: string, causePosition: number) =>
        s.append(stream, [ev('CorroborationCompleted', { claimId, checks: { cause: { position: causePosition } } })]);
      const [a, b, c] = [incident(), incident(), incident()];
      const ra = await s.append(a, [spokenBy(spoken, person)]);
      await verdict(a, spoken, ra.lastPosition);
      const rb = await s.append(b, [spokenBy(other, person)]);
      await verdict(b, other, rb.lastPosition);
      const rc = await s.append(c, [spokenBy(quiet, someoneElse), spokenBy(gone, person)]);
      await verdict(c, quiet, rc.lastPosition - 1);
      const retractedFirst = await s.append(c, [ev('ClaimRetracted', { claimId: gone, groupId })]);
      await verdict(c, gone, retractedFirst.lastPosition);
      // One of the person's statements assessed: both of their active claims are due, with it as trigger.
      const statement = `statement-${randomUUID()}`;
      await s.append(statement, [ev('StatementRecorded', { authorPersonId: person })]);
      const assessed = await s.append(statement, [ev('StatementAssessed', { verdict: 'fabricated' })]);
      await new Promise((r) => setTimeout(r, 60));
      const byClaim = async () =>
        (await claimsAwaitingVerdict(t.app.db, 0, 50, 10)).due.map((d) => [
          d.claimId,
          d.incidentId,
          d.trigger.type,
          Number(d.trigger.position),
        ]);
      expect(await byClaim()).toEqual([
        [spoken, a.slice('incident-'.length), 'StatementAssessed', assessed.lastPosition],
        [other, b.slice('incident-'.length), 'StatementAssessed', assessed.lastPosition],
      ]);
      // Then a review of one of his claims resolved: the latest trigger for both is that resolution.
      await verdict(a, spoken, assessed.lastPosition);
      await verdict(b, other, assessed.lastPosition);
      const resolved = await s.append(b, [ev('ReviewResolved', { claimId: other, decision: 'reject' })]);
      await new Promise((r) => setTimeout(r, 60));
      expect(await byClaim()).toEqual([
        [spoken, a.slice('incident-'.length), 'ReviewResolved', resolved.lastPosition],
        [other, b.slice('incident-'.length), 'ReviewResolved', resolved.lastPosition],
      ]);
      await verdict(a, spoken, resolved.lastPosition);
      await verdict(b, other, resolved.lastPosition);
      await new Promise((r) => setTimeout(r, 60));
      expect(await byClaim()).toEqual([]);
    } finally {
      await t.drop();
    }
  });

  it('latestVerdictChecks is the checks of the last verdict on the claim', async () => {
    const incidentId = randomUUID();
    const [claimId, otherClaim] = [randomUUID(), randomUUID()];
    await store.append(`incident-${incidentId}`, [
      ev('CorroborationCompleted', { claimId, checks: [{ name: 'first' }] }),
      ev('CorroborationCompleted', { claimId: otherClaim, checks: [{ name: 'other' }] }),
      ev('CorroborationCompleted', { claimId, checks: [{ name: 'latest' }] }),
    ]);
    const { rows } = await sql<{ checks: unknown; none: unknown }>`
      select ${latestVerdictChecks(sql.val(incidentId), sql.val(claimId))} as checks,
             ${latestVerdictChecks(sql.val(incidentId), sql.val(randomUUID()))} as none`.execute(tdb.app.db);
    expect(rows[0]).toEqual({ checks: [{ name: 'latest' }], none: null });
  });

  it('claimEventTimes answers when retractions and authenticity assessments were recorded', async () => {
    const stream = incident();
    const [claimId, retractionId] = [randomUUID(), randomUUID()];
    await store.append(stream, [
      claim(claimId, '2024-01-01T00:00:00Z'),
      ev('ClaimRetracted', { claimId, groupId, retractionId }),
      ev('ClaimAuthenticityAssessed', { claimId, verdict: 'doubtful' }),
    ]);
    const times = await claimEventTimes(tdb.app.db, [stream, incident()]);
    expect(times.map((t) => [t.type, t.retraction_id, t.claim_id]).sort()).toEqual([
      ['ClaimAuthenticityAssessed', null, claimId],
      ['ClaimRetracted', retractionId, claimId],
    ]);
    expect(times.every((t) => t.recorded_at instanceof Date)).toBe(true);
    expect(await claimEventTimes(tdb.app.db, [])).toEqual([]);
  });

  it('verdictTimes answers, per claim with a verdict, when it was recorded and judged', async () => {
    const [judged, open] = [randomUUID(), randomUUID()];
    const stream = incident();
    await store.append(stream, [claim(judged, '2024-01-01T00:00:00Z'), claim(open, '2024-01-01T00:00:00Z')]);
    await new Promise((r) => setTimeout(r, 10));
    await store.append(stream, [ev('CorroborationCompleted', { claimId: judged, checks: [] })]);
    await new Promise((r) => setTimeout(r, 10));
    await store.append(stream, [ev('CorroborationCompleted', { claimId: judged, checks: [] })]);
    const times = await verdictTimes(tdb.app.db, [judged, open]);
    expect(times.map((t) => t.claim_id)).toEqual([judged]);
    const t = times[0];
    expect(t.first_verdict_at.getTime()).toBeLessThan(t.last_verdict_at.getTime());
    expect(t.verdict_ms).toBeGreaterThanOrEqual(9);
    expect(Math.abs(t.verdict_ms - (t.first_verdict_at.getTime() - t.claim_recorded_at.getTime()))).toBeLessThan(1);
    expect(await verdictTimes(tdb.app.db, [])).toEqual([]);
    expect(await verdictCount(tdb.app.db, [judged, open])).toBe(1);
  });

  it('reviewStreamId finds the stream a review was requested in', async () => {
    const stream = incident();
    const reviewId = randomUUID();
    await store.append(stream, [ev('ReviewRequested', { reviewId, claimId: randomUUID() })]);
    expect(await reviewStreamId(tdb.app.db, reviewId)).toBe(stream);
    expect(await reviewStreamId(tdb.app.db, randomUUID())).toBeNull();
  });
});
