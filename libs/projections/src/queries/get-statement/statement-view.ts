import { sql, type Kysely } from 'kysely';
import { PersonNamesRepository, type StatementState } from '@app/domain';
import type { Database } from '@app/event-store';
import { groupNamesOf } from '../shared/group-names.js';
import type { StatementView } from './get-statement.response.js';

type IncidentRef = StatementView['about']['incidents'][number];

/**
 * Statements as the API answers them, with every referenced group, person, incident and source
 * named beside its id: one look-up per kind for the whole page, never one per statement.
 */
export async function renderStatements(db: Kysely<Database>, states: StatementState[]): Promise<StatementView[]> {
  if (!states.length) return [];
  const groupIds = new Set<string>();
  const personIds = new Set<string>();
  const incidentIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const s of states) {
    if (s.authorGroupId) groupIds.add(s.authorGroupId);
    if (s.authorPersonId) personIds.add(s.authorPersonId);
    s.about.groupIds.forEach((id) => groupIds.add(id));
    s.about.personIds.forEach((id) => personIds.add(id));
    s.about.incidentIds.forEach((id) => incidentIds.add(id));
    sourceIds.add(s.sourceId);
  }
  const [groups, persons, incidents, sources] = await Promise.all([
    groupNamesOf(db, [...groupIds]),
    new PersonNamesRepository(db).primaryNames([...personIds]),
    incidentsOf(db, [...incidentIds]),
    sourceNamesOf(db, [...sourceIds]),
  ]);
  return states.map((s) => ({
    id: s.id,
    kind: s.kind,
    madeAt: s.madeAt,
    summary: s.summary,
    authorPersonId: s.authorPersonId,
    authorPersonName: s.authorPersonId ? (persons.get(s.authorPersonId) ?? null) : null,
    authorGroupId: s.authorGroupId,
    authorGroupName: s.authorGroupId ? (groups.get(s.authorGroupId) ?? null) : null,
    about: {
      groups: s.about.groupIds.map((id) => ({ id, name: groups.get(id) ?? null })),
      persons: s.about.personIds.map((id) => ({ id, name: persons.get(id) ?? null })),
      incidents: s.about.incidentIds.map(
        (id) => incidents.get(id) ?? { id, occurredAt: null, country: null, summary: null },
      ),
    },
    sourceId: s.sourceId,
    sourceName: sources.get(s.sourceId) ?? null,
    citation: s.citation,
    verdict: s.verdict,
    assessments: s.assessments.map((a) => ({
      assessmentId: a.assessmentId,
      verdict: a.verdict,
      basis: a.basis,
      recordedAt: a.recordedAt,
      actor: a.actor ? { keyId: a.actor.keyId, role: a.actor.role, name: a.actor.name ?? null } : null,
    })),
    version: s.version,
    position: s.position,
  }));
}

/** What identifies an incident to a reader (it has no name): when, where, and its summary. */
async function incidentsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, IncidentRef>> {
  if (!ids.length) return new Map();
  const { rows } = await sql<{
    id: string;
    occurred_at: string | null;
    country: string | null;
    summary: string | null;
  }>`
    select incident_id::text as id, state->'occurredAt'->>'value' as occurred_at, country, state->>'summary' as summary
      from rm_incidents where incident_id = any(${ids}::uuid[])`.execute(db);
  return new Map(
    rows.map((r) => [r.id, { id: r.id, occurredAt: r.occurred_at, country: r.country, summary: r.summary }]),
  );
}

async function sourceNamesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('rm_sources')
    .select([sql<string>`source_id::text`.as('id'), 'name'])
    .where('source_id', '=', sql<string>`any(${ids}::uuid[])`)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
