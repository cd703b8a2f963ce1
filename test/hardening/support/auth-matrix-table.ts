// One valid request per operation of R4's matrix (auth-matrix-roles.ts: who may call each), made
// fresh for each role that may call it, so that the allowed roles get the 2xx.
import { randomUUID } from 'node:crypto';
import { EventStore } from '@app/event-store';
import { bearer, type TestApp } from '../../support/test-app.js';
import type { Role } from './auth-matrix-roles.js';

export { EXPECTED, ROLE_ORDER, type Role } from './auth-matrix-roles.js';

export interface MatrixRequest {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: object;
  /** A multipart upload in the field `file`. */
  file?: string;
  /** The documented success status. */
  status: number;
}

export const GTD_CSV =
  'eventid,iyear,imonth,iday,country_txt,attacktype1_txt,gname\n' +
  '201503040001,2015,3,4,Pakistan,Bombing/Explosion,Unknown\n';

/** Builds what each operation needs through the API with the bootstrap admin key. */
export class MatrixFixtures {
  groupName = `Matrix Group ${randomUUID().slice(0, 8)}`;
  groupId = '';
  sourceId = '';
  incidentId = '';
  rebuildId = '';
  importId = '';
  personId = '';
  statementId = '';
  /** Key secrets the fixtures were shown (so the log check can look for them). */
  readonly keysSeen: string[] = [];

  constructor(private readonly t: TestApp) {}

  private async admin(method: 'POST' | 'DELETE', path: string, body?: object): Promise<any> {
    const req = method === 'POST' ? this.t.http.post(path).send(body ?? {}) : this.t.http.delete(path);
    const res = await req.set(bearer(this.t.keys.admin));
    if (res.status >= 300) throw new Error(`fixture ${method} ${path}: ${res.status} ${res.text}`);
    if (typeof res.body?.key === 'string') this.keysSeen.push(res.body.key);
    return res.body;
  }

  async setUp(): Promise<void> {
    this.groupId = (
      await this.admin('POST', '/v1/groups', { name: this.groupName, aliases: [`${this.groupName} alias`] })
    ).id;
    this.sourceId = await this.source();
    this.incidentId = await this.incident();
    await this.claim(this.incidentId);
    this.personId = await this.person();
    await this.affiliation(this.personId);
    this.statementId = await this.statement();
    this.rebuildId = (await this.admin('POST', '/v1/admin/projections/sources/rebuild')).id;
    const imported = await this.t.http
      .post('/v1/admin/imports')
      .set(bearer(this.t.keys.admin))
      .attach('file', Buffer.from(GTD_CSV), 'gtd.csv');
    if (imported.status !== 202) throw new Error(`fixture import: ${imported.status} ${imported.text}`);
    this.importId = imported.body.id;
  }

  /** The event id of a fresh source's registration (something to park). */
  sourceEventId = async (): Promise<string> => {
    const id = await this.source();
    const row = await this.t.tdb.owner.db
      .selectFrom('events')
      .select('event_id')
      .where('stream_id', '=', `source-${id}`)
      .executeTakeFirstOrThrow();
    return row.event_id;
  };

  source = async () =>
    (await this.admin('POST', '/v1/sources', { name: `Matrix source ${randomUUID()}`, kind: 'news', reliability: 'B' }))
      .id as string;
  group = async () => (await this.admin('POST', '/v1/groups', { name: `Matrix other ${randomUUID()}` })).id as string;
  incident = async () =>
    (
      await this.admin('POST', '/v1/incidents', {
        occurredAt: '2023-07-12',
        location: { country: 'PK', place: 'Quetta' },
        type: 'bombing',
      })
    ).id as string;
  claim = async (incidentId: string) =>
    (
      await this.admin('POST', `/v1/incidents/${incidentId}/claims`, {
        group: this.groupId,
        channel: 'statement',
        claimedAt: '2023-07-12T18:00:00Z',
        sourceId: this.sourceId,
      })
    ).id as string;

  person = async () =>
    (await this.admin('POST', '/v1/persons', { name: `Matrix person ${randomUUID()}` })).id as string;
  affiliation = async (personId: string) =>
    (
      await this.admin('POST', `/v1/persons/${personId}/affiliations`, {
        group: this.groupId,
        role: 'leader',
        validFrom: '2015-01',
      })
    ).id as string;
  statement = async () =>
    (
      await this.admin('POST', '/v1/statements', {
        kind: 'allegation',
        madeAt: '2024-03-12',
        sourceId: this.sourceId,
        summary: `matrix ${randomUUID()}`,
        author: { personId: this.personId, groupId: this.groupId },
      })
    ).id as string;

  async review(): Promise<{ incidentId: string; reviewId: string }> {
    const incidentId = await this.incident();
    const claimId = await this.claim(incidentId);
    const reviewId = randomUUID();
    await new EventStore(this.t.tdb.app.db).append(`incident-${incidentId}`, [
      { type: 'ReviewRequested', data: { reviewId, claimId, reason: 'matrix' } },
    ]);
    return { incidentId, reviewId };
  }

  /** A valid request for `op`, with fresh prerequisites where a second call would conflict. */
  async request(op: string): Promise<MatrixRequest> {
    const u = randomUUID().slice(0, 8);
    const get = (path: string): MatrixRequest => ({ method: 'GET', path, status: 200 });
    const post = (path: string, body: object): MatrixRequest => ({ method: 'POST', path, body, status: 201 });
    const inc = this.incidentId;
    switch (op) {
      case 'GET /health':
        return get('/health');
      case 'GET /health/live':
        return get('/health/live');
      case 'GET /v1/incidents':
        return get('/v1/incidents?limit=5');
      case 'GET /v1/incidents/{id}':
        return get(`/v1/incidents/${inc}`);
      case 'GET /v1/incidents/{id}/history':
        return get(`/v1/incidents/${inc}/history`);
      case 'GET /v1/groups':
        return get('/v1/groups?q=matrix');
      case 'GET /v1/groups/{id}':
        return get(`/v1/groups/${this.groupId}`);
      case 'GET /v1/groups/{id}/ledger':
        return get(`/v1/groups/${this.groupId}/ledger`);
      case 'GET /v1/sources':
        return get('/v1/sources');
      case 'GET /v1/retractions':
        return get('/v1/retractions');
      case 'GET /v1/reviews':
        return get('/v1/reviews?status=open');
      case 'GET /v1/analytics/claim-attribution-mismatches':
        return get('/v1/analytics/claim-attribution-mismatches');
      case 'GET /v1/ledger/verify':
        return get('/v1/ledger/verify');
      case 'GET /v1/groups/{id}/leadership':
        return get(`/v1/groups/${this.groupId}/leadership?at=2015-06-01`);
      case 'GET /v1/persons':
        return get('/v1/persons?q=matrix');
      case 'GET /v1/persons/{id}':
        return get(`/v1/persons/${this.personId}`);
      case 'GET /v1/persons/{id}/history':
        return get(`/v1/persons/${this.personId}/history`);
      case 'GET /v1/persons/{id}/track-record':
        return get(`/v1/persons/${this.personId}/track-record`);
      case 'GET /v1/sources/{id}/track-record':
        return get(`/v1/sources/${this.sourceId}/track-record`);
      case 'GET /v1/statements':
        return get(`/v1/statements?author=${this.personId}`);
      case 'GET /v1/statements/{id}':
        return get(`/v1/statements/${this.statementId}`);
      case 'GET /v1/changes':
        return get(`/v1/changes?group=${this.groupId}&limit=5`);
      case 'GET /v1/search':
        return get('/v1/search?q=matrix');
      case 'GET /v1/me':
        return get('/v1/me');
      case 'POST /v1/persons':
        return post('/v1/persons', { name: `Matrix registered person ${u}`, aliases: [`Matrix kunya ${u}`] });
      case 'POST /v1/persons/{id}/status':
        return post(`/v1/persons/${await this.person()}/status`, { status: 'killed', at: '2016-08' });
      case 'POST /v1/statements':
        return post('/v1/statements', {
          kind: 'threat',
          madeAt: '2024-03',
          sourceId: this.sourceId,
          summary: `matrix statement ${u}`,
          about: { groupIds: [this.groupName] },
        });
      case 'POST /v1/persons/{id}/aliases':
        return post(`/v1/persons/${this.personId}/aliases`, { alias: `Matrix person alias ${u}` });
      case 'POST /v1/persons/{id}/affiliations':
        return post(`/v1/persons/${await this.person()}/affiliations`, {
          group: this.groupName,
          role: 'spokesperson',
          validFrom: '2019',
        });
      case 'POST /v1/persons/{id}/affiliations/{affiliationId}/end': {
        const p = await this.person();
        return post(`/v1/persons/${p}/affiliations/${await this.affiliation(p)}/end`, {
          validTo: '2016-08',
          reason: 'killed',
        });
      }
      case 'POST /v1/persons/{id}/affiliations/{affiliationId}/withdrawal': {
        const p = await this.person();
        return post(`/v1/persons/${p}/affiliations/${await this.affiliation(p)}/withdrawal`, { reason: 'matrix' });
      }
      case 'POST /v1/statements/{id}/assessments':
        return post(`/v1/statements/${await this.statement()}/assessments`, { verdict: 'doubtful', basis: 'matrix' });
      case 'POST /v1/incidents':
        return post('/v1/incidents', {
          occurredAt: '2023-07',
          location: { country: 'AF' },
          type: 'armed_assault',
          summary: `matrix ${u}`,
        });
      case 'POST /v1/incidents/{id}/claims':
        return post(`/v1/incidents/${await this.incident()}/claims`, {
          group: this.groupName,
          channel: 'video',
          claimedAt: '2023-07-13T08:00:00Z',
          sourceId: this.sourceId,
        });
      case 'POST /v1/incidents/{id}/claims/{claimId}/sources': {
        const i = await this.incident();
        return post(`/v1/incidents/${i}/claims/${await this.claim(i)}/sources`, {
          sourceId: await this.source(),
          credibility: 2,
        });
      }
      case 'POST /v1/incidents/{id}/claims/{claimId}/retractions': {
        const i = await this.incident();
        return post(`/v1/incidents/${i}/claims/${await this.claim(i)}/retractions`, {
          retractedAt: '2023-07-14T08:00:00Z',
          sourceId: this.sourceId,
          reason: 'disowned',
        });
      }
      case 'POST /v1/incidents/{id}/denials':
        return post(`/v1/incidents/${await this.incident()}/denials`, {
          group: this.groupId,
          deniedAt: '2023-07-13T08:00:00Z',
          sourceId: this.sourceId,
          statement: 'not us',
        });
      case 'POST /v1/incidents/{id}/corrections':
        return post(`/v1/incidents/${inc}/corrections`, { fields: { summary: `corrected ${u}` }, reason: 'matrix' });
      case 'POST /v1/incidents/{id}/duplicate-of':
        return post(`/v1/incidents/${await this.incident()}/duplicate-of`, { incidentId: inc, reason: 'same attack' });
      case 'POST /v1/sources':
        return post('/v1/sources', { name: `Matrix new source ${u}`, kind: 'official', reliability: 'A' });
      case 'POST /v1/incidents/{id}/attributions':
        return post(`/v1/incidents/${await this.incident()}/attributions`, {
          group: this.groupId,
          confidence: 60,
          basis: 'matrix',
        });
      case 'POST /v1/incidents/{id}/attributions/{attributionId}/withdrawal': {
        const i = await this.incident();
        const a = await this.admin('POST', `/v1/incidents/${i}/attributions`, {
          group: this.groupId,
          confidence: 40,
          basis: 'to withdraw',
        });
        return post(`/v1/incidents/${i}/attributions/${a.id}/withdrawal`, { reason: 'matrix' });
      }
      case 'POST /v1/incidents/{id}/claims/{claimId}/authenticity': {
        const i = await this.incident();
        return post(`/v1/incidents/${i}/claims/${await this.claim(i)}/authenticity`, {
          verdict: 'doubtful',
          basis: 'matrix',
        });
      }
      case 'POST /v1/reviews/{id}/resolution':
        return post(`/v1/reviews/${(await this.review()).reviewId}/resolution`, { decision: 'uphold', note: 'matrix' });
      case 'POST /v1/groups':
        return post('/v1/groups', { name: `Matrix registered ${u}`, kind: 'militant' });
      case 'POST /v1/groups/{id}/aliases':
        return post(`/v1/groups/${this.groupId}/aliases`, { alias: `Matrix alias ${u}` });
      case 'POST /v1/groups/{id}/relations':
        return post(`/v1/groups/${this.groupId}/relations`, { relation: 'rival_of', otherGroup: await this.group() });
      case 'POST /v1/groups/{id}/relations/{relationId}/withdrawal': {
        const r = await this.admin('POST', `/v1/groups/${this.groupId}/relations`, {
          relation: 'affiliate_of',
          otherGroup: await this.group(),
        });
        return post(`/v1/groups/${this.groupId}/relations/${r.id}/withdrawal`, { reason: 'matrix' });
      }
      case 'POST /v1/sources/{id}/ratings':
        return post(`/v1/sources/${await this.source()}/ratings`, { reliability: 'E', reason: 'matrix' });
      case 'POST /v1/admin/keys':
        return post('/v1/admin/keys', { name: `matrix key ${u}`, role: 'reporter' });
      case 'DELETE /v1/admin/keys/{id}': {
        const k = await this.admin('POST', '/v1/admin/keys', { name: `to revoke ${u}`, role: 'reporter' });
        return { method: 'DELETE', path: `/v1/admin/keys/${k.id}`, status: 204 };
      }
      case 'GET /v1/admin/projections':
        return get('/v1/admin/projections');
      case 'POST /v1/admin/projections/{name}/rebuild':
        return { method: 'POST', path: '/v1/admin/projections/groups/rebuild', status: 202 };
      // Parked for `statements`, which ignores source events: the other operations read on unaffected.
      case 'POST /v1/admin/projections/{name}/parked':
        return post('/v1/admin/projections/statements/parked', {
          eventId: await this.sourceEventId(),
          reason: 'matrix',
        });
      case 'DELETE /v1/admin/projections/{name}/parked/{eventId}': {
        const eventId = await this.sourceEventId();
        await this.admin('POST', '/v1/admin/projections/statements/parked', { eventId, reason: 'to unpark' });
        return { method: 'DELETE', path: `/v1/admin/projections/statements/parked/${eventId}`, status: 200 };
      }
      case 'GET /v1/admin/rebuilds/{id}':
        return get(`/v1/admin/rebuilds/${this.rebuildId}`);
      case 'GET /v1/admin/jobs/failed':
        return get('/v1/admin/jobs/failed');
      case 'POST /v1/admin/imports':
        return { method: 'POST', path: '/v1/admin/imports', file: GTD_CSV, status: 202 };
      case 'GET /v1/admin/imports/{id}':
        return get(`/v1/admin/imports/${this.importId}`);
      case 'GET /v1/exports/events.ndjson':
        return get('/v1/exports/events.ndjson');
      case 'GET /v1/exports/incidents.csv':
        return get('/v1/exports/incidents.csv');
      case 'GET /v1/exports/stix':
        return get('/v1/exports/stix');
      default:
        throw new Error(`no fixture for ${op}`);
    }
  }
}

/** Sends `r` with the given Authorization header (none when undefined) and any extra headers. */
export function send(t: TestApp, r: MatrixRequest, authorization?: string, headers: Record<string, string> = {}) {
  let req =
    r.method === 'GET' ? t.http.get(r.path) : r.method === 'DELETE' ? t.http.delete(r.path) : t.http.post(r.path);
  if (authorization !== undefined) req = req.set('Authorization', authorization);
  req = req.set(headers);
  if (r.file !== undefined) return req.attach('file', Buffer.from(r.file), 'gtd.csv');
  return r.body ? req.send(r.body) : req;
}
