import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import {
  claimEventTimes,
  claimHistory,
  claimsAwaitingVerdict,
  EventStore,
  latestVerdictChecks,
  reviewStreamId,
  verdictCount,
  verdictTimes,
} from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// The named log queries over the incident streams' claim events (split from log-queries.int-spec.ts).
let tdb: TestDatabase;
let store: EventStore;

beforeAll(async () => {
  tdb = await createTestDatabase('claim_log_queries');
  store = new EventStore(tdb.app.db, undefined, -1);
});
afterAll(async () => tdb?.drop());

const ev = (type: string, data: unknown = {}) => ({ type, data });

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

  it(
    'claimsAwaitingVerdict pages old ClaimRecorded events ' + 'and keeps those without a CorroborationCompleted',
    async () => {
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
    },
  );

  // Issue 16 item 12: a re-evaluation lost with Redis' data left a stale verdict that the sweep never saw.
  it(
    'claimsAwaitingVerdict keeps a claim whose latest trigger ' + 'is newer than its latest verdict, with that trigger',
    async () => {
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
    },
  );

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
