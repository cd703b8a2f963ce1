import type { Kysely } from 'kysely';
import { claimSources, PersonNamesRepository, toIncidentView, type IncidentState } from '@app/domain';
import { groupNamesOf } from './group-names.js';
import type { Database } from '@app/event-store';

/** The attribution picture as docs/API.md shows it: the folded state, with group and person names beside ids. */
export type IncidentPicture = Awaited<ReturnType<typeof renderIncident>>;

export async function renderIncident(db: Kysely<Database>, state: IncidentState) {
  const view = toIncidentView(state);
  // States folded before citations and spokespersonId existed (stored in rm_incidents) lack them.
  const spokespersonIds = [...state.claims, ...state.denials]
    .map((x) => x.spokespersonId)
    .filter((id): id is string => id != null);
  const [names, persons] = await Promise.all([
    groupNamesOf(db, [
      ...state.claims.flatMap((c) => [c.groupId, ...c.competingGroupIds]),
      ...state.denials.map((d) => d.groupId),
      ...state.attributions.map((a) => a.groupId),
    ]),
    spokespersonIds.length ? new PersonNamesRepository(db).primaryNames(spokespersonIds) : new Map<string, string>(),
  ]);
  const named = <T extends { groupId: string }>(x: T) => ({ ...x, groupName: names.get(x.groupId) ?? null });
  const spoken = (x: { spokesperson?: string | null; spokespersonId?: string | null }) => ({
    spokesperson: x.spokesperson ?? null,
    spokespersonId: x.spokespersonId ?? null,
    spokespersonName: x.spokespersonId ? (persons.get(x.spokespersonId) ?? null) : null,
  });
  // Lead with what a reader looks for; the stored fold comes back in jsonb's key order.
  const lead = { id: view.id, status: view.status, competingClaims: view.competingClaims, occurredAt: view.occurredAt };
  return Object.assign(lead, view, {
    citation: view.citation ?? null,
    corrections: view.corrections.map((c) => ({ ...c, citation: c.citation ?? null })),
    claims: view.claims.map((c) => ({
      ...named(c),
      ...spoken(c),
      claimedAtUnknown: c.claimedAtUnknown ?? false,
      competingGroupNames: c.competingGroupIds.map((id) => names.get(id) ?? null),
      sources: claimSources(c),
      retractionCitation: c.retractionCitation ?? null,
    })),
    denials: view.denials.map((d) => ({ ...named(d), ...spoken(d), citation: d.citation ?? null })),
    attributions: view.attributions.map((a) => ({ ...named(a), citation: a.citation ?? null })),
  });
}
