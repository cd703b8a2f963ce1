// What a valid request to each operation looks like, from the seeds: the baseline every mutation
// starts from. An operation the document lists and these tables do not know fails the suite, so a
// new endpoint cannot escape it.
import type { Operation, Seeds } from './hostile-api.js';
import { people } from './hostile-people.js';

let unique = 0;
/** Names must be unique (409 otherwise); a counter keeps runs reproducible for a given seed. */
const next = () => `${++unique}`;

/** A full citation, so a mutation of one of its fields meets an otherwise valid citation. */
const citation = (n: string) => ({
  url: `https://news.example/hostile/${n}`,
  headline: `Hostile headline ${n}`,
  publishedAt: '2023-07-13',
  archiveUrl: `https://archive.example/hostile/${n}`,
  quote: `a quoted line ${n}`,
  language: 'ps-AF',
});

const GTD_CSV = [
  'eventid,iyear,imonth,iday,country_txt,attacktype1_txt,gname,summary',
  // One row with hostile cells: the importer must reject or store it, never crash.
  `201901010001,2019,2,30,Pakistan,Bombing/Explosion,"'; DROP TABLE events; --","<script>alert(1)</script>"`,
  `201901010002,0,0,0,Narnia,,${'x'.repeat(300)},`,
].join('\n');

export function validPathParams(op: Operation, s: Seeds): Record<string, string> | undefined {
  const ids: Record<string, Record<string, string>> = {
    'DELETE /v1/admin/keys/{id}': { id: s.spareKeyId },
    'POST /v1/groups/{id}/aliases': { id: s.groups.a.id },
    'POST /v1/groups/{id}/relations': { id: s.groups.b.id },
    'POST /v1/groups/{id}/relations/{relationId}/withdrawal': { id: s.groups.a.id, relationId: s.relation },
    'POST /v1/incidents/{id}/claims/{claimId}/sources': { id: s.incidents.main, claimId: s.claim },
    'POST /v1/incidents/{id}/attributions': { id: s.incidents.main },
    'POST /v1/incidents/{id}/claims/{claimId}/authenticity': { id: s.incidents.main, claimId: s.claim },
    'POST /v1/incidents/{id}/corrections': { id: s.incidents.other },
    'POST /v1/incidents/{id}/duplicate-of': { id: s.incidents.dup },
    'POST /v1/incidents/{id}/claims': { id: s.incidents.other },
    'POST /v1/incidents/{id}/denials': { id: s.incidents.main },
    'POST /v1/reviews/{id}/resolution': { id: s.review },
    'POST /v1/incidents/{id}/claims/{claimId}/retractions': { id: s.incidents.main, claimId: s.claim },
    'POST /v1/incidents/{id}/attributions/{attributionId}/withdrawal': {
      id: s.incidents.main,
      attributionId: s.attribution,
    },
    'POST /v1/sources/{id}/ratings': { id: s.sources[1] },
    'GET /v1/incidents/{id}/history': { id: s.incidents.main },
    'GET /v1/incidents/{id}': { id: s.incidents.main },
    'GET /v1/groups/{id}/ledger': { id: s.groups.a.id },
    'GET /v1/groups/{id}': { id: s.groups.a.id },
    'POST /v1/admin/projections/{name}/rebuild': { name: 'sources' },
    'GET /v1/admin/rebuilds/{id}': { id: s.rebuildId },
    'POST /v1/admin/projections/{name}/parked': { name: 'statements' },
    'DELETE /v1/admin/projections/{name}/parked/{eventId}': { name: 'statements', eventId: s.parkableEventId },
    'GET /v1/admin/imports/{id}': { id: s.importId },
  };
  const p = people(s);
  Object.assign(ids, {
    'POST /v1/persons/{id}/aliases': { id: p.person.id },
    'POST /v1/persons/{id}/affiliations': { id: p.person.id },
    'POST /v1/persons/{id}/affiliations/{affiliationId}/end': { id: p.person.id, affiliationId: p.affiliations.toEnd },
    'POST /v1/persons/{id}/affiliations/{affiliationId}/withdrawal': {
      id: p.person.id,
      affiliationId: p.affiliations.toWithdraw,
    },
    'POST /v1/persons/{id}/status': { id: p.person.id },
    'POST /v1/statements/{id}/assessments': { id: p.statement },
    'GET /v1/persons/{id}': { id: p.person.id },
    'GET /v1/persons/{id}/history': { id: p.person.id },
    'GET /v1/persons/{id}/track-record': { id: p.person.id },
    'GET /v1/groups/{id}/leadership': { id: s.groups.a.id },
    'GET /v1/sources/{id}/track-record': { id: s.sources[0] },
    'GET /v1/statements/{id}': { id: p.statement },
  });
  if (!op.pathParams.length) return {};
  return ids[op.key];
}

/** A fresh valid JSON body (or, for the import, multipart parts) for the operation. */
export function validBody(op: Operation, s: Seeds): Record<string, unknown> | undefined {
  const n = next();
  const bodies: Record<string, () => Record<string, unknown>> = {
    'POST /v1/admin/keys': () => ({ name: `hostile key ${n}`, role: 'reporter' }),
    'POST /v1/admin/projections/{name}/parked': () => ({ eventId: s.parkableEventId, reason: `hostile park ${n}` }),
    'POST /v1/groups/{id}/aliases': () => ({ alias: `Hostile alias ${n}`, validFrom: '2019' }),
    'POST /v1/groups/{id}/relations': () => ({
      relation: 'splinter_of',
      otherGroup: s.groups.a.name,
      validFrom: '2020-01',
      confidence: 50,
      citation: citation(n),
    }),
    'POST /v1/groups': () => ({ name: `Hostile group ${n}`, aliases: [`HG-${n}`], kind: 'militant' }),
    'POST /v1/groups/{id}/relations/{relationId}/withdrawal': () => ({ reason: `withdrawn ${n}` }),
    'POST /v1/incidents/{id}/claims/{claimId}/sources': () => ({
      sourceId: s.sources[1],
      credibility: 3,
      citation: citation(n),
    }),
    'POST /v1/incidents/{id}/attributions': () => ({
      group: s.groups.c.name,
      confidence: 70,
      basis: `basis ${n}`,
      sourceIds: [s.sources[0]],
      citation: citation(n),
    }),
    'POST /v1/incidents/{id}/claims/{claimId}/authenticity': () => ({ verdict: 'doubtful', basis: `basis ${n}` }),
    'POST /v1/incidents/{id}/corrections': () => ({
      fields: { summary: `corrected ${n}`, casualties: { killedMin: 1, killedMax: 2 } },
      reason: `reason ${n}`,
      citation: citation(n),
    }),
    'POST /v1/incidents/{id}/duplicate-of': () => ({ incidentId: s.incidents.main, reason: 'same attack' }),
    'POST /v1/incidents/{id}/claims': () => ({
      group: s.groups.b.name,
      channel: 'video',
      claimedAt: '2023-07-20T09:00:00+05:00',
      sourceId: s.sources[0],
      credibility: 2,
      spokespersonId: people(s).person.alias,
      citation: citation(n),
    }),
    'POST /v1/incidents/{id}/denials': () => ({
      group: s.groups.c.name,
      deniedAt: '2023-07-13T08:00:00Z',
      sourceId: s.sources[1],
      statement: `not us ${n}`,
      spokespersonId: people(s).person.id,
      citation: citation(n),
    }),
    'POST /v1/incidents': () => ({
      occurredAt: '2023-07-12',
      location: { country: 'Pakistan', admin1: 'Khyber Pakhtunkhwa', place: `Place ${n}`, lat: 34.0, lon: 71.5 },
      type: 'armed_assault',
      suicide: false,
      target: 'checkpoint',
      casualties: { killedMin: 0, killedMax: 3, injuredMin: 1, injuredMax: 4 },
      summary: `summary ${n}`,
      sourceIds: [s.sources[0], s.sources[1]],
      citation: citation(n),
    }),
    'POST /v1/reviews/{id}/resolution': () => ({ decision: 'uphold', note: `note ${n}` }),
    'POST /v1/incidents/{id}/claims/{claimId}/retractions': () => ({
      retractedAt: '2023-07-14T00:00:00Z',
      sourceId: s.sources[0],
      reason: `reason ${n}`,
      citation: citation(n),
    }),
    'POST /v1/incidents/{id}/attributions/{attributionId}/withdrawal': () => ({ reason: `reason ${n}` }),
    'POST /v1/sources/{id}/ratings': () => ({ reliability: 'D', reason: `reason ${n}` }),
    'POST /v1/sources': () => ({ name: `Hostile source ${n}`, kind: 'social', reliability: 'E' }),
    'POST /v1/admin/imports': () => ({ file: GTD_CSV }),
    'POST /v1/persons': () => ({ name: `Hostile person ${n}`, aliases: [`Abu Hostile ${n}`], summary: `summary ${n}` }),
    'POST /v1/persons/{id}/aliases': () => ({ alias: `Hostile kunya ${n}`, validFrom: '2014', validTo: '2016-05' }),
    'POST /v1/persons/{id}/affiliations': () => ({
      group: s.groups.b.name,
      role: 'spokesperson',
      validFrom: `${1900 + (Number(n) % 120)}-02`,
      validTo: '2022-06-30',
      sourceId: s.sources[0],
      citation: citation(n),
      confidence: 60,
    }),
    'POST /v1/persons/{id}/affiliations/{affiliationId}/end': () => ({
      validTo: '2021-09',
      reason: 'defected',
      toGroup: s.groups.a.alias,
      sourceId: s.sources[1],
      citation: citation(n),
    }),
    'POST /v1/persons/{id}/affiliations/{affiliationId}/withdrawal': () => ({ reason: `misread ${n}` }),
    'POST /v1/persons/{id}/status': () => ({
      status: 'detained',
      at: `${1900 + (Number(n) % 120)}-03-04`,
      announcedAt: '2023-01',
      sourceId: s.sources[0],
      citation: citation(n),
      incidentId: s.incidents.main,
      note: `note ${n}`,
    }),
    'POST /v1/statements': () => ({
      kind: 'accusation',
      madeAt: '2023-07-14T10:00:00Z',
      sourceId: s.sources[1],
      summary: `hostile statement ${n}`,
      author: { personId: people(s).person.name, groupId: s.groups.a.alias },
      about: { groupIds: [s.groups.c.name], personIds: [people(s).person.id], incidentIds: [s.incidents.other] },
      citation: citation(n),
    }),
    'POST /v1/statements/{id}/assessments': () => ({ verdict: 'fabricated', basis: `basis ${n}` }),
  };
  return bodies[op.key]?.();
}

/** A valid value for a query parameter of that name (the names are shared across reads). */
export function validQueryValue(name: string, schema: any, s: Seeds): string | undefined {
  const byName: Record<string, string> = {
    limit: '7',
    minPosition: String(s.head),
    asOf: '2030-01-01T00:00:00Z',
    asOfPosition: String(s.head),
    from: '2020-01-01',
    to: '2030-01-01T00:00:00Z',
    group: s.groups.a.alias,
    country: 'PK',
    q: 'hostile',
    fromPosition: '0',
  };
  if (byName[name]) return byName[name];
  if (Array.isArray(schema?.enum)) return String(schema.enum[0]);
  return undefined;
}

/** Dotted paths of every property a body schema declares (objects recursed). */
export function fieldsOf(
  schema: any,
  prefix: string[] = [],
): Array<{ path: string[]; schema: any; required: boolean }> {
  const out: Array<{ path: string[]; schema: any; required: boolean }> = [];
  const required = new Set<string>(schema?.required ?? []);
  for (const [k, sub] of Object.entries<any>(schema?.properties ?? {})) {
    const path = [...prefix, k];
    out.push({ path, schema: sub, required: required.has(k) });
    if (sub?.type === 'object') out.push(...fieldsOf(sub, path));
  }
  return out;
}
