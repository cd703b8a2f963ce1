import { sql, type Kysely } from 'kysely';
import {
  activeClaimGroupIds,
  evolveGroup,
  evolveIncident,
  evolveSource,
  findClaim,
  groupStreamId,
  incidentStreamId,
  sourceStreamId,
  type ClaimState,
  type GroupState,
  type IncidentState,
} from '@app/domain';
import type { EventStore, RecordedEvent } from '@app/event-store';
import type { RelationInfo, SourceInfo } from '../checks/check.types.js';

export interface ClaimContext {
  incident: IncidentState;
  claim: ClaimState;
  sources: SourceInfo[];
  activeClaimants: string[];
  relations: RelationInfo[];
  attributedGroupIds: string[];
  history: { claims: number; retracted: number };
  names: Map<string, string>;
}

function fold<S>(events: RecordedEvent[], evolve: (s: S | null, e: RecordedEvent) => S): S | null {
  let s: S | null = null;
  for (const e of events) s = evolve(s, e);
  return s;
}

/** Everything the checks need about one claim, read from the log itself (no read-model lag). */
export class ClaimContextRepository {
  constructor(
    private readonly db: Kysely<any>,
    private readonly store: EventStore,
  ) {}

  async incident(incidentId: string): Promise<IncidentState | null> {
    return fold(await this.store.readStream(incidentStreamId(incidentId)), evolveIncident);
  }

  async load(incidentId: string, claimId: string): Promise<ClaimContext | null> {
    const incident = await this.incident(incidentId);
    const claim = incident ? findClaim(incident, claimId) : undefined;
    if (!incident || !claim) return null;
    const sources = (
      await Promise.all(claim.sourceIds.map(async (id) => fold(await this.store.readStream(sourceStreamId(id)), evolveSource)))
    ).filter((s): s is NonNullable<typeof s> => s != null);
    const group = fold<GroupState>(await this.store.readStream(groupStreamId(claim.groupId)), evolveGroup);
    const attributedGroupIds = [...new Set(incident.attributions.filter((a) => !a.withdrawn).map((a) => a.groupId))];
    const claimedAt = claim.claimedAt;
    // Claims by the same group in the 24 months before this one, from the log (no read-model lag).
    const { rows } = await sql<{ claims: number; retracted: number }>`
      with c as (
        select data->>'claimId' as claim_id from events
         where type = 'ClaimRecorded' and data->>'groupId' = ${claim.groupId} and data->>'claimId' <> ${claim.id}
           and (data->>'claimedAt')::timestamptz < ${claimedAt}::timestamptz
           and (data->>'claimedAt')::timestamptz >= ${claimedAt}::timestamptz - interval '24 months')
      select count(*)::int as claims,
             count(*) filter (where exists (select 1 from events r where r.type = 'ClaimRetracted' and r.data->>'groupId' = ${claim.groupId}
                                             and r.data->>'claimId' = c.claim_id))::int as retracted
        from c`.execute(this.db);
    const ids = [...new Set([claim.groupId, ...activeClaimGroupIds(incident), ...attributedGroupIds, ...(group?.relations.map((r) => r.otherGroupId) ?? [])])];
    const names = await sql<{ group_id: string; name: string }>`
      select group_id::text, name from group_names where group_id = any(${ids}::uuid[]) and not is_alias`.execute(this.db);
    return {
      incident,
      claim,
      sources: sources.map((s) => ({ id: s.id, name: s.name, kind: s.kind, reliability: s.reliability })),
      activeClaimants: activeClaimGroupIds(incident),
      relations: (group?.relations ?? []).map((r) => ({ relation: r.relation, otherGroupId: r.otherGroupId, validFrom: r.validFrom, validTo: r.validTo, withdrawn: r.withdrawn })),
      attributedGroupIds,
      history: rows[0] ?? { claims: 0, retracted: 0 },
      names: new Map(names.rows.map((r) => [r.group_id, r.name])),
    };
  }
}
