import type { Kysely } from 'kysely';
import { toIncidentView, type IncidentState } from '@app/domain';
import { groupNamesOf } from './group-names.js';
import type { Database } from '@app/event-store';

/** The attribution picture as docs/API.md shows it: the folded state, with group names beside ids. */
export type IncidentPicture = Awaited<ReturnType<typeof renderIncident>>;

export async function renderIncident(db: Kysely<Database>, state: IncidentState) {
  const view = toIncidentView(state);
  const names = await groupNamesOf(db, [
    ...state.claims.map((c) => c.groupId),
    ...state.denials.map((d) => d.groupId),
    ...state.attributions.map((a) => a.groupId),
  ]);
  const named = <T extends { groupId: string }>(x: T) => ({ ...x, groupName: names.get(x.groupId) ?? null });
  // Lead with what a reader looks for; the stored fold comes back in jsonb's key order.
  const lead = { id: view.id, status: view.status, competingClaims: view.competingClaims, occurredAt: view.occurredAt };
  return Object.assign(lead, view, {
    claims: view.claims.map(named),
    denials: view.denials.map(named),
    attributions: view.attributions.map(named),
  });
}
