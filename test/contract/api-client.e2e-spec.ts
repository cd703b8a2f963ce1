// The typed client (packages/api-client): its committed document is exactly the app's, and its
// declarations are what openapi-typescript makes of it (so the client cannot drift from the API), and it
// writes and reads against the real app. Its answers are held to the document like any other.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClaimtrailClient, type ClaimtrailClient } from '@claimtrail/api-client';
import { DOCUMENT_FILE, documentText, renderSchema, SCHEMA_FILE } from '../../packages/api-client/render-schema.mjs';
import { contractState } from './support/recorder.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let baseUrl: string;

/** Reporter's client whose answers are recorded for the conformance check, as supertest's are. */
function client(key: string): ClaimtrailClient {
  const c = createClaimtrailClient(baseUrl, key);
  c.use({
    async onResponse({ request, response }) {
      const text = await response.clone().text();
      contractState()?.exchanges.push({
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        contentType: response.headers.get('content-type') ?? undefined,
        text,
      });
    },
  });
  return c;
}

beforeAll(async () => {
  t = await createTestApp('contract_client');
  const server = t.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await t?.close();
});

describe('the typed client', () => {
  it('is generated from the document the app serves (node scripts/generate-client.mjs when this fails)', async () => {
    const doc = (await t.http.get('/docs-json')).body;
    expect(readFileSync(DOCUMENT_FILE, 'utf8')).toBe(documentText(doc));
    // Derived at install and build (npm run build when only this fails).
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await renderSchema(doc));
  });

  it('records a claim and reads it back, typed, and gets problem+json for a bad reference', async () => {
    const api = client(t.keys.reporter);
    const source = await api.POST('/v1/sources', { body: { name: 'Dawn', kind: 'news', reliability: 'B' } });
    const group = await client(t.keys.analyst).POST('/v1/groups', { body: { name: 'Client Front', aliases: ['CLF'] } });
    const incident = await api.POST('/v1/incidents', {
      body: { occurredAt: '2023-07', location: { country: 'Pakistan' }, type: 'bombing' },
    });
    expect([source.response.status, group.response.status, incident.response.status]).toEqual([201, 201, 201]);
    const incidentId = incident.data!.id;

    const claim = await api.POST('/v1/incidents/{id}/claims', {
      params: { path: { id: incidentId }, header: { 'Idempotency-Key': `client-${incidentId}` } },
      body: { group: 'CLF', channel: 'video', claimedAt: '2023-07-20T08:00:00Z', sourceId: source.data!.id },
    });
    expect(claim.error).toBeUndefined();
    expect(claim.data).toEqual({ id: expect.any(String), incidentId, version: 2, position: expect.any(Number) });
    expect(claim.response.headers.get('etag')).toBe('"2"');

    // Folded from the log at that position: no read model needs to catch up.
    const picture = await api.GET('/v1/incidents/{id}', {
      params: { path: { id: incidentId }, query: { asOfPosition: claim.data!.position } },
    });
    expect(picture.data).toMatchObject({
      id: incidentId,
      status: 'claimed',
      location: { country: 'PK' },
      claims: [{ id: claim.data!.id, groupId: group.data!.id, channel: 'video' }],
    });
    const history = await api.GET('/v1/incidents/{id}/history', { params: { path: { id: incidentId } } });
    expect(history.data?.items.map((e) => e.type)).toEqual(['IncidentReported', 'ClaimRecorded']);

    const unknown = await api.POST('/v1/incidents/{id}/claims', {
      params: { path: { id: incidentId } },
      body: { group: 'Nobody At All', channel: 'video', claimedAt: '2023-07-20T08:00:00Z', sourceId: source.data!.id },
    });
    expect(unknown.response.status).toBe(422);
    expect(unknown.error?.errors?.map((e) => e.path)).toContain('group');
  });
});
