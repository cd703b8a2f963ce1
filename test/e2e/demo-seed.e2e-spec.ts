// `npm run seed:demo` against a real API (docs/API.md "People"; issue: demo data from public
// reporting): the script runs as a user runs it, then the reads answer what the demo is for — who led
// ISKP in mid-2015, the concealed deaths, Ehsanullah Ehsan's record beside a spokesman whose
// statement held up — and every person entry carries a citation. A second run records nothing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ProjectionRunner } from '@app/projections';
import { ids } from '../../scripts/seed-demo-ids.mjs';
import { demoPeople } from '../../scripts/seed-demo-people.mjs';
import { startProjectionRunner } from '../support/projections.js';
import { ADMIN_KEY, bearer, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let runner: ProjectionRunner;
let url: string;
let head = 0;

/** The script as a user runs it, in a child process (the API answers from this one, so never spawnSync). */
async function seed(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/seed-demo.mjs'], {
    env: { ...process.env, CT: url, ADMIN: ADMIN_KEY, CLAIMTRAIL_ADMIN_KEY: '' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return stdout;
}

const get = async (path: string) => {
  const res = await t.http.get(path).query({ minPosition: head }).set(bearer(t.keys.reporter));
  expect(res.status).toBe(200);
  return res.body;
};

beforeAll(async () => {
  t = await createTestApp('demo_seed');
  await t.app.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  runner = startProjectionRunner(t.tdb);
}, 60_000);

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('npm run seed:demo', () => {
  it('records the scenario with people and statements, and a second run records nothing', async () => {
    const first = await seed();
    const calls = Number(/: (\d+) calls, \1 recorded, 0 unchanged/.exec(first)?.[1]);
    expect(calls).toBeGreaterThan(100);
    const again = await seed();
    expect(again).toContain(`${calls} calls, 0 recorded, ${calls} unchanged`);
    const rows = await t.tdb.owner.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('position').as('p'))
      .execute();
    head = Number(rows[0].p);
  }, 240_000);

  it('names Hafiz Saeed Khan as ISKP’s leader on 2015-06-01 and not on 2017-06-01', async () => {
    const mid2015 = await get(`/v1/groups/${ids.iskp}/leadership?at=2015-06-01`);
    expect(mid2015.items.filter((i: any) => i.role === 'leader').map((i: any) => i.name)).toEqual(['Hafiz Saeed Khan']);
    const mid2017 = await get(`/v1/groups/ISKP/leadership?at=2017-06-01`);
    const leaders2017 = mid2017.items.filter((i: any) => i.role === 'leader').map((i: any) => i.name);
    expect(leaders2017).not.toContain('Hafiz Saeed Khan');
    expect(leaders2017).toEqual(['Abu Omar Khorasani']);
    // Where he came from: his TTP affiliation ended by defection to ISKP, with the report behind it.
    const hsk = await get(`/v1/persons?q=Saeed Khan Orakzai`);
    expect(hsk.items.map((p: any) => p.name)).toEqual(['Hafiz Saeed Khan']);
    const person = await get(`/v1/persons/${hsk.items[0].id}`);
    const ttp = person.affiliations.find((a: any) => a.groupName === 'Tehreek-e-Taliban Pakistan');
    expect(ttp).toMatchObject({ role: 'commander', endReason: 'defected', toGroupId: ids.iskp });
    expect(ttp.citation.url).toMatch(/^https:\/\//);
  });

  it('keeps Mullah Omar’s concealed death: died 2013, announced 2015', async () => {
    const omar = await get(`/v1/persons/${demoPeople.omar}`);
    expect(omar.statusHistory).toEqual([
      expect.objectContaining({ status: 'died', at: '2013-04-23', announcedAt: '2015-07-29' }),
    ]);
    const taliban2014 = await get(`/v1/groups/${ids.taliban}/leadership?at=2014-01-01`);
    expect(taliban2014.items.map((i: any) => i.name)).not.toContain('Mullah Omar');
  });

  it('shows Ehsanullah Ehsan’s fabricated and doubtful statements, and a credibility below Khurasani’s', async () => {
    const ehsan = await get(`/v1/persons/${demoPeople.ehsan}/track-record`);
    expect(ehsan.statements).toMatchObject({ total: 2, fabricated: 1, doubtful: 1, authentic: 0 });
    const khurasani = await get(`/v1/persons/${demoPeople.khurasani}/track-record`);
    expect(khurasani.statements).toMatchObject({ total: 1, authentic: 1 });
    expect(ehsan.credibility).toBeLessThan(khurasani.credibility);
    expect(ehsan.basis).toMatch(/1 fabricated/);
    const statements = await get(`/v1/statements?author=${demoPeople.ehsan}`);
    expect(statements.items.map((s: any) => s.verdict).sort()).toEqual(['doubtful', 'fabricated']);
    for (const s of statements.items) expect(s.citation.url).toMatch(/^https:\/\//);
  });

  it('cites a public report on every affiliation and status of every person', async () => {
    const persons = await get(`/v1/persons?limit=100`);
    expect(persons.items.length).toBeGreaterThanOrEqual(15);
    for (const p of persons.items) {
      const full = await get(`/v1/persons/${p.id}`);
      for (const entry of [...full.affiliations, ...full.statusHistory]) {
        expect({ person: p.name, url: entry.citation?.url }).toEqual({
          person: p.name,
          url: expect.stringMatching(/^https:\/\//),
        });
      }
    }
  });
});
