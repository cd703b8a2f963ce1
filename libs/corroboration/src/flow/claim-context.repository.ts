import type { Kysely } from 'kysely';
import {
  activeClaimGroupIds,
  credibilityOf,
  evolveGroup,
  evolveIncident,
  evolveSource,
  findClaim,
  groupStreamId,
  incidentStreamId,
  sourceStreamId,
  GroupNamesRepository,
  PersonNamesRepository,
  type ClaimState,
  type IncidentState,
} from '@app/domain';
import { claimHistory, spokespersonRecord, type EventStore, type Database } from '@app/event-store';
import type { RelationInfo, SourceInfo, SpokespersonInfo } from '../checks/check.types.js';

export interface ClaimContext {
  incident: IncidentState;
  claim: ClaimState;
  sources: SourceInfo[];
  activeClaimants: string[];
  relations: RelationInfo[];
  attributedGroupIds: string[];
  history: { claims: number; retracted: number };
  names: Map<string, string>;
  /** The person the claim names as its spokesperson, with their record as the log holds it now. */
  spokesperson: SpokespersonInfo | null;
}

/** Everything the checks need about one claim, read from the log itself (no read-model lag). */
export class ClaimContextRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: EventStore,
  ) {}

  async incident(incidentId: string): Promise<IncidentState | null> {
    return (await this.store.aggregateStream(incidentStreamId(incidentId), { evolve: evolveIncident })).state;
  }

  async load(incidentId: string, claimId: string): Promise<ClaimContext | null> {
    const incident = await this.incident(incidentId);
    const claim = incident ? findClaim(incident, claimId) : undefined;
    if (!incident || !claim) return null;
    const sources = (
      await Promise.all(
        claim.sourceIds.map(
          async (id) => (await this.store.aggregateStream(sourceStreamId(id), { evolve: evolveSource })).state,
        ),
      )
    ).filter((s): s is NonNullable<typeof s> => s != null);
    const { state: group } = await this.store.aggregateStream(groupStreamId(claim.groupId), { evolve: evolveGroup });
    const attributedGroupIds = [...new Set(incident.attributions.filter((a) => !a.withdrawn).map((a) => a.groupId))];
    // Claims by the same group in the 24 months before this one, from the log (no read-model lag).
    const history = await claimHistory(this.db, {
      groupId: claim.groupId,
      claimId: claim.id,
      claimedAt: claim.claimedAt,
    });
    const ids = [
      ...new Set([
        claim.groupId,
        ...activeClaimGroupIds(incident),
        ...attributedGroupIds,
        ...(group?.relations.map((r) => r.otherGroupId) ?? []),
      ]),
    ];
    const names = await new GroupNamesRepository(this.db).primaryNames(ids);
    const spokesperson = claim.spokespersonId ? await this.spokesperson(claim.spokespersonId) : null;
    return {
      incident,
      claim,
      sources: sources.map((s) => ({ id: s.id, name: s.name, kind: s.kind, reliability: s.reliability })),
      activeClaimants: activeClaimGroupIds(incident),
      relations: (group?.relations ?? []).map((r) => ({
        relation: r.relation,
        otherGroupId: r.otherGroupId,
        validFrom: r.validFrom,
        validTo: r.validTo,
        withdrawn: r.withdrawn,
      })),
      attributedGroupIds,
      history,
      names,
      spokesperson,
    };
  }

  private async spokesperson(personId: string): Promise<SpokespersonInfo> {
    const [record, names] = await Promise.all([
      spokespersonRecord(this.db, personId),
      new PersonNamesRepository(this.db).primaryNames([personId]),
    ]);
    return { id: personId, name: names.get(personId) ?? personId, ...credibilityOf(record) };
  }
}
