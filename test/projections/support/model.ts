// Read-model checks shared by the projection suites: catching up with the log, comparing every
// read model with a from-scratch fold of its streams, and snapshots of the models.
import { sql, type Kysely } from 'kysely';
import { competingClaims, foldGroup, foldIncident, foldSource, incidentStatus, type IncidentState } from '@app/domain';
import type { EventStore, LogCheckpoint } from '@app/event-store';
import { incidentPeriod, PROJECTIONS } from '@app/projections';
import { projectionFollower } from '@app/config';

export const RM_TABLES: Record<string, string> = {
  rm_incidents: 'incident_id',
  rm_claims: 'claim_id',
  rm_denials: 'denial_id',
  rm_attributions: 'attribution_id',
  rm_reviews: 'review_id',
  rm_groups: 'group_id',
  rm_sources: 'source_id',
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** JSON as stored in jsonb and read back: what a state looks like after a round trip. */
export const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v));

const isoOrNull = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

export async function loadCheckpoint(db: Kysely<any>, name: string): Promise<LogCheckpoint | null> {
  const { rows } = await sql<{ transaction_id: string; position: number }>`
    select transaction_id::text as transaction_id, position from checkpoints where name = ${name}`.execute(db);
  return rows[0] ? { transactionId: rows[0].transaction_id, position: Number(rows[0].position) } : null;
}

/** Events in the log that the projection's checkpoint does not cover yet. */
export async function pendingEvents(db: Kysely<any>, projection: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from events e
     where not exists (select 1 from checkpoints c where c.name = ${projectionFollower(projection)}
                        and (e.transaction_id, e.position) <= (c.transaction_id, c.position))`.execute(db);
  return rows[0].n;
}

/**
 * Waits until every projection's checkpoint covers every event now in the log. The gap-safe
 * reader waits for the cluster's oldest transaction (other suites run on the same server), so
 * this polls with a generous timeout.
 */
export async function waitForCatchUp(
  db: Kysely<any>,
  timeoutMs = 45_000,
  names: string[] = PROJECTIONS.map((p) => p.name),
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await Promise.all(names.map((n) => pendingEvents(db, n)));
    if (pending.every((n) => n === 0)) return;
    if (Date.now() > deadline)
      throw new Error(
        `read models did not catch up in ${timeoutMs} ms: ` +
          `pending ${names.map((n, i) => `${n}=${pending[i]}`).join(', ')}`,
      );
    await sleep(25);
  }
}

export interface FoldComparison {
  mismatches: string[];
  incidents: number;
  claims: number;
  denials: number;
  attributions: number;
  reviews: number;
  groups: number;
  sources: number;
}

const byKey = (k: string) => (a: any, b: any) => (a[k] < b[k] ? -1 : a[k] > b[k] ? 1 : 0);

/**
 * Every read model against a fold of the log from scratch: rm_incidents (state and columns),
 * rm_claims, rm_denials, rm_attributions, rm_reviews, rm_groups, rm_sources.
 */
export async function compareWithFold(db: Kysely<any>, store: EventStore): Promise<FoldComparison> {
  const mismatches: string[] = [];
  const { rows: streams } = await sql<{ stream_id: string; stream_type: string; version: number }>`
    select stream_id, stream_type, version from streams order by stream_id`.execute(db);

  const folded = new Map<string, IncidentState>();
  const groups = new Map<string, unknown>();
  const sources = new Map<string, unknown>();
  for (const s of streams) {
    const events = await store.readStream(s.stream_id);
    if (events.length !== Number(s.version))
      mismatches.push(`${s.stream_id}: ${events.length} events but stream version ${s.version}`);
    const id = s.stream_id.slice(s.stream_type.length + 1);
    if (s.stream_type === 'incident') folded.set(id, foldIncident(events)!);
    if (s.stream_type === 'group') groups.set(id, foldGroup(events));
    if (s.stream_type === 'source') sources.set(id, foldSource(events));
  }

  // rm_incidents: the folded state as stored, and the flat columns the filters use.
  const { rows: incidentRows } = await sql<any>`select * from rm_incidents`.execute(db);
  const seen = new Set<string>();
  for (const r of incidentRows) {
    seen.add(r.incident_id);
    const f = folded.get(r.incident_id);
    if (!f) {
      mismatches.push(`rm_incidents has ${r.incident_id}, the log has no such incident`);
      continue;
    }
    const want = asJson(f);
    if (JSON.stringify(sortKeys(r.state)) !== JSON.stringify(sortKeys(want))) {
      mismatches.push(
        `rm_incidents ${r.incident_id}: state differs from the fold (version ${r.state?.version} vs ${f.version})`,
      );
    }
    const cols = {
      status: r.status,
      competing: r.competing,
      country: r.country,
      occurred_earliest: isoOrNull(r.occurred_earliest),
      occurred_latest: isoOrNull(r.occurred_latest),
      group_ids: [...r.group_ids].sort(),
      duplicate_of: r.duplicate_of,
      version: Number(r.version),
      position: Number(r.position),
    };
    const expected = {
      status: incidentStatus(f),
      competing: competingClaims(f),
      country: f.location.country,
      occurred_earliest: isoOrNull(f.occurredAt.earliest),
      occurred_latest: isoOrNull(f.occurredAt.latest),
      group_ids: [
        ...new Set([
          ...f.claims.map((c) => c.groupId),
          ...f.attributions.filter((a) => !a.withdrawn).map((a) => a.groupId),
        ]),
      ].sort(),
      duplicate_of: f.duplicateOf,
      version: f.version,
      position: f.position,
    };
    if (JSON.stringify(cols) !== JSON.stringify(expected))
      mismatches.push(`rm_incidents ${r.incident_id} columns ${JSON.stringify(cols)} != ${JSON.stringify(expected)}`);
  }
  for (const id of folded.keys()) if (!seen.has(id)) mismatches.push(`rm_incidents lacks incident ${id}`);

  // Flat child tables, rebuilt from the folded states independently of the projection's code.
  const states = [...folded.values()];
  // Every child row starts with its own id and its incident's; the rest are its own columns.
  const childRows = <C extends { id: string }>(
    idColumn: string,
    children: (s: IncidentState) => C[],
    columns: (c: C, s: IncidentState) => object,
  ) => states.flatMap((s) => children(s).map((c) => ({ [idColumn]: c.id, incident_id: s.id, ...columns(c, s) })));
  const expectClaims = childRows(
    'claim_id',
    (s) => s.claims,
    (c) => ({
      group_id: c.groupId,
      status: c.status,
      assessment: c.assessment,
      claimed_at: isoOrNull(c.claimedAt),
      claimed_at_unknown: c.claimedAtUnknown,
      retracted_at: isoOrNull(c.retractedAt),
      retraction_id: c.retractionId,
      retraction_source_id: c.retractionSourceId,
      retraction_reason: c.retractionReason,
    }),
  );
  const expectDenials = childRows(
    'denial_id',
    (s) => s.denials,
    (d) => ({ group_id: d.groupId, denied_at: isoOrNull(d.deniedAt), contradicts_claim_id: d.contradictsClaimId }),
  );
  const expectAttributions = childRows(
    'attribution_id',
    (s) => s.attributions,
    (a, s) => ({
      group_id: a.groupId,
      confidence: a.confidence,
      withdrawn: a.withdrawn,
      incident_period: incidentPeriod(s),
      occurred_earliest: isoOrNull(s.occurredAt.earliest),
      occurred_latest: isoOrNull(s.occurredAt.latest),
    }),
  );
  const expectReviews = childRows(
    'review_id',
    (s) => s.reviews,
    (r) => ({ claim_id: r.claimId, status: r.status, decision: r.decision }),
  );
  const tsCols = ['claimed_at', 'retracted_at', 'denied_at', 'occurred_earliest', 'occurred_latest'];
  const normalise = (rows: any[], keep: string[]) =>
    rows.map((r) => Object.fromEntries(keep.map((k) => [k, tsCols.includes(k) ? isoOrNull(r[k]) : (r[k] ?? null)])));
  const check = async (table: string, key: string, expected: any[]) => {
    const keep = Object.keys(expected[0] ?? { [key]: null });
    const { rows } = await sql<any>`select * from ${sql.table(table)}`.execute(db);
    const got = normalise(rows, keep).sort(byKey(key));
    const want = normalise(expected, keep).sort(byKey(key));
    if (got.length !== want.length) mismatches.push(`${table}: ${got.length} rows, the fold has ${want.length}`);
    const wantByKey = new Map(want.map((w) => [w[key], w]));
    for (const g of got) {
      const w = wantByKey.get(g[key]);
      if (!w) mismatches.push(`${table}: unexpected row ${g[key]}`);
      else if (JSON.stringify(g) !== JSON.stringify(w))
        mismatches.push(`${table} ${g[key]}: ${JSON.stringify(g)} != ${JSON.stringify(w)}`);
    }
    const gotKeys = new Set(got.map((g) => g[key]));
    for (const w of want) if (!gotKeys.has(w[key])) mismatches.push(`${table}: missing row ${w[key]}`);
  };
  await check('rm_claims', 'claim_id', expectClaims);
  await check('rm_denials', 'denial_id', expectDenials);
  await check('rm_attributions', 'attribution_id', expectAttributions);
  await check('rm_reviews', 'review_id', expectReviews);

  for (const [table, key, want] of [
    ['rm_groups', 'group_id', groups],
    ['rm_sources', 'source_id', sources],
  ] as const) {
    const { rows } = await sql<any>`select ${sql.ref(key)}::text as id, state from ${sql.table(table)}`.execute(db);
    if (rows.length !== want.size) mismatches.push(`${table}: ${rows.length} rows, the log has ${want.size} streams`);
    for (const r of rows) {
      const w = want.get(r.id);
      if (JSON.stringify(sortKeys(r.state)) !== JSON.stringify(sortKeys(asJson(w))))
        mismatches.push(`${table} ${r.id}: state differs from the fold`);
    }
  }

  return {
    mismatches,
    incidents: folded.size,
    claims: expectClaims.length,
    denials: expectDenials.length,
    attributions: expectAttributions.length,
    reviews: expectReviews.length,
    groups: groups.size,
    sources: sources.size,
  };
}

export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, sortKeys((v as any)[k])]),
    );
  return v;
}

/** Every read-model row, by table, in key order: to show a failed batch changed nothing. */
export async function dumpModels(db: Kysely<any>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [table, key] of Object.entries(RM_TABLES)) {
    const { rows } = await sql<{
      j: string;
    }>`select to_jsonb(t)::text as j from ${sql.table(table)} t order by ${sql.ref(key)}`.execute(db);
    out[table] = rows.map((r) => r.j);
  }
  return out;
}

export async function allCheckpoints(db: Kysely<any>): Promise<Record<string, string>> {
  const { rows } = await sql<{ name: string; cp: string }>`
    select name, transaction_id::text || '/' || position as cp from checkpoints order by name`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.name, r.cp]));
}
