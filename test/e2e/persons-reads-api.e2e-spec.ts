// The persons reads over persons written through the write API (POST /v1/persons, affiliations,
// their end): the demo case of a group's leadership on a date, and concurrent writers on the same
// persons read back as the fold of their streams. A projection runner follows the log.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personStreamId } from '@app/domain';
import { EventStore } from '@app/event-store';
import { ProjectionRunner } from '@app/projections';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { Seeder } from './support/e2e.js';
import { startProjectionRunner } from '../support/projections.js';

let t: TestApp;
let store: EventStore;
let runner: ProjectionRunner;
let last = 0;
let dawn: string;

/** A read that sees every write so far. */
const read = (path: string) =>
  t.http.get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${last}`).set(bearer(t.keys.reporter));

beforeAll(async () => {
  t = await createTestApp('e2e_persons_reads_api');
  store = new EventStore(t.tdb.app.db);
  const seed = new Seeder(t);
  dawn = await seed.source({ name: 'Dawn', kind: 'news', reliability: 'B' });
  await seed.group('Tehreek-e-Taliban Pakistan', ['TTP']);
  await seed.group('Islamic State Khorasan Province', ['ISKP', 'IS-K']);
  runner = startProjectionRunner(t.tdb, { store });
});

afterAll(async () => {
  await runner?.stop();
  await t?.close();
});

describe('through the write API', () => {
  const post = async (path: string, body: object, role: 'reporter' | 'analyst' = 'analyst') => {
    const res = await t.http.post(path).set(bearer(t.keys[role])).send(body);
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    last = Math.max(last, res.body.position);
    return res.body;
  };

  it(
    'the demo case recorded by POSTs: ' +
      'leader of ISKP 2015-01..2016-08, killed, on 2015-06-01 and not on 2017-06-01',
    async () => {
      const person = await post('/v1/persons', { name: 'Hafiz Saeed Khan', aliases: ['Abu Muhammad'] }, 'reporter');
      const aff = await post(`/v1/persons/${person.id}/affiliations`, {
        group: 'IS-K',
        role: 'leader',
        validFrom: '2015-01',
        sourceId: dawn,
      });
      await post(`/v1/persons/${person.id}/affiliations/${aff.id}/end`, { validTo: '2016-08', reason: 'killed' });
      const on = await read(`/v1/groups/ISKP/leadership?at=2015-06-01`);
      expect(on.body.items).toEqual([
        expect.objectContaining({
          personId: person.id,
          name: 'Hafiz Saeed Khan',
          affiliationId: aff.id,
          validFrom: '2015-01',
          validTo: '2016-08',
          endReason: 'killed',
        }),
      ]);
      expect((await read(`/v1/groups/ISKP/leadership?at=2017-06-01`)).body.items).toEqual([]);
      const history = await read(`/v1/persons/${person.id}/history`);
      expect(history.body.items.map((e: any) => [e.type, e.actor.role])).toEqual([
        ['PersonRegistered', 'reporter'],
        ['PersonAffiliationRecorded', 'analyst'],
        ['PersonAffiliationEnded', 'analyst'],
      ]);
    },
  );

  it('concurrent writers on the same persons: the read equals the fold of each stream', async () => {
    const ids = await Promise.all(
      ['Writer One', 'Writer Two'].map(async (name) => (await post('/v1/persons', { name }, 'reporter')).id),
    );
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(`/v1/persons/${ids[i % 2]}/affiliations`, {
          group: i % 3 ? 'TTP' : 'ISKP',
          role: i % 4 ? 'member' : 'commander',
          validFrom: `${2000 + i}`,
        }),
      ),
    );
    for (const id of ids) {
      const events = await store.readStream(personStreamId(id));
      expect(events).toHaveLength(7);
      const res = await read(`/v1/persons/${id}`);
      expect(res.body.version).toBe(7);
      expect(res.body.position).toBe(events[6].position);
      expect(res.body.affiliations.map((a: any) => a.id)).toEqual(
        events.slice(1).map((e) => (e.data as { affiliationId: string }).affiliationId),
      );
    }
  });
});
