// Issue 16 item 2: duplicates form a forest whose roots are not duplicates, in sequence and when
// markings race (the rule is kept in the append's transaction by incident_duplicates, migration
// 0022); a duplicate of a duplicate points to its root.
import { describe, expect, it } from '@jest/globals';
import { eventsOfType, expectNothingRecorded, expectProblem, expectWriteAnswer } from './support/e2e.js';
import { post, seed, t, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_rules_duplicates');

const mark = (id: string, of: string) => post(`/v1/incidents/${id}/duplicate-of`, { incidentId: of });

/** Every marking in the log: incident → the original it points to. */
async function markings(): Promise<Map<string, string>> {
  const events = await eventsOfType(t.tdb.owner.db, 'IncidentMarkedDuplicate');
  return new Map(events.map((e) => [e.streamId.slice('incident-'.length), e.data.duplicateOf as string]));
}

/** No original in the log is itself a duplicate. */
async function expectForest(): Promise<void> {
  const marked = await markings();
  const chained = [...marked].filter(([, of]) => marked.has(of));
  expect(chained).toEqual([]);
}

describe('duplicates form a forest', () => {
  it(
    'in sequence: X of Y, then Y of Z is 409 has_duplicates, ' +
      'Z of X points to Y, Y of X or Z is 422; nothing recorded on refusals',
    async () => {
      const [x, y, z] = [await seed.incident(), await seed.incident(), await seed.incident()];
      expectWriteAnswer(await mark(x, y), { id: x, incidentId: x });
      const rootMarked = await expectNothingRecorded(t, () => mark(y, z));
      expectProblem(rootMarked, 409);
      expect(rootMarked.body).toMatchObject({ code: 'has_duplicates', duplicates: [x] });
      expectWriteAnswer(await mark(z, x), { id: z, incidentId: z });
      expect((await markings()).get(z)).toBe(y);
      expectProblem(await expectNothingRecorded(t, () => mark(y, x)), 422, 'incidentId');
      // Y is Z's root: a cycle, which is the first thing said.
      expectProblem(await expectNothingRecorded(t, () => mark(y, z)), 422, 'incidentId');
      await expectForest();
    },
  );

  it('A of B and B of A sent at once: one 201, the other refused, ten times over', async () => {
    for (let i = 0; i < 10; i++) {
      const [a, b] = [await seed.incident(), await seed.incident()];
      const answers = await Promise.all([mark(a, b), mark(b, a)]);
      // The loser is 422 (its original is now a duplicate of it) or 409 (it is now an original).
      const statuses = answers.map((r) => r.status).sort();
      expect(statuses[0]).toBe(201);
      expect([409, 422]).toContain(statuses[1]);
      const marked = await markings();
      expect([marked.has(a), marked.has(b)].filter(Boolean)).toHaveLength(1);
    }
    await expectForest();
  });

  it('a ring X of Y, Y of Z, Z of X sent at once, and chains racing their roots, still leave a forest', async () => {
    for (let i = 0; i < 5; i++) {
      const ring = [await seed.incident(), await seed.incident(), await seed.incident()];
      const answers = await Promise.all(ring.map((id, k) => mark(id, ring[(k + 1) % 3])));
      for (const r of answers) expect([201, 409, 422]).toContain(r.status);
      expect(answers.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
      // C of D while D becomes a duplicate of E: C ends up pointing to the root, whichever lands first.
      const [c, d, e] = [await seed.incident(), await seed.incident(), await seed.incident()];
      const race = await Promise.all([mark(c, d), mark(d, e)]);
      const marked = await markings();
      if (race.every((r) => r.status === 201)) expect(marked.get(c)).toBe(e);
      else expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    }
    await expectForest();
  });
});
