// A steady request load for the outage suites: writers that record incidents with claims, extra
// sources, competing claims, attributions, retractions and denials through the public API (and,
// optionally, readers), each request logged with its answer, so a suite can say exactly which
// requests failed, when, and how.
import { randomUUID } from 'node:crypto';

export interface Answer {
  op: string;
  method: 'GET' | 'POST';
  /** Ms since the load started, when the request was sent. */
  at: number;
  ms: number;
  /** HTTP status; 0 when no answer came (connection error or client timeout). */
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: any;
  error?: string;
}

export interface LoadOptions {
  baseUrl: string;
  keys: { reporter: string; analyst: string };
  groups: string[];
  sources: string[];
  writers: number;
  readers?: number;
  /** Pause of each writer/reader between two requests. */
  gapMs: number;
  /** Client-side deadline per request: a hang shows as status 0 with error 'timeout'. */
  requestTimeoutMs?: number;
}

export interface RecordedClaim {
  incidentId: string;
  claimId: string;
}

export class Load {
  readonly answers: Answer[] = [];
  readonly claims: RecordedClaim[] = [];
  readonly incidents: string[] = [];
  private running = false;
  private started = 0;
  private loops: Promise<void>[] = [];
  private n = 0;

  constructor(private readonly o: LoadOptions) {}

  start(): this {
    this.running = true;
    this.started = Date.now();
    for (let i = 0; i < this.o.writers; i++) this.loops.push(this.loop(() => this.story()));
    for (let i = 0; i < (this.o.readers ?? 0); i++) this.loops.push(this.loop(() => this.read()));
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Ms since start (for marking outage windows on the same clock as `Answer.at`). */
  now(): number {
    return Date.now() - this.started;
  }

  private async loop(body: () => Promise<void>): Promise<void> {
    while (this.running) {
      await body();
      await new Promise((r) => setTimeout(r, this.o.gapMs));
    }
  }

  private pick<T>(xs: T[]): T {
    return xs[Math.floor(Math.random() * xs.length)];
  }

  async request(op: string, method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<Answer> {
    const at = this.now();
    const t0 = Date.now();
    const a: Answer = { op, method, at, ms: 0, status: 0, contentType: '', retryAfter: null, body: null };
    try {
      const res = await fetch(`${this.o.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.o.requestTimeoutMs ?? 60_000),
      });
      a.status = res.status;
      a.contentType = res.headers.get('content-type') ?? '';
      a.retryAfter = res.headers.get('retry-after');
      const text = await res.text();
      try {
        a.body = JSON.parse(text);
      } catch {
        a.body = text;
      }
    } catch (err) {
      a.error =
        (err as Error).name === 'TimeoutError' ? 'timeout' : String((err as Error).cause ?? (err as Error).message);
    }
    a.ms = Date.now() - t0;
    this.answers.push(a);
    return a;
  }

  private post(op: string, path: string, body: unknown, role: 'reporter' | 'analyst' = 'reporter') {
    return this.request(op, 'POST', path, this.o.keys[role], body);
  }

  /** One incident's story; it stops at the first write that is not a 201 (the next ones need its id). */
  private async story(): Promise<void> {
    const k = ++this.n;
    const day = `20${10 + (k % 14)}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
    const inc = await this.post('incident', '/v1/incidents', {
      occurredAt: day,
      location: { country: 'PK', admin1: 'Khyber Pakhtunkhwa', place: `Place ${k}` },
      type: this.pick(['bombing', 'armed_assault', 'assassination']),
    });
    if (inc.status !== 201) return;
    const incidentId = inc.body.id as string;
    this.incidents.push(incidentId);
    const [g1, g2] = [this.pick(this.o.groups), this.pick(this.o.groups)];
    // Sources not on the claim yet (adding one twice is a legitimate 409).
    const unused = [...this.o.sources].sort(() => Math.random() - 0.5);
    const claim = await this.post('claim', `/v1/incidents/${incidentId}/claims`, {
      group: g1,
      channel: 'statement',
      claimedAt: `${day}T10:00:00Z`,
      sourceId: unused.pop(),
    });
    if (claim.status !== 201) return;
    const claimId = claim.body.id as string;
    this.claims.push({ incidentId, claimId });
    const steps: Array<[number, () => Promise<Answer>]> = [
      [
        0.5,
        () =>
          this.post('claim-source', `/v1/incidents/${incidentId}/claims/${claimId}/sources`, {
            sourceId: unused.pop(),
            credibility: 2,
          }),
      ],
      [
        0.3,
        async () => {
          if (g2 === g1)
            return this.post('claim-source', `/v1/incidents/${incidentId}/claims/${claimId}/sources`, {
              sourceId: unused.pop(),
            });
          const a = await this.post('competing-claim', `/v1/incidents/${incidentId}/claims`, {
            group: g2,
            channel: 'video',
            claimedAt: `${day}T12:00:00Z`,
            sourceId: this.pick(this.o.sources),
          });
          if (a.status === 201) this.claims.push({ incidentId, claimId: a.body.id });
          return a;
        },
      ],
      [
        0.4,
        () =>
          this.post(
            'attribution',
            `/v1/incidents/${incidentId}/attributions`,
            { group: this.pick(this.o.groups), confidence: 60, basis: 'pattern of attacks' },
            'analyst',
          ),
      ],
      [
        0.2,
        () =>
          this.post('retraction', `/v1/incidents/${incidentId}/claims/${claimId}/retractions`, {
            retractedAt: `${day}T20:00:00Z`,
            sourceId: this.pick(this.o.sources),
            reason: 'disowned',
          }),
      ],
      [
        0.15,
        () =>
          this.post('denial', `/v1/incidents/${incidentId}/denials`, {
            group: this.pick(this.o.groups),
            deniedAt: `${day}T21:00:00Z`,
            sourceId: this.pick(this.o.sources),
          }),
      ],
    ];
    for (const [p, step] of steps) {
      if (!this.running || Math.random() >= p) continue;
      if ((await step()).status !== 201) return;
    }
  }

  private async read(): Promise<void> {
    const key = this.o.keys.reporter;
    const id = this.incidents.length ? this.pick(this.incidents) : null;
    // The history reads the log (no read-model lag), so it answers 200 for any recorded incident.
    if (id && Math.random() < 0.5) await this.request('incident-history', 'GET', `/v1/incidents/${id}/history`, key);
    else if (Math.random() < 0.5) await this.request('list-incidents', 'GET', '/v1/incidents?limit=10', key);
    else await this.request('list-groups', 'GET', '/v1/groups?limit=10', key);
  }
}

/** Answers grouped by "op status", for failure messages and the report. */
export function tally(answers: Answer[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of answers) {
    const k = `${a.method} ${a.op} ${a.status || a.error}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
