// H1: POST /v1/incidents/{id}/claims through the real API (auth, validation, Idempotency-Key),
// C connections with autocannon, each request a new claim on its own incident. Baselines of the same
// run: the API's HTTP floor, and an emmett HTTP peer (support/emmett-peer.main.ts: Express and
// emmett-postgresql, no auth) taking the same load on as many incidents in its own schema.
// Usage: npm run bench:http -- [--seconds 10] [--connections 32]
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import autocannon from 'autocannon';
import { GroupNamesRepository } from '@app/domain';
import { EventStore } from '@app/event-store';
import { incidentStreamName, type IncidentReported } from './support/emmett-peer.domain.js';
import { bareIncidentData } from './support/generate.js';
import { cliNumber, runAsScript, withFreshDatabase, withSearchPath } from './support/harness.js';
import { createKey, startApi, startEmmettPeer, type Running } from './support/processes.js';

/** POSTs of one JSON body for `seconds` over `connections`; each request's path and extra headers from `next`. */
function postLoad(
  url: string,
  connections: number,
  seconds: number,
  body: string,
  next: () => { path: string; headers: Record<string, string> },
) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req: any) => {
          const { path, headers } = next();
          return { ...req, path, headers: { 'content-type': 'application/json', ...headers }, body };
        },
      },
    ],
  });
}

export async function runHttpClaimsBench(seconds: number, connections: number, distRoot: string) {
  return withFreshDatabase('http', async (owner, url) => {
    let api: Running | undefined;
    let peer: Running | undefined;
    try {
      const store = new EventStore(owner.db);
      const groupId = randomUUID();
      const sourceId = randomUUID();
      await store.append(`group-${groupId}`, [
        { type: 'GroupRegistered', data: { groupId, name: 'Bench Group', aliases: ['BG'], kind: 'militant' } },
      ]);
      await new GroupNamesRepository(owner.db).reserve(
        owner.db,
        groupId,
        [
          { name: 'Bench Group', isAlias: false },
          { name: 'BG', isAlias: true },
        ],
        'name',
      );
      await store.append(`source-${sourceId}`, [
        { type: 'SourceRegistered', data: { sourceId, name: 'Bench Source', kind: 'news', reliability: 'B' } },
      ]);
      const incidents = Array.from({ length: Math.max(2000, seconds * 1500) }, () => randomUUID());
      for (let i = 0; i < incidents.length; i += 500) {
        await Promise.all(
          incidents
            .slice(i, i + 500)
            .map((id) => store.append(`incident-${id}`, [{ type: 'IncidentReported', data: bareIncidentData(id) }])),
        );
      }
      api = await startApi(distRoot, url);
      // A reporter key, as a desk would use (the bootstrap admin key skips rate limiting only).
      const key = await createKey(api, 'reporter');
      let n = 0;
      const body = JSON.stringify({
        group: 'BG',
        channel: 'statement',
        claimedAt: '2023-01-30T10:00:00Z',
        sourceId,
        credibility: 3,
      });
      const result = await postLoad(api.url, connections, seconds, body, () => ({
        path: `/v1/incidents/${incidents[n++ % incidents.length]}/claims`,
        headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
      }));
      // The HTTP floor of the same process and connections: no auth, no database.
      const floor = await autocannon({ url: `${api.url}/health/live`, connections, duration: seconds });
      // Each server has the machine to itself while measured.
      await api.stop();

      // The emmett HTTP peer: as many incidents, appended through emmett into its own schema (created
      // here, before the peer starts), the same body, connections and duration, no key.
      const peerUrl = withSearchPath(url, 'emmett');
      await owner.pool.query('create schema emmett');
      const emmett = getPostgreSQLEventStore(peerUrl, { schema: { autoMigration: 'CreateOrUpdate' } });
      const peerIncidents = incidents.map(() => randomUUID());
      try {
        await emmett.schema.migrate();
        for (let i = 0; i < peerIncidents.length; i += 500) {
          await Promise.all(
            peerIncidents
              .slice(i, i + 500)
              .map((id) =>
                emmett.appendToStream<IncidentReported>(incidentStreamName(id), [
                  { type: 'IncidentReported', data: bareIncidentData(id) },
                ]),
              ),
          );
        }
      } finally {
        await emmett.close();
      }
      peer = await startEmmettPeer(distRoot, peerUrl);
      // The peer validates as claimed: a body it must refuse is a 400 (and appends nothing).
      const bad = await fetch(`${peer.url}/incidents/${peerIncidents[0]}/claims`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ group: 'BG', channel: 'telepathy', claimedAt: 'yesterday', sourceId, credibility: 9 }),
      });
      if (bad.status !== 400) throw new Error(`emmett peer answered a bad body with ${bad.status}, not 400`);
      let p = 0;
      const peerResult = await postLoad(peer.url, connections, seconds, body, () => ({
        path: `/incidents/${peerIncidents[p++ % peerIncidents.length]}/claims`,
        headers: {},
      }));
      return {
        floorRequestsPerSecond: Math.round(floor.requests.average),
        connections,
        seconds,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        total: result.requests.total,
        peer: {
          requestsPerSecond: Math.round(peerResult.requests.average),
          p50Ms: peerResult.latency.p50,
          p99Ms: peerResult.latency.p99,
          non2xx: peerResult.non2xx,
          errors: peerResult.errors,
          total: peerResult.requests.total,
        },
      };
    } finally {
      await api?.stop();
      await peer?.stop();
    }
  });
}

runAsScript(import.meta.url, () =>
  runHttpClaimsBench(
    cliNumber('seconds', 10),
    cliNumber('connections', 32),
    path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'),
  ),
);
