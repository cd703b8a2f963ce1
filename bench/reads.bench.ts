// Q1: GET /v1/incidents/{id} (the picture from the read model), `?asOf=` (a fold of the stream
// as recorded at a time) and GET /v1/persons/{id} (the person picture) over HTTP against a database
// holding the generated history. Baseline in
// the same run: GET /health/live on the same process, the HTTP floor without any database work.
import autocannon from 'autocannon';
import { EventStore, eventsOfTypes, recordedAtFrom, type DatabaseHandle } from '@app/event-store';
import type { GeneratedHistory } from './support/generate.js';
import { median } from './support/harness.js';
import { createKey, startApi } from './support/processes.js';

export interface Latency {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}
export interface ReadsResult {
  connections: number;
  floor: Latency;
  picture: Latency;
  asOf: Latency;
  person: Latency;
  /** How many person streams the history holds. */
  persons: number;
  asOfTime: string;
}

const CONNECTIONS = 8;

async function load(url: string, seconds: number, path: () => string, key: string): Promise<Latency> {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (req: any) => ({ ...req, path: path(), headers: { authorization: `Bearer ${key}` } }),
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
  };
}

export async function runReadsBench(o: {
  distRoot: string;
  seconds: number;
  url: string;
  owner: DatabaseHandle;
  history: GeneratedHistory;
  runs: number;
}): Promise<ReadsResult> {
  // A time half-way through the log, and the incidents reported before it (the as-of reads' targets).
  const half = Math.floor((await new EventStore(o.owner.db).headPosition()) / 2);
  const asOf = (await recordedAtFrom(o.owner.db, half))!;
  const asOfTime = asOf.toISOString();
  const early = await eventsOfTypes(o.owner.db, ['IncidentReported'], { recordedBefore: asOf, limit: 20000 });
  const ids = o.history.incidentIds;
  const earlyIds = early.map((r) => (r.data as { incidentId: string }).incidentId);
  const api = await startApi(o.distRoot, o.url);
  try {
    const key = await createKey(api, 'reporter');
    const rnd = (xs: string[]) => xs[Math.floor(Math.random() * xs.length)];
    // Warm-up: connection pool, plans, the first pages of the tables.
    await load(api.url, 1, () => `/v1/incidents/${rnd(ids)}`, key);
    const runs: { floor: Latency; picture: Latency; asOf: Latency; person: Latency }[] = [];
    for (let i = 0; i < o.runs; i++) {
      process.stderr.write(`[bench] Q1 run ${i + 1}/${o.runs}\n`);
      runs.push({
        floor: await load(api.url, o.seconds, () => '/health/live', key),
        picture: await load(api.url, o.seconds, () => `/v1/incidents/${rnd(ids)}`, key),
        asOf: await load(
          api.url,
          o.seconds,
          () => `/v1/incidents/${rnd(earlyIds)}?asOf=${encodeURIComponent(asOfTime)}`,
          key,
        ),
        person: await load(api.url, o.seconds, () => `/v1/persons/${rnd(o.history.personIds)}`, key),
      });
    }
    const med = (k: 'floor' | 'picture' | 'asOf' | 'person'): Latency => ({
      requestsPerSecond: median(runs.map((r) => r[k].requestsPerSecond)),
      p50Ms: median(runs.map((r) => r[k].p50Ms)),
      p99Ms: median(runs.map((r) => r[k].p99Ms)),
      non2xx: Math.max(...runs.map((r) => r[k].non2xx)),
    });
    return {
      connections: CONNECTIONS,
      floor: med('floor'),
      picture: med('picture'),
      asOf: med('asOf'),
      person: med('person'),
      persons: o.history.personIds.length,
      asOfTime,
    };
  } finally {
    await api.stop();
  }
}
