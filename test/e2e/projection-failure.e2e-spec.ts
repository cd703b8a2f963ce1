// Issue 16 item 3: an `IncidentReported` with data `{}` (inserted as the app role) stopped the
// incidents projection for good, logged at info, while /health stayed ok. Now: the runner narrows
// to the failing event, records it (error-level log and metric at once), /health turns degraded and
// 503 after HEALTH_PROJECTION_STALL_MS naming projection, position and error; an admin parks the
// event (reason, actor, time; shown in /v1/admin/projections; honoured by rebuilds) and the model
// moves on; unpark removes it. And the app's own writer can no longer append such an event.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { register } from 'prom-client';
import { EventDataInvalidError, evolveIncident, incidentStreamId, StreamWriter } from '@app/domain';
import { EventStore } from '@app/event-store';
import { RebuildRunner, type ProjectionRunner } from '@app/projections';
import { startProjectionRunner } from '../support/projections.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { until } from '../support/until.js';
import { Seeder } from './support/e2e.js';

let t: TestApp;
let runner: ProjectionRunner;
let seed: Seeder;
const errors: Array<{ msg: string; fields: Record<string, unknown> }> = [];
let bad: { eventId: string; position: number };

beforeAll(async () => {
  t = await createTestApp('e2e_projection_failure', { HEALTH_PROJECTION_STALL_MS: '300' });
  seed = new Seeder(t);
  runner = startProjectionRunner(t.tdb, { logError: (msg, fields) => errors.push({ msg, fields }) });
});
afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

const admin = () => bearer(t.keys.admin);
const incidentsItem = async () =>
  (await t.http.get('/v1/admin/projections').set(admin())).body.items.find((i: any) => i.name === 'incidents');
const metric = async (name: string) =>
  (await register.getSingleMetric(name)?.get())?.values.find((v) => v.labels.projection === 'incidents')?.value;

describe('a projection stopped by one bad event', () => {
  it('records the event it is stopped at, at error level and in the metrics at once', async () => {
    await seed.incident();
    // Behind the writer's back, as the app role: what the red team did.
    const streamId = incidentStreamId(randomUUID());
    const { rows } = await sql<{ event_id: string; position: string }>`
      insert into events (stream_id, stream_type, stream_version, event_id, type, schema_version, data, metadata)
      values (${streamId}, 'incident', 1, gen_random_uuid(), 'IncidentReported', 1, '{}'::jsonb, '{}'::jsonb)
      returning event_id::text, position`.execute(t.tdb.app.db);
    bad = { eventId: rows[0].event_id, position: Number(rows[0].position) };
    const failing = await until(
      'the failure to be recorded',
      async () => (await incidentsItem())?.failing ?? undefined,
    );
    expect(failing).toMatchObject({ position: bad.position, eventId: bad.eventId, type: 'IncidentReported' });
    expect(failing.error).toEqual(expect.any(String));
    expect(errors[0]).toMatchObject({
      msg: expect.stringContaining(`projection incidents is stopped at position ${bad.position}`),
      fields: { alarm: 'projection-stopped', projection: 'incidents', position: bad.position, eventId: bad.eventId },
    });
    expect(await metric('claimtrail_projection_failing_position')).toBe(bad.position);
    expect(await metric('claimtrail_projection_event_failures_total')).toBeGreaterThanOrEqual(1);
  });

  it(
    '/health is degraded and 503 once the stall outlasts ' +
      'HEALTH_PROJECTION_STALL_MS, naming projection, position and error',
    async () => {
      const res = await until('health to turn 503', async () => {
        const r = await t.http.get('/health');
        return r.status === 503 ? r : undefined;
      });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toContain(`incidents stopped at position ${bad.position}`);
      expect(res.body.health.status).toBe('degraded');
      expect(res.body.health.details.projections).toMatchObject({
        status: 'degraded',
        alarm: 'projection-stopped',
        stopped: [{ projection: 'incidents', position: bad.position, eventId: bad.eventId, error: expect.any(String) }],
      });
    },
  );

  it('a later incident stays unread while the model is stopped', async () => {
    const id = await seed.incident({ occurredAt: '2023-08-01' });
    const res = await t.http.get(`/v1/incidents/${id}`).set(bearer(t.keys.reporter));
    expect(res.status).toBe(404);
  });

  it('only an admin parks; 422 naming eventId for an event the log lacks; 400 without a reason', async () => {
    const body = { eventId: bad.eventId, reason: 'empty report inserted by hand' };
    for (const role of ['reporter', 'analyst'] as const)
      expect(
        (await t.http.post('/v1/admin/projections/incidents/parked').set(bearer(t.keys[role])).send(body)).status,
      ).toBe(403);
    const missing = await t.http
      .post('/v1/admin/projections/incidents/parked')
      .set(admin())
      .send({ eventId: randomUUID(), reason: 'x' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'eventId' })]);
    const noReason = await t.http
      .post('/v1/admin/projections/incidents/parked')
      .set(admin())
      .send({ eventId: bad.eventId });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body.errors)).toContain('reason');
    expect((await t.http.post('/v1/admin/projections/all/parked').set(admin()).send(body)).status).toBe(400);
    expect((await incidentsItem()).parked).toEqual([]);
  });

  it('parking the event lets the model move on; the park is kept with reason, actor and time and listed', async () => {
    const res = await t.http
      .post('/v1/admin/projections/incidents/parked')
      .set(admin())
      .send({ eventId: bad.eventId, reason: 'empty report inserted by hand' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      projection: 'incidents',
      eventId: bad.eventId,
      position: bad.position,
      type: 'IncidentReported',
      reason: 'empty report inserted by hand',
      actor: { role: 'admin' },
      parkedAt: expect.any(String),
    });
    const again = await t.http
      .post('/v1/admin/projections/incidents/parked')
      .set(admin())
      .send({ eventId: bad.eventId, reason: 'again' });
    expect(again.status).toBe(409);
    const later = await seed.incident({ occurredAt: '2023-09-01' });
    const read = await until('the later incident to be read', async () => {
      const r = await t.http.get(`/v1/incidents/${later}`).set(bearer(t.keys.reporter));
      return r.status === 200 ? r : undefined;
    });
    expect(read.body.id ?? read.body.incidentId).toBe(later);
    const item = await until('the failure to clear', async () => {
      const i = await incidentsItem();
      return i.failing === null ? i : undefined;
    });
    expect(item.parked).toEqual([
      expect.objectContaining({ eventId: bad.eventId, reason: 'empty report inserted by hand' }),
    ]);
    expect((await t.http.get('/health')).status).toBe(200);
    expect(await metric('claimtrail_projection_failing_position')).toBe(0);
  });

  it('a rebuild honours the park (without it, the same event fails the replay)', async () => {
    const rebuilds = new RebuildRunner(t.tdb.owner.db);
    const id = await rebuilds.begin('incidents', 'test');
    const report = await rebuilds.run(id, { appRole: 'claimtrail_app' });
    expect(report).toMatchObject({ status: 'succeeded', drift: { rows: 0 } });
  });

  it('unpark removes it (admin only); a second unpark is 404', async () => {
    expect(
      (await t.http.delete(`/v1/admin/projections/incidents/parked/${bad.eventId}`).set(bearer(t.keys.analyst))).status,
    ).toBe(403);
    const unparked = await t.http.delete(`/v1/admin/projections/incidents/parked/${bad.eventId}`).set(admin());
    expect(unparked.status).toBe(200);
    expect(unparked.body).toMatchObject({ eventId: bad.eventId, reason: 'empty report inserted by hand' });
    expect((await incidentsItem()).parked).toEqual([]);
    expect((await t.http.delete(`/v1/admin/projections/incidents/parked/${bad.eventId}`).set(admin())).status).toBe(
      404,
    );
    const rebuilds = new RebuildRunner(t.tdb.owner.db);
    const id = await rebuilds.begin('incidents', 'test');
    expect((await rebuilds.run(id, { appRole: 'claimtrail_app' })).status).toBe('failed');
  });
});

describe('appends validate event data against its type', () => {
  it("the app's writer refuses an IncidentReported with data {} and stores nothing", async () => {
    const writer = t.app.get(StreamWriter);
    const streamId = incidentStreamId(randomUUID());
    await expect(
      writer.write({
        streamId,
        evolve: evolveIncident,
        ctx: { actor: { keyId: 'test', role: 'admin', name: 'test' }, correlationId: 'c' },
        resultId: 'x',
        decide: () => [{ type: 'IncidentReported', data: {} as never }],
      }),
    ).rejects.toThrow(EventDataInvalidError);
    expect(await new EventStore(t.tdb.app.db).streamVersion(streamId)).toBe(0);
  });
});
