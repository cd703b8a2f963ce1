import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { reviewStreamId, type Database } from '@app/event-store';
import { KYSELY } from '@app/runtime';
import { NotFoundError } from '../shared/domain-errors.js';
import { streamId, type StreamType } from '../shared/event-envelope.js';
import { groupByRef, GroupNamesRepository, groupRefKey, type GroupRef } from './group-names.repository.js';

/** How many references a process remembers (ids and names, about 100 bytes each); the oldest go first. */
const KNOWN_REFS_MAX = 50_000;

/**
 * Cross-stream look-ups the commands need before deciding: which group a name or alias means,
 * whether a source or incident exists. Reads the log's `streams` table and the name reservations.
 */
@Injectable()
export class DirectoryRepository {
  private readonly names: GroupNamesRepository;
  /**
   * References found to exist, by stream id (`source-…`, `incident-…`) or group reference: a
   * stream once written exists forever and a name once reserved names its group forever (none is
   * ever released), so a positive answer never goes stale. Restart after restoring an older log.
   */
  private readonly known = new Map<string, GroupRef | true>();

  constructor(@Inject(KYSELY) private readonly db: Kysely<Database>) {
    this.names = new GroupNamesRepository(db);
  }

  /** A group named by id, name or alias (case-insensitive); unknown → 422 naming `field`. */
  async resolveGroup(ref: string, field: string): Promise<GroupRef> {
    const group = await this.names.resolve(ref);
    if (!group) throw new NotFoundError('group', ref.trim(), field);
    return group;
  }

  /**
   * The references of an incident command in one round trip, failing in the order a client reads
   * them: the incident in the path (404), then the group and the sources in the body (422). None
   * when every reference is known to exist and `write` is the write that follows: it reads the
   * incident and answers 404 itself, unless an If-Match (412) or a later look-up (`lookUpsFollow`,
   * whose 422 must not come first) would answer before it.
   */
  async checkIncidentRefs<G extends { ref: string; field: string } | undefined = undefined>(
    refs: {
      incidentId: string;
      group?: G;
      sources?: Array<{ id: string | null | undefined; field: string }>;
      lookUpsFollow?: boolean;
    },
    write?: { ifMatch?: number },
  ): Promise<{ group: G extends object ? GroupRef : undefined }> {
    type Answer = { group: G extends object ? GroupRef : undefined };
    const sources = (refs.sources ?? []).filter((x): x is { id: string; field: string } => x.id != null);
    const sourceIds = sources.map((x) => `source-${x.id.toLowerCase()}`);
    const incident = `incident-${refs.incidentId.toLowerCase()}`;
    const ref = refs.group?.ref.trim();
    const groupKey = ref === undefined ? undefined : `group:${groupRefKey(ref)}`;
    const knownGroup = groupKey === undefined ? undefined : (this.known.get(groupKey) as GroupRef | undefined);
    if (
      ((write && write.ifMatch === undefined && !refs.lookUpsFollow) || this.known.has(incident)) &&
      (groupKey === undefined || knownGroup) &&
      sourceIds.every((id) => this.known.has(id))
    )
      return { group: knownGroup } as Answer;
    const { rows } = await sql<{
      incident: boolean;
      group_id: string | null;
      group_name: string | null;
      sources: string[];
    }>`
      select exists (select 1 from streams where stream_id = ${incident}) as incident,
             g.group_id::text as group_id, g.name as group_name,
             array(select stream_id from streams where stream_id = any(${sourceIds}::text[])) as sources
        from (select 1) one
        left join lateral ${groupByRef(ref ?? null)} g on true`.execute(this.db);
    const row = rows[0];
    if (!row.incident) throw new NotFoundError('incident', refs.incidentId);
    this.remember(incident, true);
    let group: GroupRef | undefined;
    if (refs.group) {
      if (!row.group_id) throw new NotFoundError('group', ref!, refs.group.field);
      group = { id: row.group_id, name: row.group_name! };
      this.remember(groupKey!, group);
    }
    const found = new Set(row.sources);
    for (const id of found) this.remember(id, true);
    const missing = sourceIds.findIndex((id) => !found.has(id));
    if (missing >= 0) throw new NotFoundError('source', sources[missing].id, sources[missing].field);
    return { group } as Answer;
  }

  private remember(key: string, value: GroupRef | true): void {
    if (this.known.size >= KNOWN_REFS_MAX) this.known.delete(this.known.keys().next().value!);
    this.known.set(key, value);
  }

  async streamExists(streamId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('streams')
      .select('stream_id')
      .where('stream_id', '=', streamId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** 404 for an unknown id in the path: the `type` stream of that id was never written. */
  async requireStream(type: StreamType, id: string): Promise<void> {
    if (!(await this.streamExists(streamId(type, id)))) throw new NotFoundError(type, id);
  }

  /** The incident a review belongs to (reviews live in their incident's stream). */
  async incidentOfReview(reviewId: string): Promise<string> {
    const streamId = await reviewStreamId(this.db, reviewId);
    if (!streamId) throw new NotFoundError('review', reviewId);
    return streamId.slice('incident-'.length);
  }

  async requireSource(id: string | null | undefined, field: string): Promise<void> {
    if (id == null) return;
    if (!(await this.streamExists(`source-${id.toLowerCase()}`))) throw new NotFoundError('source', id, field);
  }

  async requireSources(ids: string[] | undefined, field: string): Promise<void> {
    if (!ids?.length) return;
    const { rows } = await sql<{ stream_id: string }>`
      select stream_id from streams where stream_id = any(${ids.map((i) => `source-${i.toLowerCase()}`)})`.execute(
      this.db,
    );
    const found = new Set(rows.map((r) => r.stream_id));
    const i = ids.findIndex((id) => !found.has(`source-${id.toLowerCase()}`));
    if (i >= 0) throw new NotFoundError('source', ids[i], `${field}.${i}`);
  }

  async requireIncident(id: string, field: string): Promise<void> {
    if (!(await this.streamExists(`incident-${id.toLowerCase()}`))) throw new NotFoundError('incident', id, field);
  }

  /**
   * The references of a person command, failing in the order a client reads them: the person in
   * the path (404), then the group, the source (`sourceId`) and the incident (`incidentId`) of the body (422).
   */
  async checkPersonRefs<G extends { ref: string; field: string } | null | undefined = undefined>(
    personId: string,
    refs: { group?: G; sourceId?: string | null; incidentId?: string | null },
  ): Promise<G extends object ? GroupRef : null> {
    await this.requireStream('person', personId);
    const group = refs.group ? await this.resolveGroup(refs.group.ref, refs.group.field) : null;
    await this.requireSource(refs.sourceId, 'sourceId');
    if (refs.incidentId) await this.requireIncident(refs.incidentId, 'incidentId');
    return group as G extends object ? GroupRef : null;
  }

  /** Names already held by another group (checked before deciding, for a clear message). */
  takenNames(names: string[], exceptGroupId?: string): Promise<string[]> {
    return this.names.taken(names, exceptGroupId);
  }

  /** Reserves names in the command's transaction; a race lost to another group is a 409. */
  reserveNames(
    trx: Kysely<Database>,
    groupId: string,
    given: Array<{ name: string; isAlias: boolean }>,
    field: string,
  ): Promise<void> {
    return this.names.reserve(trx, groupId, given, field);
  }
}
