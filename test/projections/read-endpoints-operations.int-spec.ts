// docs/API.md "Operations" for projections and `minPosition`: the admin projections view, rebuilds, and
// reading one's writes, on the scenario of support/read-scenario.ts.
import { describe, expect, it } from '@jest/globals';
import { PROJECTIONS, RebuildRunner } from '@app/projections';
import { bearer } from '../support/test-app.js';
import { APP_ROLE } from '../support/test-database.js';
import { api, get, I, NAMES, post, read, S, sorted, t, useReadScenario } from './support/read-scenario.js';

useReadScenario('proj_reads_operations');

describe('operations', () => {
  it('GET /v1/admin/projections is for admins: each read model with its position, lag and last rebuild', async () => {
    expect((await get('/v1/admin/projections', 'reporter')).status).toBe(403);
    expect((await get('/v1/admin/projections', 'analyst')).status).toBe(403);
    expect((await t.http.get('/v1/admin/projections')).status).toBe(401);
    const body = await read('/v1/admin/projections', 'admin');
    // Every registered read model (persons and statements joined in issue 17).
    expect(sorted(body.items.map((x: any) => x.name))).toEqual(sorted(PROJECTIONS.map((p) => p.name)));
    expect(body.items.map((x: any) => x.name)).toEqual(
      expect.arrayContaining(['groups', 'incidents', 'sources', 'persons']),
    );
    for (const item of body.items)
      expect(item).toEqual({
        name: item.name,
        position: api.head,
        lag: 0,
        lastRebuild: null,
        failing: null,
        parked: [],
      });
  });

  it(
    'a rebuild requested by an admin is 202 with an id, ' +
      '409 with the running id while it runs, and reported once done',
    async () => {
      expect((await t.http.post('/v1/admin/projections/all/rebuild').set(bearer(t.keys.analyst))).status).toBe(403);
      const res = await t.http.post('/v1/admin/projections/all/rebuild').set(bearer(t.keys.admin));
      expect(res.status).toBe(202);
      const id = res.body.id;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const again = await t.http.post('/v1/admin/projections/incidents/rebuild').set(bearer(t.keys.admin));
      expect(again.status).toBe(409);
      expect(again.body.id).toBe(id);
      expect((await read(`/v1/admin/rebuilds/${id}`, 'admin')).status).toBe('running');

      // No worker consumes this suite's private queue: run the recorded rebuild as the worker would.
      const report = await new RebuildRunner(t.tdb.owner.db).run(id, { appRole: APP_ROLE, batchSize: 100 });
      expect(report.status).toBe('succeeded');
      const done = await read(`/v1/admin/rebuilds/${id}`, 'admin');
      expect(done).toMatchObject({
        id,
        projection: 'all',
        status: 'succeeded',
        startedAt: expect.any(String),
        finishedAt: expect.any(String),
        drift: { rows: 0, sample: [] },
      });
      expect(done.events).toBeGreaterThan(0);
      expect(done.eventsPerSecond).toBeGreaterThan(0);
      const projections = await read('/v1/admin/projections', 'admin');
      for (const item of projections.items) expect(item.lastRebuild).toEqual(done);
      // The models still answer, from the swapped-in tables.
      expect((await read(`/v1/incidents/${I.I6}`)).status).toBe('claimed');
      expect((await get('/v1/admin/rebuilds/00000000-0000-4000-8000-000000000000', 'admin')).status).toBe(404);
    },
  );

  it('minPosition beyond anything applied is 503 with Retry-After after the configured wait', async () => {
    const saved = process.env.MIN_POSITION_WAIT_MS;
    process.env.MIN_POSITION_WAIT_MS = '300';
    try {
      const started = Date.now();
      const res = await get(`/v1/incidents/${I.I1}?minPosition=${api.head + 1000}`);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toEqual(expect.any(String));
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.status).toBe(503);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect((await get(`/v1/groups?minPosition=${api.head + 1000}`)).status).toBe(503);
    } finally {
      if (saved === undefined) delete process.env.MIN_POSITION_WAIT_MS;
      else process.env.MIN_POSITION_WAIT_MS = saved;
    }
    const bad = await get(`/v1/incidents/${I.I1}?minPosition=-1`);
    expect(bad.status).toBe(400);
  });

  it('minPosition of a write just made reads that write at once', async () => {
    const created = await post('/v1/incidents', 'reporter', {
      occurredAt: '2023-08-01',
      location: { country: 'PK' },
      type: 'armed_assault',
      sourceIds: [S.dawn],
    });
    const claimed = await post(`/v1/incidents/${created.id}/claims`, 'reporter', {
      group: 'TJP',
      channel: 'video',
      claimedAt: '2023-08-01T18:00:00Z',
      sourceId: S.umar,
    });
    const res = await get(`/v1/incidents/${created.id}?minPosition=${claimed.position}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.id, status: 'claimed', version: 2, position: claimed.position });
    expect(res.body.claims).toEqual([
      expect.objectContaining({ id: claimed.id, groupName: NAMES.tjp, status: 'active' }),
    ]);
  });
});
