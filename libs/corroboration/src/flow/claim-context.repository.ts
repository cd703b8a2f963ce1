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
import { claimHistory, spokespersonRecord, type EventStore, type Database, type RecordedEvent } from '@app/event-store';
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
    // The claim's sources and group in one read, beside the group's claim history (from the log: no read-model lag).
    const [streams, history] = await Promise.all([
      this.store.readStreams([...claim.sourceIds.map(sourceStreamId), groupStreamId(claim.groupId)]),
      claimHistory(this.db, { groupId: claim.groupId, claimId: claim.id, claimedAt: claim.claimedAt }),
    ]);
    const fold = <S>(streamId: string, evolve: (s: S | null, e: RecordedEvent) => S): S | null =>
      (streams.get(streamId) ?? []).reduce<S | null>((s, e) => evolve(s, e), null);
    const sources = claim.sourceIds
      .map((id) => fold(sourceStreamId(id), evolveSource))
      .filter((s): s is NonNullable<typeof s> => s != null);
    const group = fold(groupStreamId(claim.groupId), evolveGroup);
    const attributedGroupIds = [...new Set(incident.attributions.filter((a) => !a.withdrawn).map((a) => a.groupId))];
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
