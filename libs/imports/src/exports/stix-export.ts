import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  competingClaims,
  deterministicId,
  evolveSource,
  GroupNamesRepository,
  incidentStatus,
  type AttackType,
  type AuthenticityVerdict,
  type GroupRecord,
  type IncidentState,
  type Reliability,
  type SourceState,
} from '@app/domain';
import { claimEventTimes, eventsOfTypes, type Database } from '@app/event-store';
import { type PeriodFilter } from './export-errors.js';
import {
  citationReference,
  incidentsPresent,
  later,
  opinionsOf,
  peopleRef,
  personObjects,
  personPages,
  sdo,
  statementObjects,
  statementPages,
  stixId,
  ts,
  type SourceNames,
  type StixObject,
} from './stix-people.js';
import { incidentPages } from './incident-pages.js';

// STIX 2.1 (OASIS, 2021): groups as intrusion-set, incidents as incident, attributions as
// attributed-to relationships with their confidence, claims, retractions and denials as notes,
// claim authenticity assessments as opinions, sources as identity. Properties STIX has no place
// for are custom properties prefixed x_claimtrail_.

export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';

export type { StixObject };

const ADMIRALTY: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

const authenticityOpinion = opinionsOf<AuthenticityVerdict>('claim_authenticity', {
  authentic: 'agree',
  doubtful: 'disagree',
  fabricated: 'strongly-disagree',
});

export const stixRef = {
  incident: (id: string) => stixId('incident', id),
  group: (id: string) => stixId('intrusion-set', id),
  source: (id: string) => stixId('identity', id),
  note: (id: string) => stixId('note', id),
  relationship: (id: string) => stixId('relationship', id),
  opinion: (claimId: string) => `opinion--${deterministicId(`${claimId}/authenticity`)}`,
};

function sourceObject(s: SourceState, created: string, modified: string): StixObject {
  return sdo('identity', stixRef.source(s.id), created, modified, {
    name: s.name,
    identity_class: 'organization',
    description:
      `Source of kind ${s.kind}; reliability ${s.reliability} ` + `(Admiralty code: ${ADMIRALTY[s.reliability]}).`,
    x_claimtrail_source_kind: s.kind,
    x_claimtrail_reliability: s.reliability,
  });
}

function groupObject(g: GroupRecord): StixObject {
  const created = ts(g.created_at);
  return sdo('intrusion-set', stixRef.group(g.group_id), created, later(created, g.updated_at), {
    name: g.name,
    aliases: g.aliases ?? [],
    x_claimtrail_kind: g.kind,
  });
}

const typeLabel = (t: AttackType) => t.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** The STIX objects of one incident: itself, its attributions, claims, retractions, denials, opinions. */
export function incidentObjects(
  s: IncidentState,
  stream: { created: Date; updated: Date },
  names: Map<string, string>,
  recorded: Map<string, Date>,
  sourceName: SourceNames = () => null,
): StixObject[] {
  const incidentRef = stixRef.incident(s.id);
  const created = ts(s.reportedAt ?? stream.created);
  const modified = later(created, s.updatedAt ?? stream.updated);
  const name = (groupId: string) => names.get(groupId) ?? groupId;
  const sourceRefs = (ids: string[]) => ids.map(stixRef.source);
  const at = (v: string | null | undefined) => (v ? ts(v) : created);
  const gtd = (s as IncidentState & { gtd?: { eventid?: string | null; rowKey?: string } }).gtd;
  const where = [s.location.place, s.location.admin1, s.location.country].filter(Boolean).join(', ');
  const out: StixObject[] = [
    sdo('incident', incidentRef, created, modified, {
      name: `${typeLabel(s.type)} in ${where}, ${s.occurredAt.value}`,
      description: s.summary ?? s.target,
      external_references: gtd?.eventid ? [{ source_name: 'gtd', external_id: gtd.eventid }] : [],
      x_claimtrail_occurred_at: s.occurredAt.value,
      x_claimtrail_occurred_precision: s.occurredAt.precision,
      x_claimtrail_occurred_earliest: ts(s.occurredAt.earliest),
      x_claimtrail_occurred_latest: ts(s.occurredAt.latest),
      x_claimtrail_location: s.location,
      x_claimtrail_attack_type: s.type,
      x_claimtrail_suicide: s.suicide,
      x_claimtrail_target: s.target,
      x_claimtrail_casualties: s.casualties,
      x_claimtrail_status: incidentStatus(s),
      x_claimtrail_competing_claims: competingClaims(s),
      x_claimtrail_duplicate_of_ref: s.duplicateOf ? stixRef.incident(s.duplicateOf) : null,
      x_claimtrail_source_refs: sourceRefs(s.sourceIds),
    }),
  ];
  for (const a of s.attributions) {
    const c = at(a.recordedAt);
    out.push(
      sdo('relationship', stixRef.relationship(a.id), c, a.withdrawn ? later(c, modified) : c, {
        relationship_type: 'attributed-to',
        source_ref: incidentRef,
        target_ref: stixRef.group(a.groupId),
        confidence: a.confidence,
        description:
          `${name(a.groupId)} assessed responsible (${a.basis})` +
          `${a.withdrawn ? `; withdrawn: ${a.withdrawnReason ?? ''}` : ''}`,
        revoked: a.withdrawn || null,
        external_references: citationReference(a.citation, sourceName(a.sourceIds[0])),
        x_claimtrail_basis: a.basis,
        x_claimtrail_source_refs: sourceRefs(a.sourceIds),
      }),
    );
  }
  for (const c of s.claims) {
    const claimRef = stixRef.note(c.id);
    const claimCreated = at(c.recordedAt);
    out.push(
      sdo(
        'note',
        claimRef,
        claimCreated,
        c.status === 'retracted' || c.authenticity || c.assessment ? later(claimCreated, modified) : claimCreated,
        {
          abstract: `Claim of responsibility by ${name(c.groupId)}`,
          // An imported claim has no time of its own: claimedAt is the incident's earliest moment.
          content:
            `${name(c.groupId)} claimed responsibility (${c.channel}) ` +
            `${c.claimedAtUnknown ? `at an unknown time, not before ${c.claimedAt}` : `at ${c.claimedAt}`}` +
            `${c.spokesperson ? ` through ${c.spokesperson}` : ''}.` +
            `${c.status === 'retracted' ? ' The claim was later retracted.' : ''}`,
          object_refs: [incidentRef, stixRef.group(c.groupId)],
          external_references: (c.sources ?? []).flatMap((x) => citationReference(x.citation, sourceName(x.sourceId))),
          x_claimtrail_kind: 'claim',
          x_claimtrail_claimed_at: ts(c.claimedAt),
          ...(c.claimedAtUnknown ? { x_claimtrail_claimed_at_unknown: true } : {}),
          x_claimtrail_channel: c.channel,
          x_claimtrail_status: c.status,
          x_claimtrail_assessment: c.assessment,
          x_claimtrail_credibility: c.credibility,
          x_claimtrail_group_ref: stixRef.group(c.groupId),
          x_claimtrail_competing_group_refs: c.competingGroupIds.map(stixRef.group),
          x_claimtrail_source_refs: sourceRefs(c.sourceIds),
        },
      ),
    );
    if (c.status === 'retracted' && c.retractionId) {
      const rc = at(recorded.get(c.retractionId)?.toISOString() ?? c.retractedAt);
      out.push(
        sdo('note', stixRef.note(c.retractionId), rc, rc, {
          abstract: `Retraction of a claim by ${name(c.groupId)}`,
          content:
            `${name(c.groupId)} retracted its claim at ${c.retractedAt}` +
            `${c.retractionReason ? `: ${c.retractionReason}` : '.'}`,
          object_refs: [claimRef, incidentRef, stixRef.group(c.groupId)],
          external_references: citationReference(c.retractionCitation, sourceName(c.retractionSourceId)),
          x_claimtrail_kind: 'retraction',
          x_claimtrail_retracted_at: c.retractedAt ? ts(c.retractedAt) : null,
          x_claimtrail_claim_ref: claimRef,
          x_claimtrail_source_refs: c.retractionSourceId ? [stixRef.source(c.retractionSourceId)] : [],
        }),
      );
    }
    if (c.authenticity) {
      const oc = at(recorded.get(`authenticity:${c.id}`)?.toISOString() ?? null);
      out.push(authenticityOpinion(stixRef.opinion(c.id), oc, claimRef, c.authenticity, c.authenticityBasis));
    }
  }
  for (const d of s.denials) {
    const dc = at(d.recordedAt);
    out.push(
      sdo('note', stixRef.note(d.id), dc, dc, {
        abstract: `Denial by ${name(d.groupId)}`,
        content: `${name(d.groupId)} denied involvement at ${d.deniedAt}${d.statement ? `: "${d.statement}"` : '.'}`,
        object_refs: [incidentRef, stixRef.group(d.groupId)],
        external_references: citationReference(d.citation, sourceName(d.sourceId)),
        x_claimtrail_kind: 'denial',
        x_claimtrail_denied_at: ts(d.deniedAt),
        x_claimtrail_contradicts_claim_ref: d.contradictsClaimId ? stixRef.note(d.contradictsClaimId) : null,
        x_claimtrail_source_refs: [stixRef.source(d.sourceId)],
      }),
    );
  }
  return out;
}

/** Every source, folded from its own events (so the export never waits for a read model). */
async function sources(db: Kysely<Database>): Promise<Array<{ state: SourceState; created: Date; modified: Date }>> {
  const rows = await eventsOfTypes(db, ['SourceRegistered', 'SourceReliabilityRated']);
  const out = new Map<string, { state: SourceState; created: Date; modified: Date }>();
  for (const r of rows) {
    const prev = out.get(r.stream_id);
    if (!prev && r.type !== 'SourceRegistered') continue;
    out.set(r.stream_id, {
      state: evolveSource(prev?.state ?? null, { type: r.type, data: r.data, recordedAt: r.recorded_at }),
      created: prev?.created ?? r.recorded_at,
      modified: r.recorded_at,
    });
  }
  return [...out.values()];
}

/**
 * The STIX 2.1 bundle of sources, groups and incidents (optionally those whose period overlaps
 * from/to), then persons and statements (all of them; stix-people.ts), streamed object by object:
 * incidents, persons and statements come in keyset pages from their read models, so memory stays
 * flat (beside the set of person ids, so a statement refers only to persons in the bundle). Groups
 * and sources come from the log's own tables; any registered
 * while the export ran and referenced by a later incident are added at the end, so every
 * reference resolves inside the bundle.
 */
export async function* exportStix(
  db: Kysely<Database>,
  opts: PeriodFilter & { batchSize?: number } = {},
): AsyncGenerator<string> {
  const batchSize = opts.batchSize ?? 500;
  let count = 0;
  const head = `{"type":"bundle","id":"bundle--${randomUUID()}"`;
  const serialise = (objects: StixObject[]) => {
    let chunk = '';
    for (const o of objects) chunk += `${count++ === 0 ? `${head},"objects":[\n` : ',\n'}${JSON.stringify(o)}`;
    return chunk;
  };
  const emittedSources = new Set<string>();
  const emittedGroups = new Set<string>();
  const wantedSources = new Set<string>();
  const wantedGroups = new Set<string>();

  const allSources = await sources(db);
  const sourceNames = new Map(allSources.map((s) => [s.state.id, s.state.name]));
  const sourceName: SourceNames = (id) => (id ? (sourceNames.get(id) ?? null) : null);
  yield serialise(allSources.map((s) => sourceObject(s.state, ts(s.created), later(ts(s.created), s.modified))));
  for (const s of allSources) emittedSources.add(s.state.id);
  const groupNames = new GroupNamesRepository(db);
  const groups = await groupNames.records(null);
  const groupName = new Map(groups.map((g) => [g.group_id, g.name]));
  yield serialise(groups.map(groupObject));
  for (const g of groups) emittedGroups.add(g.group_id);

  for await (const rows of incidentPages(db, opts, batchSize, true)) {
    const streamIds = rows
      .filter((r) => r.state.claims.some((c) => c.status === 'retracted' || c.authenticity))
      .map((r) => `incident-${r.incident_id}`);
    const recorded = new Map<string, Date>();
    for (const e of await claimEventTimes(db, streamIds)) {
      if (e.type === 'ClaimRetracted' && e.retraction_id) recorded.set(e.retraction_id, e.recorded_at);
      else if (e.claim_id) recorded.set(`authenticity:${e.claim_id}`, e.recorded_at);
    }
    const groupIds = rows.flatMap(({ state: s }) => [
      ...s.claims.flatMap((c) => [c.groupId, ...c.competingGroupIds]),
      ...s.denials.map((d) => d.groupId),
      ...s.attributions.map((a) => a.groupId),
    ]);
    const names = new Map<string, string>();
    for (const id of groupIds) {
      const name = groupName.get(id);
      if (name !== undefined) names.set(id, name);
    }
    const unknown = [...new Set(groupIds.filter((id) => !emittedGroups.has(id)))];
    for (const id of unknown) wantedGroups.add(id);
    if (unknown.length) for (const g of await groupNames.records(unknown)) names.set(g.group_id, g.name);
    let objects: StixObject[] = [];
    for (const r of rows) {
      const s = r.state;
      for (const id of [
        ...s.sourceIds,
        ...s.claims.flatMap((c) => [...c.sourceIds, c.retractionSourceId ?? '']),
        ...s.denials.map((d) => d.sourceId),
        ...s.attributions.flatMap((a) => a.sourceIds),
      ]) {
        if (id && !emittedSources.has(id)) wantedSources.add(id);
      }
      objects = objects.concat(
        incidentObjects(s, { created: r.created_at, updated: r.updated_at }, names, recorded, sourceName),
      );
    }
    yield serialise(objects);
  }

  // Persons (threat-actors with their affiliations and statuses), then statements, in keyset pages.
  const emittedPersons = new Set<string>();
  const want = (groups: Array<string | null>, srcs: Array<string | null>) => {
    for (const g of groups) if (g && !emittedGroups.has(g)) wantedGroups.add(g);
    for (const id of srcs) if (id && !emittedSources.has(id)) wantedSources.add(id);
  };
  const nameOf = (id: string) => groupName.get(id) ?? id;
  for await (const rows of personPages(db, batchSize)) {
    let objects: StixObject[] = [];
    for (const r of rows) {
      const p = r.state;
      emittedPersons.add(p.id);
      want(
        p.affiliations.flatMap((a) => [a.groupId, a.toGroupId]),
        [...p.affiliations.flatMap((a) => [a.sourceId, a.endSourceId]), ...p.statusHistory.map((x) => x.sourceId)],
      );
      objects = objects.concat(
        personObjects(p, { created: r.created_at, updated: r.updated_at }, stixRef.group, nameOf, sourceName),
      );
    }
    yield serialise(objects);
  }
  for await (const rows of statementPages(db, batchSize)) {
    const present = await incidentsPresent(db, [...new Set(rows.flatMap((r) => r.state.about.incidentIds))], opts);
    let objects: StixObject[] = [];
    for (const { state: s, created_at, updated_at } of rows) {
      want([s.authorGroupId, ...s.about.groupIds], [s.sourceId]);
      const persons = [s.authorPersonId, ...s.about.personIds].filter(
        (id): id is string => !!id && emittedPersons.has(id),
      );
      const refs = [
        ...persons.map(peopleRef.person),
        ...[s.authorGroupId, ...s.about.groupIds].filter((id): id is string => !!id).map(stixRef.group),
        ...s.about.incidentIds.filter((id) => present.has(id)).map(stixRef.incident),
      ];
      objects = objects.concat(
        statementObjects(s, { created: created_at, updated: updated_at }, [...new Set(refs)], sourceName),
      );
    }
    yield serialise(objects);
  }

  // Groups and sources that appeared while the export ran: every reference resolves in the bundle.
  if (wantedGroups.size) yield serialise((await groupNames.records([...wantedGroups])).map(groupObject));
  if (wantedSources.size) {
    const late = (await sources(db)).filter((s) => wantedSources.has(s.state.id));
    yield serialise(late.map((s) => sourceObject(s.state, ts(s.created), later(ts(s.created), s.modified))));
  }
  yield count ? '\n]}\n' : `${head}}\n`;
}
