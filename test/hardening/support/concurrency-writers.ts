// R1's writers: each makes its appends as an HTTP client would — If-Match with the version it
// last saw (from a GET's ETag, its own 201, or the 412's ETag), again after a 412 — and keeps a
// record of every answer so the suite can hold the log against them.
import { mulberry32, pick } from '../../projections/support/workload.js';
import type { Answer, HttpClient } from './concurrency-http.js';

/** A time after now: GET /v1/incidents/{id}?asOf= folds the stream from the log, not the lagging read model. */
export const FAR_FUTURE = '2100-01-01T00:00:00Z';

export interface PostRecord {
  writer: number;
  incidentId: string;
  summary: string;
  status: number;
  contentType: string;
  version?: number;
  position?: number;
  etag: string | null;
}

export interface WriterRun {
  posts: PostRecord[];
  gets: Array<{ status: number; etag: string | null }>;
  /** Logical appends abandoned after `maxAttempts` 412s in a row. */
  abandoned: number;
}

const versionOf = (a: Answer): number | undefined => {
  const m = /^"(\d+)"$/.exec(a.headers.get('etag') ?? '');
  return m ? Number(m[1]) : undefined;
};

/**
 * `writers` loops of `appends` corrections each, over `incidents` picked at random (seeded per
 * writer). Every append carries a summary unique to it, so every decision is valid and only a
 * version conflict can refuse it.
 */
export async function runWriters(opts: {
  http: HttpClient;
  keys: string[];
  incidents: string[];
  writers: number;
  appends: number;
  maxAttempts: number;
}): Promise<WriterRun> {
  const run: WriterRun = { posts: [], gets: [], abandoned: 0 };
  const writer = async (w: number) => {
    const rng = mulberry32(7919 * (w + 1));
    const key = opts.keys[w % opts.keys.length];
    const known = new Map<string, number>();
    for (let i = 0; i < opts.appends; i++) {
      const incidentId = pick(rng, opts.incidents);
      const summary = `writer ${w} append ${i}`;
      for (let attempt = 1; ; attempt++) {
        if (!known.has(incidentId)) {
          const g = await opts.http.send('GET', `/v1/incidents/${incidentId}?asOf=${FAR_FUTURE}`, { key });
          run.gets.push({ status: g.status, etag: g.headers.get('etag') });
          const v = versionOf(g);
          if (g.status !== 200 || v === undefined) return;
          known.set(incidentId, v);
        }
        const res = await opts.http.send('POST', `/v1/incidents/${incidentId}/corrections`, {
          key,
          headers: { 'If-Match': `"${known.get(incidentId)}"` },
          body: { fields: { summary }, reason: `concurrency writer ${w}` },
        });
        run.posts.push({
          writer: w,
          incidentId,
          summary,
          status: res.status,
          contentType: res.headers.get('content-type') ?? '',
          version: res.body?.version,
          position: res.body?.position,
          etag: res.headers.get('etag'),
        });
        if (res.status === 201) {
          known.set(incidentId, res.body.version);
          break;
        }
        if (res.status !== 412) break;
        const current = versionOf(res);
        if (current === undefined) known.delete(incidentId);
        else known.set(incidentId, current);
        if (attempt >= opts.maxAttempts) {
          run.abandoned++;
          break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: opts.writers }, (_, w) => writer(w)));
  return run;
}
