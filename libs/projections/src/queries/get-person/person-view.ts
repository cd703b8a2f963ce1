import { sql, type Kysely } from 'kysely';
import type { PersonState } from '@app/domain';
import type { Database } from '@app/event-store';
import { groupNamesOf } from '../shared/group-names.js';
import type { PersonPicture } from './get-person.response.js';

/** Names of sources by id, from the sources read model (unknown ids are left out). */
export async function sourceNamesOf(db: Kysely<Database>, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (!wanted.length) return new Map();
  const rows = await db
    .selectFrom('rm_sources')
    .select(['source_id', 'name'])
    .where('source_id', '=', sql<string>`any(${wanted}::uuid[])`)
    .execute();
  return new Map(rows.map((r) => [r.source_id, r.name]));
}

/** The person as the API shows it: the folded state with group and source names beside their ids. */
export async function renderPerson(db: Kysely<Database>, s: PersonState): Promise<PersonPicture> {
  const [groups, sources] = await Promise.all([
    groupNamesOf(db, [
      ...s.affiliations.map((a) => a.groupId),
      ...s.affiliations.flatMap((a) => (a.toGroupId ? [a.toGroupId] : [])),
    ]),
    sourceNamesOf(db, [
      ...s.affiliations.flatMap((a) => [a.sourceId, a.endSourceId]),
      ...s.statusHistory.map((x) => x.sourceId),
    ]),
  ]);
  const source = (id: string | null) => (id ? (sources.get(id) ?? null) : null);
  return {
    id: s.id,
    name: s.name,
    aliases: s.aliases.map((a) => ({ alias: a.alias, validFrom: a.validFrom, validTo: a.validTo })),
    summary: s.summary,
    status: s.status?.status ?? null,
    statusAt: s.status?.at ?? null,
    statusHistory: s.statusHistory.map((x) => ({
      statusId: x.statusId,
      status: x.status,
      at: x.at,
      announcedAt: x.announcedAt,
      concealed: x.concealed,
      sourceId: x.sourceId,
      sourceName: source(x.sourceId),
      citation: x.citation,
      incidentId: x.incidentId,
      note: x.note,
      recordedAt: x.recordedAt,
    })),
    affiliations: s.affiliations.map((a) => ({
      id: a.affiliationId,
      groupId: a.groupId,
      groupName: groups.get(a.groupId) ?? null,
      role: a.role,
      validFrom: a.validFrom,
      validTo: a.validTo,
      endReason: a.endReason,
      toGroupId: a.toGroupId,
      toGroupName: a.toGroupId ? (groups.get(a.toGroupId) ?? null) : null,
      withdrawn: a.withdrawn,
      withdrawnReason: a.withdrawnReason,
      confidence: a.confidence,
      sourceId: a.sourceId,
      sourceName: source(a.sourceId),
      citation: a.citation,
      endSourceId: a.endSourceId,
      endSourceName: source(a.endSourceId),
      endCitation: a.endCitation,
    })),
    version: s.version,
    position: s.position,
  };
}
