// Seeds for the persons and statements operations (issue 17), written after the harness's own
// seeds and before the hostile run: a person with an alias and a leader affiliation, an
// affiliation to end and one to withdraw, and a statement by that person to assess. The harness's
// accounting (events and position before the run, the head reads wait for) moves past them.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { bearer, type TestApp } from '../../support/test-app.js';
import { countEvents } from '../../support/test-database.js';
import type { Harness, Role, Seeds } from './hostile-api.js';

export interface PeopleSeeds {
  person: { id: string; name: string; alias: string };
  affiliations: { toEnd: string; toWithdraw: string };
  statement: string;
}

const seeded = new WeakMap<Seeds, PeopleSeeds>();

/** The persons and statements seeds of a harness (after seedPeople). */
export function people(s: Seeds): PeopleSeeds {
  const p = seeded.get(s);
  if (!p) throw new Error('seedPeople has not run for these seeds');
  return p;
}

async function ok(t: TestApp, path: string, role: Role, body: object): Promise<any> {
  const res = await t.http.post(path).set(bearer(t.keys[role])).send(body);
  if (res.status !== 201) throw new Error(`seed POST ${path}: ${res.status} ${res.text}`);
  return res.body;
}

export async function seedPeople(h: Harness): Promise<void> {
  const { t, seeds } = h;
  const tag = randomBytes(3).toString('hex');
  const person = { name: `Hostile Emir ${tag}`, alias: `Abu Hostile ${tag}` };
  const id = (await ok(t, '/v1/persons', 'reporter', { name: person.name, aliases: [person.alias] })).id;
  const affiliation = (group: string, role: string, validFrom: string) =>
    ok(t, `/v1/persons/${id}/affiliations`, 'analyst', { group, role, validFrom }).then((b) => b.id as string);
  await affiliation(seeds.groups.a.id, 'leader', '2015-01');
  const toEnd = await affiliation(seeds.groups.b.name, 'commander', '2016');
  const toWithdraw = await affiliation(seeds.groups.c.name, 'member', '2017-03');
  const statement = (
    await ok(t, '/v1/statements', 'reporter', {
      kind: 'allegation',
      madeAt: '2023-07-13',
      sourceId: seeds.sources[0],
      summary: `hostile seed statement ${tag}`,
      author: { personId: person.alias, groupId: seeds.groups.a.name },
      about: { groupIds: [seeds.groups.b.id], incidentIds: [seeds.incidents.main] },
    })
  ).id;
  seeded.set(seeds, { person: { id, ...person }, affiliations: { toEnd, toWithdraw }, statement });

  const { rows } = await sql<{ p: string | null }>`select max(position) as p from events`.execute(t.tdb.owner.db);
  h.positionBefore = Number(rows[0].p ?? 0);
  seeds.head = h.positionBefore;
  h.eventsBefore = await countEvents(t.tdb.owner.db);
  // Reads of the seeded person and statement need their read models (see startHarness on the wait).
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const read = await t.http.get(`/v1/statements/${statement}?minPosition=${seeds.head}`).set(bearer(t.keys.reporter));
    const person = await t.http.get(`/v1/persons/${id}?minPosition=${seeds.head}`).set(bearer(t.keys.reporter));
    if (read.status === 200 && person.status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`seeded person and statement not readable: ${read.status} ${person.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
