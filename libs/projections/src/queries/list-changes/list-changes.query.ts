import type { Kysely } from 'kysely';
import { PersonNamesRepository } from '@app/domain';
import { CHANGE_KINDS, changesInWindow, type ChangeRow, type Database } from '@app/event-store';
import { encodeCursor } from '../shared/cursor.js';
import { groupNamesOf, resolveGroupFilter } from '../shared/group-names.js';
import type { ListChangesQueryParams } from './list-changes.schema.js';
import type { ChangeResponse, ListChangesResponse } from './list-changes.response.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Claims, retractions, denials, attributions, statements and affiliations recorded in a window,
 * newest first, with names.
 */
export async function listChanges(db: Kysely<Database>, q: ListChangesQueryParams): Promise<ListChangesResponse> {
  const groupId = q.group ? await resolveGroupFilter(db, q.group) : null;
  if (q.group && !groupId) return { items: [], nextCursor: null };
  const to = q.to ?? new Date();
  const from = q.from ?? new Date(to.getTime() - WEEK_MS);
  const rows = await changesInWindow(db, { from, to, groupId, before: q.cursor?.[0] ?? null, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const items = page.map(toChange);
  const groups = await groupNamesOf(db, [...new Set(items.flatMap((i) => (i.groupId ? [i.groupId] : [])))]);
  const persons = await new PersonNamesRepository(db).primaryNames([
    ...new Set(items.flatMap((i) => (i.personId ? [i.personId] : []))),
  ]);
  return {
    items: items.map((i) => ({
      ...i,
      groupName: i.groupId ? (groups.get(i.groupId) ?? null) : null,
      personName: i.personId ? (persons.get(i.personId) ?? null) : null,
    })),
    nextCursor: rows.length > q.limit ? encodeCursor([page[page.length - 1].position]) : null,
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const streamUuid = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);

function incidentLabel(r: ChangeRow): string | null {
  if (!r.stream_id.startsWith('incident-')) return null;
  const occurred = r.incident_occurred_at as { value?: string } | string | null;
  const date = typeof occurred === 'string' ? occurred : (occurred?.value ?? null);
  return [r.incident_place, r.incident_country, date].filter(Boolean).join(', ') || null;
}

function toChange(r: ChangeRow): ChangeResponse {
  const d = r.data;
  const kind = CHANGE_KINDS[r.type];
  const base: ChangeResponse = {
    position: r.position,
    recordedAt: new Date(r.recorded_at).toISOString(),
    kind,
    eventType: r.type,
    at: null,
    incidentId: r.stream_id.startsWith('incident-') ? streamUuid(r.stream_id) : null,
    incidentLabel: incidentLabel(r),
    claimId: str(d.claimId),
    groupId: str(d.groupId) ?? str(d.authorGroupId),
    groupName: null,
    personId: r.stream_id.startsWith('person-') ? streamUuid(r.stream_id) : str(d.authorPersonId),
    personName: null,
    statementId: str(d.statementId),
    detail: null,
    confidence: typeof d.confidence === 'number' ? d.confidence : null,
    actor: str(r.actor?.name) ?? str(r.actor?.role),
  };
  switch (kind) {
    case 'claim':
      return { ...base, at: str(d.claimedAt), detail: str(d.channel) };
    case 'retraction':
      return { ...base, at: str(d.retractedAt), detail: str(d.reason) };
    case 'denial':
      return { ...base, at: str(d.deniedAt), detail: str(d.statement) };
    case 'attribution':
      return { ...base, detail: str(d.basis) };
    case 'statement':
      return { ...base, at: str(d.madeAt), detail: str(d.summary) };
    case 'affiliation':
      return { ...base, at: str(d.validFrom), detail: str(d.role) };
  }
}
