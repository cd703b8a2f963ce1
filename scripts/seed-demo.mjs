#!/usr/bin/env node
// `npm run seed:demo`: records a small scenario drawn from public reporting on Pakistan and
// Afghanistan (2014–2023) through the REST API. Every call carries a fixed Idempotency-Key and
// client id, so running it twice records nothing new. Dates and figures follow public reports;
// where reporting is thin (retractions especially) the scenario is illustrative.
//
// Where the API is and the admin key: the README's `CT` and `ADMIN` (what its walk-through
// exports), or CLAIMTRAIL_URL and CLAIMTRAIL_ADMIN_KEY (the server's own name for the key);
// without a URL, http://127.0.0.1:$PORT (3000).
import { ids } from './seed-demo-ids.mjs';
import { seedPeople } from './seed-demo-people.mjs';

const base = (process.env.CLAIMTRAIL_URL || process.env.CT || `http://127.0.0.1:${process.env.PORT || 3000}`).replace(
  /\/+$/,
  '',
);
const keyVar = process.env.CLAIMTRAIL_ADMIN_KEY ? 'CLAIMTRAIL_ADMIN_KEY' : 'ADMIN';
const key = process.env[keyVar];
if (!key) {
  console.error(
    'seed:demo needs the admin key: set ADMIN (or CLAIMTRAIL_ADMIN_KEY) to the key `npm start` was given, and CT ' +
      '(or CLAIMTRAIL_URL) to the API, e.g.',
  );
  console.error('  export CT=http://127.0.0.1:3000 ADMIN=change-me-to-a-long-admin-key; npm run seed:demo');
  process.exit(1);
}

let step = 0;
const counts = { recorded: 0, unchanged: 0 };
/** One call; any answer but 201 (or no answer) stops the seed with the call, the status and the body. */
async function post(path, body) {
  step += 1;
  let res;
  try {
    res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        'idempotency-key': `seed-demo-${step}`,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  } catch (err) {
    fail(
      `POST ${base}${path} failed: ${err?.cause?.code ?? err?.message ?? err}. Is the API running (npm start) at ` +
        `${base}?`,
    );
  }
  const text = await res.text();
  if (res.status !== 201) fail(`POST ${base}${path} → ${res.status} ${res.statusText}\n${text}`);
  counts[res.headers.get('idempotent-replayed') === 'true' ? 'unchanged' : 'recorded'] += 1;
  return JSON.parse(text);
}

function fail(message) {
  console.error(`seed:demo stopped at call ${step}: ${message}`);
  process.exit(1);
}

const group = (id, name, aliases, kind = 'militant') => post('/v1/groups', { id, name, aliases, kind });
const source = (id, name, kind, reliability) => post('/v1/sources', { id, name, kind, reliability });
// Every demo incident is a suicide attack; casualties as [killedMin, killedMax, injuredMin, injuredMax].
const incident = (
  id,
  occurredAt,
  type,
  location,
  target,
  [killedMin, killedMax, injuredMin, injuredMax],
  sourceIds,
  summary,
) =>
  post('/v1/incidents', {
    id,
    occurredAt,
    type,
    suicide: true,
    location,
    target,
    casualties: { killedMin, killedMax, injuredMin, injuredMax },
    ...(summary ? { summary } : {}),
    sourceIds,
  });

// Calls the scenario makes several times; an undefined argument leaves its field out of the body.
const relation = (groupId, relation, otherGroup, validFrom, sourceId, confidence) =>
  post(`/v1/groups/${groupId}/relations`, { relation, otherGroup, validFrom, sourceId, confidence });
const claim = (incidentId, id, group, channel, claimedAt, sourceId, credibility, spokesperson) =>
  post(`/v1/incidents/${incidentId}/claims`, { id, group, channel, claimedAt, sourceId, spokesperson, credibility });
const retraction = (incidentId, claimId, retractedAt, sourceId, reason) =>
  post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, { retractedAt, sourceId, reason });
const attribution = (incidentId, group, confidence, basis, sourceIds) =>
  post(`/v1/incidents/${incidentId}/attributions`, { group, confidence, basis, sourceIds });

await group(ids.ttp, 'Tehreek-e-Taliban Pakistan', ['TTP', 'Tehrik-i-Taliban Pakistan (TTP)', 'Pakistani Taliban']);
await group(ids.iskp, 'Islamic State Khorasan Province', ['ISKP', 'ISIS-K', 'Khorasan Chapter of the Islamic State']);
await group(ids.tjp, 'Tehreek-e-Jihad Pakistan', ['TJP', 'Tehrik-e-Jihad Pakistan']);
await group(
  ids.taliban,
  'Afghan Taliban',
  ['Taliban', 'Islamic Emirate of Afghanistan'],
  'militant / de facto authority',
);
await group(ids.aq, 'al-Qaida', ['al-Qaeda', 'AQ']);
await group(ids.jua, 'Jamaat-ul-Ahrar', ['JuA', 'Jamaat-ul-Ahrar (JuA)']);

await source(ids.dawn, 'Dawn', 'news', 'B');
await source(ids.tribune, 'The Express Tribune', 'news', 'B');
await source(ids.ispr, 'ISPR (Inter-Services Public Relations)', 'official', 'C');
await source(ids.umar, 'Umar Media (TTP)', 'group_channel', 'E');
await source(ids.amaq, 'Amaq News Agency', 'group_channel', 'E');
await source(ids.unmt, 'UN Analytical Support and Sanctions Monitoring Team', 'analyst', 'A');
await source(ids.social, 'Unverified social media account', 'social', 'F');

await relation(ids.iskp, 'splinter_of', 'TTP', '2015-01', ids.unmt, 80);
await relation(ids.tjp, 'suspected_front_of', 'TTP', '2023-02', ids.unmt, 65);
await relation(ids.ttp, 'pledged_to', 'Afghan Taliban', undefined, ids.unmt, 85);
await relation(ids.jua, 'faction_of', 'TTP', '2020-08', ids.dawn, 75);
await relation(ids.iskp, 'rival_of', 'Afghan Taliban', '2015', ids.unmt, 90);

// Peshawar Police Lines mosque, 30 January 2023: a JuA commander claimed it, TTP denied, the claim was disowned.
await incident(
  ids.peshawar2023,
  '2023-01-30',
  'bombing',
  { country: 'Pakistan', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar', lat: 34.0151, lon: 71.5249 },
  'Mosque inside the Police Lines compound',
  [84, 101, 200, 225],
  [ids.dawn, ids.tribune],
  'Suicide bombing during afternoon prayers at the mosque of the Peshawar Police Lines.',
);
await claim(
  ids.peshawar2023,
  ids.claimJua2023,
  'JuA',
  'social_media',
  '2023-01-30T10:30:00Z',
  ids.social,
  5,
  'Sarbakaf Mohmand',
);
await post(`/v1/incidents/${ids.peshawar2023}/denials`, {
  group: 'TTP',
  deniedAt: '2023-01-30T16:00:00Z',
  sourceId: ids.umar,
  statement: 'TTP is not involved; attacks on mosques are against our policy.',
});
await retraction(
  ids.peshawar2023,
  ids.claimJua2023,
  '2023-01-31T08:00:00Z',
  ids.dawn,
  'JuA spokesman disowned the commander’s claim',
);
await attribution(ids.peshawar2023, 'Jamaat-ul-Ahrar', 60, 'Police investigation findings as reported', [ids.dawn]);

// Kocha Risaldar Shia mosque, Peshawar, 4 March 2022: ISKP claimed through Amaq; an illustrative TTP claim, retracted.
await incident(
  ids.kocha2022,
  '2022-03-04',
  'bombing',
  { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Peshawar' },
  'Kocha Risaldar Shia mosque during Friday prayers',
  [63, 64, 190, 200],
  [ids.dawn],
);
await claim(ids.kocha2022, ids.claimIskp2022, 'ISKP', 'website', '2022-03-04T15:00:00Z', ids.amaq, 2);
await post(`/v1/incidents/${ids.kocha2022}/claims/${ids.claimIskp2022}/sources`, {
  sourceId: ids.tribune,
  credibility: 2,
});
await claim(ids.kocha2022, ids.claimTtp2022, 'TTP', 'call', '2022-03-04T13:00:00Z', ids.social, 5);
await retraction(
  ids.kocha2022,
  ids.claimTtp2022,
  '2022-03-05T09:00:00Z',
  ids.umar,
  'TTP retracted: attacks on mosques are against its policy',
);
await attribution(
  ids.kocha2022,
  'ISKP',
  85,
  'Amaq claim with attacker photograph; consistent with ISKP targeting of Shia worshippers',
  [ids.amaq, ids.dawn],
);

// Daraban, Dera Ismail Khan, 12 December 2023: TJP claimed the attack on a military compound;
// analysts see TTP behind it.
await incident(
  ids.daraban2023,
  '2023-12-12',
  'armed_assault',
  { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Daraban, Dera Ismail Khan' },
  'Military compound in a school building',
  [23, 23, 30, 34],
  [ids.ispr, ids.dawn],
);
await claim(
  ids.daraban2023,
  ids.claimTjp2023,
  'Tehreek-e-Jihad Pakistan',
  'statement',
  '2023-12-12T09:00:00Z',
  ids.dawn,
  3,
);
await attribution(ids.daraban2023, 'TTP', 70, 'TJP assessed as a front for TTP operations', [ids.unmt]);

// Bajaur, 30 July 2023: bombing of a JUI-F workers' convention, claimed by ISKP.
await incident(
  ids.bajaur2023,
  '2023-07-30',
  'bombing',
  { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: 'Khar, Bajaur' },
  'JUI-F workers’ convention',
  [54, 63, 200, 200],
  [ids.dawn],
);
await claim(
  ids.bajaur2023,
  ids.claimIskp2023,
  'Khorasan Chapter of the Islamic State',
  'website',
  '2023-07-31T06:00:00Z',
  ids.amaq,
  2,
);

// Quetta Civil Hospital, 8 August 2016: JuA and the Islamic State both claimed it (competing claims).
await incident(
  ids.quetta2016,
  '2016-08-08',
  'bombing',
  { country: 'PK', admin1: 'Balochistan', place: 'Quetta' },
  'Lawyers gathered at Civil Hospital',
  [70, 94, 100, 130],
  [ids.dawn],
);
await claim(ids.quetta2016, ids.claimJua2016, 'JuA', 'email', '2016-08-08T12:00:00Z', ids.dawn, 3);
await claim(ids.quetta2016, ids.claimIskp2016, 'ISIS-K', 'website', '2016-08-08T18:00:00Z', ids.amaq, 3);

// People and statements: TTP's and ISKP's leaders over time, Mullah Omar, Ehsanullah Ehsan's record.
await seedPeople(post, ids);

// Replayed calls (Idempotency-Key seen before) recorded nothing: a second run says 0 recorded.
console.log(
  `demo scenario in place at ${base}: ${step} calls, ${counts.recorded} recorded, ${counts.unchanged} unchanged`,
);
console.log(`try: curl -s -H "Authorization: Bearer $${keyVar}" ${base}/v1/incidents/${ids.peshawar2023}`);
