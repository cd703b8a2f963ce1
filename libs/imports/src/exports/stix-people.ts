import { sql, type Kysely } from 'kysely';
import {
  deterministicId,
  parsePartialDate,
  type Citation,
  type PersonAffiliationState,
  type PersonState,
  type PersonStatusEntry,
  type StatementState,
  type StatementVerdict,
} from '@app/domain';
import type { Database } from '@app/event-store';
import { compact, type PeriodFilter } from './export-errors.js';

// Persons and statements in the STIX 2.1 bundle (docs/API.md "Exports"). A person is a
// threat-actor (resource_level "individual"); an affiliation a `related-to` relationship from the
// person to the group's intrusion-set carrying x_claimtrail_role — STIX's `attributed-to` runs
// from an intrusion-set to the actor behind its activity, which says something else than "was a
// member of", so the generic type with the role as a custom property is the faithful one. A
// statement is a note (kind in x_claimtrail_kind), each assessment of it an opinion. A person's
// statuses (killed, detained…) are notes about the person, so their dates and sources travel
// with them. Citations become external_references on the objects they support.

export type StixObject = { type: string; id: string; spec_version: '2.1'; created: string; modified: string } & Record<
  string,
  unknown
>;

/** UUID versions 1–5: what STIX identifiers accept. */
const STIX_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * `<type>--<uuid>`: the record's own id when STIX accepts it (so ids match the API's), otherwise a
 * UUIDv5 derived from it — client-chosen ids may be UUIDv7, which STIX identifiers reject.
 */
export function stixId(type: string, id: string): string {
  return `${type}--${STIX_UUID.test(id) ? id : deterministicId(`stix:${type}:${id}`)}`;
}

/** STIX timestamps: UTC, millisecond precision, `Z`. */
export const ts = (v: Date | string) => new Date(v).toISOString();
/** `modified` never precedes `created`. */
export const later = (created: string, modified: Date | string | null | undefined) =>
  modified && ts(modified) > created ? ts(modified) : created;

export function sdo(
  type: string,
  id: string,
  created: string,
  modified: string,
  props: Record<string, unknown>,
): StixObject {
  return compact({ type, spec_version: '2.1' as const, id, created, modified, ...props });
}

/**
 * The opinions of one kind (claim authenticity, statement assessment): each on one object, its
 * verdict on STIX's opinion scale (`scale`) and as it is, with its basis.
 */
export function opinionsOf<V extends string>(kind: string, scale: Record<V, string>) {
  return (id: string, at: string, about: string, verdict: V, explanation: string | null): StixObject =>
    sdo('opinion', id, at, at, {
      opinion: scale[verdict],
      explanation,
      object_refs: [about],
      x_claimtrail_kind: kind,
      x_claimtrail_verdict: verdict,
    });
}

export type SourceNames = (sourceId: string | null | undefined) => string | null;

/** A citation as an external reference: the outlet's name (or "citation"), the URL, headline or quote. */
export function citationReference(citation: Citation | null | undefined, sourceName: string | null): object[] {
  if (!citation) return [];
  const description = [citation.headline, citation.quote ? `"${citation.quote}"` : null].filter(Boolean).join(' — ');
  return [
    compact({
      source_name: sourceName ?? 'citation',
      url: citation.url,
      description: description || null,
    }),
  ];
}

const assessmentOpinion = opinionsOf<StatementVerdict>('statement_assessment', {
  authentic: 'strongly-agree',
  doubtful: 'disagree',
  fabricated: 'strongly-disagree',
  unverified: 'neutral',
});

const ROLE_LABEL = (role: string) => role.replace(/_/g, ' ');

/** Earliest moment a partial date allows, or null when absent/unparseable. */
const earliest = (v: string | null) => (v ? (parsePartialDate(v)?.earliest ?? null) : null);
const latest = (v: string | null) => (v ? (parsePartialDate(v)?.latest ?? null) : null);

export const peopleRef = {
  person: (id: string) => stixId('threat-actor', id),
  affiliation: (id: string) => stixId('relationship', id),
  status: (id: string) => stixId('note', id),
  statement: (id: string) => stixId('note', id),
  assessment: (id: string) => stixId('opinion', id),
};

function affiliationObject(
  p: PersonState,
  a: PersonAffiliationState,
  created: string,
  modified: string,
  group: (id: string) => string,
  groupName: (id: string) => string,
  sourceName: SourceNames,
): StixObject {
  const from = earliest(a.validFrom);
  const to = latest(a.validTo);
  return sdo('relationship', peopleRef.affiliation(a.affiliationId), created, modified, {
    relationship_type: 'related-to',
    source_ref: peopleRef.person(p.id),
    target_ref: group(a.groupId),
    description:
      `${p.name}: ${ROLE_LABEL(a.role)} of ${groupName(a.groupId)} from ${a.validFrom}` +
      `${a.validTo ? ` to ${a.validTo}` : ''}${a.endReason ? ` (${a.endReason.replace(/_/g, ' ')})` : ''}` +
      `${a.withdrawn ? `; withdrawn: ${a.withdrawnReason ?? ''}` : ''}`,
    start_time: from,
    // STIX wants stop_time after start_time: a same-moment end (never for partial dates) is left out.
    stop_time: to && (!from || to > from) ? to : null,
    confidence: a.confidence,
    revoked: a.withdrawn || null,
    external_references: [
      ...citationReference(a.citation, sourceName(a.sourceId)),
      ...citationReference(a.endCitation, sourceName(a.endSourceId)),
    ],
    x_claimtrail_kind: 'affiliation',
    x_claimtrail_role: a.role,
    x_claimtrail_valid_from: a.validFrom,
    x_claimtrail_valid_to: a.validTo,
    x_claimtrail_end_reason: a.endReason,
    x_claimtrail_to_group_ref: a.toGroupId ? group(a.toGroupId) : null,
    x_claimtrail_withdrawn_reason: a.withdrawnReason,
    x_claimtrail_source_refs: [a.sourceId, a.endSourceId].filter((s): s is string => !!s).map(sourceRef),
  });
}

function statusObject(p: PersonState, s: PersonStatusEntry, created: string, sourceName: SourceNames): StixObject {
  const c = s.recordedAt ? ts(s.recordedAt) : created;
  return sdo('note', peopleRef.status(s.statusId), c, c, {
    abstract: `${p.name}: ${s.status}`,
    content:
      `${p.name} ${s.status} at ${s.at}${s.announcedAt ? ` (announced ${s.announcedAt})` : ''}` +
      `${s.note ? `: ${s.note}` : '.'}`,
    object_refs: [peopleRef.person(p.id)],
    external_references: citationReference(s.citation, sourceName(s.sourceId)),
    x_claimtrail_kind: 'person_status',
    x_claimtrail_status: s.status,
    x_claimtrail_at: s.at,
    x_claimtrail_announced_at: s.announcedAt,
    x_claimtrail_concealed: s.concealed,
    x_claimtrail_incident_id: s.incidentId,
    x_claimtrail_source_refs: s.sourceId ? [sourceRef(s.sourceId)] : [],
  });
}

const sourceRef = (id: string) => stixId('identity', id);

/** A person's threat-actor, its affiliations and its statuses. */
export function personObjects(
  p: PersonState,
  stream: { created: Date; updated: Date },
  group: (id: string) => string,
  groupName: (id: string) => string,
  sourceName: SourceNames,
): StixObject[] {
  const created = ts(stream.created);
  const modified = later(created, stream.updated);
  const out: StixObject[] = [
    sdo('threat-actor', peopleRef.person(p.id), created, modified, {
      name: p.name,
      description: p.summary,
      threat_actor_types: ['terrorist'],
      resource_level: 'individual',
      aliases: [...new Set(p.aliases.map((a) => a.alias))],
      x_claimtrail_kind: 'person',
      x_claimtrail_status: p.status?.status ?? null,
      x_claimtrail_status_at: p.status?.at ?? null,
    }),
  ];
  // An affiliation's created: when its stream began (the fold keeps no per-affiliation time).
  for (const a of p.affiliations) {
    out.push(
      affiliationObject(p, a, created, a.withdrawn || a.validTo ? modified : created, group, groupName, sourceName),
    );
  }
  for (const s of p.statusHistory) out.push(statusObject(p, s, created, sourceName));
  return out;
}

/** A statement's note and its assessments' opinions; `refs` are the subjects present in the bundle. */
export function statementObjects(
  s: StatementState,
  stream: { created: Date; updated: Date },
  refs: string[],
  sourceName: SourceNames,
): StixObject[] {
  const created = ts(stream.created);
  const noteRef = peopleRef.statement(s.id);
  const out: StixObject[] = [
    sdo('note', noteRef, created, later(created, stream.updated), {
      abstract: `Statement (${s.kind}) made ${s.madeAt}`,
      content: s.summary,
      // A note must reference something: an unattributed statement about nothing present points at its source.
      object_refs: refs.length ? refs : [sourceRef(s.sourceId)],
      external_references: citationReference(s.citation, sourceName(s.sourceId)),
      x_claimtrail_kind: s.kind,
      x_claimtrail_made_at: s.madeAt,
      x_claimtrail_verdict: s.verdict,
      x_claimtrail_author_person_ref: s.authorPersonId ? peopleRef.person(s.authorPersonId) : null,
      x_claimtrail_source_refs: [sourceRef(s.sourceId)],
    }),
  ];
  for (const a of s.assessments) {
    const c = a.recordedAt ? ts(a.recordedAt) : created;
    out.push(assessmentOpinion(peopleRef.assessment(a.assessmentId), c, noteRef, a.verdict, a.basis));
  }
  return out;
}

type Timed<T> = { state: T; created_at: Date; updated_at: Date };

/** rm_persons in keyset pages by id, with their stream's first and last write. */
export function personPages(db: Kysely<Database>, batchSize: number): AsyncGenerator<Timed<PersonState>[]> {
  return readModelPages<PersonState>(db, batchSize, { table: 'rm_persons', key: 'person_id', stream: 'person' });
}

/** rm_statements in keyset pages by id, with their stream's first and last write. */
export function statementPages(db: Kysely<Database>, batchSize: number): AsyncGenerator<Timed<StatementState>[]> {
  return readModelPages<StatementState>(db, batchSize, {
    table: 'rm_statements',
    key: 'statement_id',
    stream: 'statement',
  });
}

/** A read model keyed by a uuid in keyset pages, each state with its stream's first and last write. */
async function* readModelPages<T>(
  db: Kysely<Database>,
  batchSize: number,
  rm: { table: 'rm_persons' | 'rm_statements'; key: 'person_id' | 'statement_id'; stream: string },
): AsyncGenerator<Timed<T>[]> {
  const key = sql.ref(`t.${rm.key}`);
  let after: string | null = null;
  for (;;) {
    const { rows }: { rows: Array<Timed<T> & { id: string }> } = await sql<Timed<T> & { id: string }>`
      select ${key}::text as id, t.state, s.created_at, s.updated_at
        from ${sql.table(rm.table)} t join streams s on s.stream_id = ${sql.lit(`${rm.stream}-`)} || ${key}::text
       where ${after}::uuid is null or ${key} > ${after}::uuid
       order by ${key} limit ${batchSize}`.execute(db);
    if (!rows.length) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].id;
  }
}

/** Which of these incidents the bundle carries (those the period filter keeps). */
export async function incidentsPresent(
  db: Kysely<Database>,
  ids: string[],
  period: PeriodFilter,
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const from = period.from?.toISOString() ?? null;
  const to = period.to?.toISOString() ?? null;
  const { rows } = await sql<{ id: string }>`
    select incident_id::text as id from rm_incidents
     where incident_id = any(${ids}::uuid[])
       and (${from}::timestamptz is null or occurred_latest >= ${from}::timestamptz)
       and (${to}::timestamptz is null or occurred_earliest <= ${to}::timestamptz)`.execute(db);
  return new Set(rows.map((r) => r.id));
}
