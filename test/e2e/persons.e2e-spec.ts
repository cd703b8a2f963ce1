// docs/API.md "People" (second round), the write side, success paths: POST /v1/persons (reporter),
// aliases, affiliations, their end and withdrawal (analyst), statuses (reporter). Each call: 201 with
// the id it names, the event in the log with its data and actor; Idempotency-Key replay; a same-body
// re-send of a create answers the first result; the stream folds to the expected person.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { foldPerson } from '@app/domain';
import {
  expectIdempotentReplay,
  expectNothingRecorded,
  expectRecorded,
  expectWriteAnswer,
  streamEvents,
} from './support/e2e.js';
import { actor, iskp, post, s1, s2, t, ttp, useSeededApp } from './support/seeded-app.js';

useSeededApp('e2e_persons');

const citation = { url: 'https://www.dawn.com/news/1', headline: 'TTP names new chief', quote: 'Mehsud was named' };
const storedCitation = { ...citation, publishedAt: null, archiveUrl: null, language: null };

describe('POST /v1/persons', () => {
  it('registers a person with aliases (reporter); the name and aliases are cleaned, repeats dropped', async () => {
    const id = randomUUID();
    const res = await post('/v1/persons', {
      id,
      name: '  Noor Wali   Mehsud ',
      aliases: ['Abu Mansoor Asim', 'abu mansoor asim', 'Mufti Noor Wali'],
      summary: 'Emir of the TTP since 2018',
    });
    expectWriteAnswer(res, { id, version: 1 });
    await expectRecorded(t, res, {
      streamId: `person-${id}`,
      type: 'PersonRegistered',
      data: {
        personId: id,
        name: 'Noor Wali Mehsud',
        aliases: ['Abu Mansoor Asim', 'Mufti Noor Wali'],
        summary: 'Emir of the TTP since 2018',
      },
      actor: actor('reporter'),
    });
  });

  it('a same-body re-send of a create with its id answers the first result and records nothing', async () => {
    const body = { id: randomUUID(), name: 'Muhammad Khurasani', aliases: ['Khurasani'] };
    const first = await post('/v1/persons', body);
    expectWriteAnswer(first, { id: body.id, version: 1 });
    const again = await expectNothingRecorded(t, () => post('/v1/persons', body));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('the same Idempotency-Key and body answers the first response (Idempotent-Replayed), one event', async () => {
    const key = `person-${randomUUID()}`;
    const { first } = await expectIdempotentReplay(t, {
      path: '/v1/persons',
      key,
      body: { name: 'Hafiz Gul Bahadur' },
    });
    expect(first.body.version).toBe(1);
    const [event] = await streamEvents(t.tdb.owner.db, `person-${first.body.id}`);
    expect(event.metadata.idempotencyKey).toBe(key);
  });
});

describe('a person’s aliases, affiliations and statuses', () => {
  let personId: string;
  let affiliationId: string;
  let secondAffiliation: string;

  beforeAll(async () => {
    const res = await post('/v1/persons', { name: 'Mufti Hazrat', aliases: ['Hazrat Deroji'] });
    expectWriteAnswer(res);
    personId = res.body.id;
  });

  it('POST /v1/persons/{id}/aliases adds an alias with its validity (analyst)', async () => {
    const res = await post(
      `/v1/persons/${personId}/aliases`,
      { alias: 'Abu Hazrat', validFrom: '2009', validTo: '2014-06' },
      'analyst',
    );
    expectWriteAnswer(res, { id: personId, version: 2 });
    await expectRecorded(t, res, {
      streamId: `person-${personId}`,
      type: 'PersonAliasAdded',
      data: { alias: 'Abu Hazrat', validFrom: '2009', validTo: '2014-06' },
      actor: actor('analyst'),
    });
  });

  it(
    'POST /v1/persons/{id}/affiliations records one, ' + 'the group named by alias; 201 id is the affiliation’s',
    async () => {
      affiliationId = randomUUID();
      const res = await post(
        `/v1/persons/${personId}/affiliations`,
        {
          id: affiliationId,
          group: 'pakistani taliban',
          role: 'commander',
          validFrom: '2010-03',
          sourceId: s2,
          citation,
          confidence: 80,
        },
        'analyst',
      );
      expectWriteAnswer(res, { id: affiliationId, version: 3 });
      await expectRecorded(t, res, {
        streamId: `person-${personId}`,
        type: 'PersonAffiliationRecorded',
        data: {
          affiliationId,
          groupId: ttp,
          role: 'commander',
          validFrom: '2010-03',
          validTo: null,
          sourceId: s2,
          citation: storedCitation,
          confidence: 80,
        },
        actor: actor('analyst'),
      });
    },
  );

  it('re-sending the same affiliation with its id answers the first result; without an id it is a 409', async () => {
    const body = { id: randomUUID(), group: 'ISKP', role: 'member', validFrom: '2015' };
    const first = await post(`/v1/persons/${personId}/affiliations`, body, 'analyst');
    expectWriteAnswer(first, { id: body.id });
    secondAffiliation = body.id;
    const again = await expectNothingRecorded(t, () => post(`/v1/persons/${personId}/affiliations`, body, 'analyst'));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const { id: _id, ...noId } = body;
    const dup = await expectNothingRecorded(t, () => post(`/v1/persons/${personId}/affiliations`, noId, 'analyst'));
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'affiliation_exists', affiliationId: body.id });
  });

  it('…/end ends it as a defection to another group, with its source and citation', async () => {
    const res = await post(
      `/v1/persons/${personId}/affiliations/${affiliationId}/end`,
      { validTo: '2014-08', reason: 'defected', toGroup: 'IS-K', sourceId: s1, citation },
      'analyst',
    );
    expectWriteAnswer(res, { id: affiliationId });
    await expectRecorded(t, res, {
      streamId: `person-${personId}`,
      type: 'PersonAffiliationEnded',
      data: {
        affiliationId,
        validTo: '2014-08',
        reason: 'defected',
        toGroupId: iskp,
        sourceId: s1,
        citation: storedCitation,
      },
      actor: actor('analyst'),
    });
  });

  it('…/withdrawal withdraws one recorded wrongly', async () => {
    const res = await post(
      `/v1/persons/${personId}/affiliations/${secondAffiliation}/withdrawal`,
      { reason: 'confused with a namesake' },
      'analyst',
    );
    expectWriteAnswer(res, { id: secondAffiliation });
    await expectRecorded(t, res, {
      streamId: `person-${personId}`,
      type: 'PersonAffiliationWithdrawn',
      data: { affiliationId: secondAffiliation, reason: 'confused with a namesake' },
      actor: actor('analyst'),
    });
  });

  it(
    'POST /v1/persons/{id}/status records a concealed ' + 'death (reporter) and a later-recorded earlier sighting',
    async () => {
      const incident = await post('/v1/incidents', {
        occurredAt: '2016-11-02',
        location: { country: 'AF', admin1: 'Nangarhar' },
        type: 'bombing',
      });
      expectWriteAnswer(incident);
      const statusId = randomUUID();
      const res = await post(`/v1/persons/${personId}/status`, {
        id: statusId,
        status: 'killed',
        at: '2016-11-02',
        announcedAt: '2018-01',
        sourceId: s2,
        citation,
        incidentId: incident.body.id,
        note: 'drone strike; confirmed by the group 14 months on',
      });
      expectWriteAnswer(res, { id: statusId });
      await expectRecorded(t, res, {
        streamId: `person-${personId}`,
        type: 'PersonStatusRecorded',
        data: {
          statusId,
          status: 'killed',
          at: '2016-11-02',
          announcedAt: '2018-01',
          sourceId: s2,
          citation: storedCitation,
          incidentId: incident.body.id,
          note: 'drone strike; confirmed by the group 14 months on',
        },
        actor: actor('reporter'),
      });
      const sighting = await post(`/v1/persons/${personId}/status`, { status: 'active', at: '2016-05' });
      expectWriteAnswer(sighting);
    },
  );

  it('the stream folds to the person: alias validity, the defection, the withdrawal, the status by `at`', async () => {
    const events = await streamEvents(t.tdb.owner.db, `person-${personId}`);
    expect(events.map((e) => e.metadata.actor.role)).toEqual([
      'reporter',
      'analyst',
      'analyst',
      'analyst',
      'analyst',
      'analyst',
      'reporter',
      'reporter',
    ]);
    const person = foldPerson(events)!;
    expect(person.aliases).toEqual([
      { alias: 'Hazrat Deroji', validFrom: null, validTo: null },
      { alias: 'Abu Hazrat', validFrom: '2009', validTo: '2014-06' },
    ]);
    expect(person.affiliations).toEqual([
      expect.objectContaining({ affiliationId, endReason: 'defected', toGroupId: iskp, withdrawn: false }),
      expect.objectContaining({ affiliationId: secondAffiliation, withdrawn: true }),
    ]);
    expect(person.status).toMatchObject({ status: 'killed', concealed: true });
  });

  it('two rival leaders of one group over the same period are both recorded', async () => {
    const rival = await post('/v1/persons', { name: 'Khan Said Sajna' });
    expectWriteAnswer(rival);
    for (const id of [personId, rival.body.id]) {
      const res = await post(
        `/v1/persons/${id}/affiliations`,
        { group: 'TTP', role: 'leader', validFrom: '2013-11', validTo: '2014-05' },
        'analyst',
      );
      expectWriteAnswer(res);
    }
  });
});
