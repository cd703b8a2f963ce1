// What every answer must be (no 5xx; every 4xx an RFC 9457 problem), and the log afterwards: no
// event from a rejected request, and exactly the events of the accepted ones.
import { sql } from 'kysely';
import { countEvents } from '../../support/test-database.js';
import type { Harness } from './hostile-api.js';
import { describeRequest, header, type RawExchange, type RawRequest, type RawResponse } from './hostile-http.js';

export interface Outcome {
  label: string;
  req: RawRequest;
  exchange: RawExchange;
  /** The X-Correlation-Id sent, when it was one the API keeps (then it must be echoed). */
  sentCorrelationId?: string;
  /** A request that can never complete (body shorter than its Content-Length) may go unanswered. */
  mayGoUnanswered?: boolean;
}

interface Violation {
  rule: string;
  outcome: Outcome;
}

/** The problems of a 4xx answer that is not RFC 9457 problem+json with a matching status. */
export function problemFaults(res: RawResponse): string[] {
  const faults: string[] = [];
  const type = header(res, 'content-type') ?? '(none)';
  if (!/^application\/problem\+json/i.test(type)) faults.push(`Content-Type ${type}`);
  let body: any;
  try {
    body = JSON.parse(res.text);
  } catch {
    return [...faults, 'body is not JSON'];
  }
  if (typeof body?.type !== 'string' || !body.type) faults.push('no type');
  if (typeof body?.title !== 'string' || !body.title) faults.push('no title');
  if (body?.status !== res.status) faults.push(`status ${JSON.stringify(body?.status)} ≠ ${res.status}`);
  // A rejected input must say what was wrong: a detail beyond the status text.
  if ([400, 413, 415, 422].includes(res.status)) {
    const detail = typeof body?.detail === 'string' ? body.detail.trim() : '';
    if (
      !detail ||
      detail.toLowerCase() === String(body?.title).toLowerCase() ||
      /^(bad request|unprocessable (content|entity))$/i.test(detail)
    ) {
      faults.push(`detail ${JSON.stringify(body?.detail)} does not say what is wrong`);
    }
  }
  return faults;
}

/** The one 5xx docs/API.md promises: a well-formed minPosition the read models have not reached. */
function isNotYetApplied(res: RawResponse, req: RawRequest): boolean {
  if (res.status !== 503 || !header(res, 'retry-after') || !/[?&]minPosition=\d{1,15}(&|$)/.test(req.target))
    return false;
  try {
    return /\/not-yet-applied$/.test(JSON.parse(res.text).type) && problemFaults(res).length === 0;
  } catch {
    return false;
  }
}

export class Recorder {
  readonly outcomes: Outcome[] = [];
  readonly violations: Violation[] = [];
  readonly statuses = new Map<number, number>();
  readonly accepted = new Set<string>();
  readonly rejected = new Set<string>();
  /** Writes answered with a position: their event must be in the log. */
  readonly writes: Array<{ position: number; outcome: Outcome }> = [];
  readonly successesByLabel = new Map<string, number>();
  notYetApplied = 0;
  unanswered = 0;

  record(outcome: Outcome): void {
    this.outcomes.push(outcome);
    const { exchange } = outcome;
    if (!exchange.response) {
      this.unanswered++;
      if (!outcome.mayGoUnanswered) this.violations.push({ rule: `no answer (${exchange.failure})`, outcome });
      return;
    }
    for (const res of exchange.responses) this.check(res, outcome);
    const res = exchange.response;
    const cid = header(res, 'x-correlation-id');
    if (res.status >= 200 && res.status < 300) {
      this.successesByLabel.set(outcome.label, (this.successesByLabel.get(outcome.label) ?? 0) + 1);
      if (cid) this.accepted.add(cid);
      const body = safeJson(res.text);
      if (typeof body?.position === 'number') this.writes.push({ position: body.position, outcome });
      // An import's events carry the import's id as their correlation id.
      if (res.status === 202 && outcome.req.target.startsWith('/v1/admin/imports') && typeof body?.id === 'string')
        this.accepted.add(body.id);
    } else if (cid) this.rejected.add(cid);
    if (outcome.sentCorrelationId && cid && cid !== outcome.sentCorrelationId) {
      this.violations.push({ rule: `X-Correlation-Id ${outcome.sentCorrelationId} answered as ${cid}`, outcome });
    }
  }

  private check(res: RawResponse, outcome: Outcome): void {
    // A HEAD answer has the GET's headers and no body.
    if (outcome.req.method === 'HEAD' && res.status >= 400 && !res.body.length) {
      this.statuses.set(res.status, (this.statuses.get(res.status) ?? 0) + 1);
      const type = header(res, 'content-type') ?? '(none)';
      if (!/^application\/problem\+json/i.test(type) || res.status >= 500)
        this.violations.push({ rule: `${res.status} HEAD answer with Content-Type ${type}`, outcome });
      return;
    }
    this.statuses.set(res.status, (this.statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500) {
      if (isNotYetApplied(res, outcome.req)) this.notYetApplied++;
      else this.violations.push({ rule: `${res.status} answer`, outcome });
    } else if (res.status >= 400) {
      const faults = problemFaults(res);
      if (faults.length)
        this.violations.push({ rule: `${res.status} not problem+json: ${faults.join(', ')}`, outcome });
    }
  }

  count(): number {
    return this.outcomes.length;
  }

  /** The first violation in full, then one line per further kind of violation. */
  failureReport(max = 15): string {
    if (!this.violations.length) return '';
    const first = this.violations[0];
    const lines = [
      `${this.violations.length} violation(s) in ${this.count()} requests. ` +
        `First: ${first.rule} [${first.outcome.label}]`,
      describeRequest(first.outcome.req),
      '→ ' + answerOf(first.outcome.exchange),
    ];
    const seen = new Set([first.rule + first.outcome.label]);
    for (const v of this.violations.slice(1)) {
      const k = v.rule + v.outcome.label;
      if (seen.has(k) || seen.size >= max) continue;
      seen.add(k);
      lines.push(
        `— ${v.rule} [${v.outcome.label}] ${describeRequest(v.outcome.req).split('\n')[0].slice(0, 200)} ` +
          `→ ${answerOf(v.outcome.exchange).slice(0, 300)}`,
      );
    }
    return lines.join('\n');
  }

  /** Every violation in full, for HOSTILE_DUMP=<file> when working through a failing run. */
  dump(): string {
    const violations = this.violations.map(
      (v) =>
        `## ${v.rule} [${v.outcome.label}]\n${describeRequest(v.outcome.req)}\n→ ${answerOf(v.outcome.exchange)}\n`,
    );
    const answers = this.outcomes.map(
      (o) =>
        `[${o.label}] ${o.req.method} ${JSON.stringify(o.req.target.slice(0, 120))} ` +
        `→ ${answerOf(o.exchange).slice(0, 300)}`,
    );
    return [...violations, '# every answer', ...answers].join('\n');
  }

  figures(): string {
    const classes = [...this.statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    return (
      `${this.count()} requests; answers ${classes}; unanswered ${this.unanswered}; ` +
      `5xx other than not-yet-applied: ${this.violations.filter((v) => /^5\d\d answer/.test(v.rule)).length}; ` +
      `minPosition not-yet-applied 503s: ${this.notYetApplied}`
    );
  }
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function answerOf(exchange: RawExchange): string {
  const res = exchange.response;
  if (!res) return `no answer (${exchange.failure})`;
  return `${res.status} ${header(res, 'content-type') ?? ''} ${res.text.slice(0, 800)}`;
}

/**
 * After the run: every event since the seeds belongs to an accepted request (none to a rejected
 * one, none to nobody), the log grew by exactly those events, and every write answered with a
 * position has its event there.
 */
export async function eventFaults(h: Harness, rec: Recorder): Promise<{ faults: string[]; written: number }> {
  const db = h.t.tdb.owner.db;
  const { rows } = await sql<{ cid: string | null; n: number }>`
    select metadata->>'correlationId' as cid, count(*)::int as n from events
     where position > ${h.positionBefore} group by 1`.execute(db);
  const faults: string[] = [];
  let ofAccepted = 0;
  for (const r of rows) {
    if (r.cid && rec.accepted.has(r.cid)) ofAccepted += r.n;
    else if (r.cid && rec.rejected.has(r.cid))
      faults.push(`${r.n} event(s) written by a rejected request (correlation id ${r.cid})`);
    else faults.push(`${r.n} event(s) with a correlation id no answer carried: ${r.cid}`);
  }
  const total = await countEvents(db);
  if (total !== h.eventsBefore + ofAccepted)
    faults.push(`log has ${total} events; expected ${h.eventsBefore} + ${ofAccepted} of accepted requests`);
  const positions = rec.writes.map((w) => w.position);
  if (positions.length) {
    const found = await sql<{
      position: string;
    }>`select position from events where position = any(${positions}::bigint[])`.execute(db);
    const have = new Set(found.rows.map((r) => Number(r.position)));
    for (const w of rec.writes)
      if (!have.has(w.position))
        faults.push(`accepted write answered position ${w.position}, which holds no event [${w.outcome.label}]`);
  }
  return { faults, written: total - h.eventsBefore };
}

/** Imports run after their 202: waits until none is queued or running; answers those that failed. */
export async function waitForImports(h: Harness, ms = 60_000): Promise<string[]> {
  const db = h.t.tdb.owner.db;
  const deadline = Date.now() + ms;
  for (;;) {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from imports where status in ('queued', 'running')`.execute(db);
    if (rows[0].n === 0) break;
    if (Date.now() > deadline) throw new Error(`imports still running after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const failed = await sql<{
    id: string;
    failure: string | null;
  }>`select id::text, failure from imports where status = 'failed'`.execute(db);
  return failed.rows.map((r) => `import ${r.id} failed: ${r.failure}`);
}
