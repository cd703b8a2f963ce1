// Issue 16 item 9: deleting the last events and their seal as superuser leaves a chain that verifies
// on its own. Verify now returns the head (position, hash), the sealer reports it at every seal, and
// a head kept elsewhere (?expectHead=hash@position) makes a truncated tail fail.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { FOLLOWERS } from '@app/config';
import { EventStore, LedgerSealer } from '@app/event-store';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const heads: Array<{ position: number; hash: string }> = [];

beforeAll(async () => {
  t = await createTestApp('e2e_ledger_head');
  const store = new EventStore(t.tdb.app.db);
  const sealer = new LedgerSealer(t.tdb.app.db, {
    checkpoint: FOLLOWERS.sealer,
    batchSize: 3,
    onSealed: (h) => heads.push({ position: h.position, hash: h.hash }),
  });
  let sealed = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 3; j++) await store.append(`test-${randomUUID()}`, [{ type: 'Noted', data: { i, j } }]);
    // Other databases' transactions can hold the snapshot back a moment: seal until this round is in.
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      sealed += await sealer.drain();
      if (sealed >= 3 * (i + 1)) break;
    }
  }
});
afterAll(async () => t?.close());

const verify = (query = '') => t.http.get(`/v1/ledger/verify${query}`).set(bearer(t.keys.reporter));

describe('ledger head', () => {
  it('verify returns the head, the one the sealer reported at its last seal', async () => {
    expect(heads.length).toBeGreaterThanOrEqual(4);
    const res = await verify();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, head: heads[heads.length - 1], expectedHead: null });
    expect(res.body.head.hash).toMatch(/^[0-9a-f]{64}$/);
    const last = heads[heads.length - 1];
    const kept = await verify(`?expectHead=${last.hash}@${last.position}`);
    expect(kept.body).toMatchObject({ ok: true, expectedHead: { ...last, reached: true } });
    // An older head is still reached: the chain passes through it.
    const older = heads[1];
    expect((await verify(`?expectHead=${older.hash}@${older.position}`)).body).toMatchObject({
      ok: true,
      expectedHead: { ...older, reached: true },
    });
  });

  it('a wrong hash at a sealed position fails naming it', async () => {
    const h = heads[1];
    const res = await verify(`?expectHead=${'a'.repeat(64)}@${h.position}`);
    expect(res.body).toMatchObject({
      ok: false,
      firstMismatch: { position: h.position, reason: expect.stringMatching(/another hash/) },
    });
  });

  it(
    'a truncated tail (last seal and its events deleted as superuser) ' +
      'verifies alone, and fails against the kept head',
    async () => {
      const kept = heads[heads.length - 1];
      await t.tdb.owner.db.connection().execute(async (conn) => {
        const { rows } = await sql<{ id: number; from_p: number }>`
        select seal_id as id, from_position as from_p from ledger_seals order by seal_id desc limit 1`.execute(conn);
        await sql`alter table events disable trigger events_reject_delete`.execute(conn);
        await sql`alter table ledger_seals disable trigger ledger_seals_reject_delete`.execute(conn);
        await sql`delete from events where position > ${rows[0].from_p}`.execute(conn);
        await sql`delete from ledger_seals where seal_id = ${rows[0].id}`.execute(conn);
        await sql`alter table events enable trigger events_reject_delete`.execute(conn);
        await sql`alter table ledger_seals enable trigger ledger_seals_reject_delete`.execute(conn);
      });
      const alone = await verify();
      expect(alone.body).toMatchObject({ ok: true, head: heads[heads.length - 2] });
      const res = await verify(`?expectHead=${kept.hash}@${kept.position}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        ok: false,
        head: heads[heads.length - 2],
        expectedHead: { ...kept, reached: false },
        firstMismatch: { reason: expect.stringMatching(/^truncated: .*expected head \(position \d+\)/) },
      });
    },
  );

  it.each(['abc@1', `${'0'.repeat(64)}`, `${'0'.repeat(64)}@-1`, `${'g'.repeat(64)}@1`])(
    'expectHead=%s is 400 naming expectHead',
    async (bad) => {
      const res = await verify(`?expectHead=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(res.body.errors)).toContain('expectHead');
    },
  );
});
