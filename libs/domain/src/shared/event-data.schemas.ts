import { z } from 'zod';

// The shape of every domain event's data as stored, one schema per type: appends check each
// event against its type's schema (StreamWriter, the GTD import), so no writer of the app can
// store an event a fold cannot read (issue 16 item 3: an `IncidentReported` with data `{}`
// stopped the incidents projection). Structural, not the commands' rules: vocabularies are
// strings (a later vocabulary must not refuse older events), extra fields pass (GTD's extras),
// and fields that came later (citation, spokespersonId) may be absent.

const id = z.string().min(1);
const text = z.string();
const nullableText = z.string().nullable();
const int = z.number().int();
const num = z.number();
const later = <T extends z.ZodType>(s: T) => s.nullable().optional();
const citation = z.looseObject({ url: z.string() });
const partialDate = z.looseObject({ value: text, precision: text, earliest: text, latest: text });
const location = z.looseObject({
  country: text,
  admin1: nullableText,
  place: nullableText,
  lat: num.nullable(),
  lon: num.nullable(),
});
/** GroupAliasAdded and PersonAliasAdded: one alias with its validity. */
const aliasAdded = z.looseObject({ alias: text, validFrom: later(text), validTo: later(text) });
const casualties = z.looseObject({
  killedMin: num.nullable(),
  killedMax: num.nullable(),
  injuredMin: num.nullable(),
  injuredMax: num.nullable(),
});
const incidentFields = {
  occurredAt: partialDate,
  location,
  type: text,
  suicide: z.boolean().nullable(),
  target: nullableText,
  casualties,
  summary: nullableText,
  sourceIds: z.array(id),
};

export const EVENT_DATA_SCHEMAS: Record<string, z.ZodType> = {
  // incident-<id>
  IncidentReported: z.looseObject({ incidentId: id, ...incidentFields, citation: later(citation) }),
  IncidentCorrected: z.looseObject({
    fields: z.looseObject(Object.fromEntries(Object.entries(incidentFields).map(([k, s]) => [k, s.optional()]))),
    reason: text,
    citation: later(citation),
  }),
  IncidentMarkedDuplicate: z.looseObject({ duplicateOf: id, reason: nullableText }),
  ClaimRecorded: z.looseObject({
    claimId: id,
    groupId: id,
    channel: text,
    claimedAt: later(text),
    spokesperson: later(text),
    spokespersonId: later(id),
    sourceId: id,
    credibility: later(num),
    citation: later(citation),
    competingGroupIds: z.array(id),
  }),
  ClaimSourceAdded: z.looseObject({ claimId: id, sourceId: id, credibility: later(num), citation: later(citation) }),
  ClaimAuthenticityAssessed: z.looseObject({ claimId: id, verdict: text, basis: text }),
  ClaimRetracted: z.looseObject({
    retractionId: id,
    claimId: id,
    groupId: id,
    retractedAt: text,
    sourceId: id,
    reason: later(text),
    citation: later(citation),
  }),
  ClaimDenied: z.looseObject({
    denialId: id,
    groupId: id,
    deniedAt: text,
    sourceId: id,
    statement: later(text),
    spokesperson: later(text),
    spokespersonId: later(id),
    citation: later(citation),
    contradictsClaimId: later(id),
  }),
  AttributionAssessed: z.looseObject({
    attributionId: id,
    groupId: id,
    confidence: num,
    basis: text,
    sourceIds: z.array(id),
    citation: later(citation),
  }),
  AttributionWithdrawn: z.looseObject({ attributionId: id, reason: text }),
  CorroborationCompleted: z.looseObject({ claimId: id, score: num, verdict: text }),
  ReviewRequested: z.looseObject({ reviewId: id, claimId: id, reason: later(text) }),
  ReviewResolved: z.looseObject({ reviewId: id, claimId: id, decision: text, note: text }),
  ReviewEscalated: z.looseObject({ reviewId: id, claimId: id }),
  // group-<id>
  GroupRegistered: z.looseObject({ groupId: id, name: text, aliases: z.array(text), kind: later(text) }),
  GroupAliasAdded: aliasAdded,
  GroupRelationAsserted: z.looseObject({
    relationId: id,
    relation: text,
    otherGroupId: id,
    validFrom: later(text),
    validTo: later(text),
    sourceId: later(id),
    citation: later(citation),
    confidence: later(num),
  }),
  GroupRelationWithdrawn: z.looseObject({ relationId: id, reason: text }),
  // source-<id>
  SourceRegistered: z.looseObject({ sourceId: id, name: text, kind: text, reliability: text }),
  SourceReliabilityRated: z.looseObject({ reliability: text, previous: text, reason: text }),
  // person-<id>
  PersonRegistered: z.looseObject({ personId: id, name: text, aliases: z.array(text), summary: later(text) }),
  PersonAliasAdded: aliasAdded,
  PersonAffiliationRecorded: z.looseObject({
    affiliationId: id,
    groupId: id,
    role: text,
    validFrom: text,
    validTo: later(text),
    sourceId: later(id),
    citation: later(citation),
    confidence: later(int),
  }),
  PersonAffiliationEnded: z.looseObject({
    affiliationId: id,
    validTo: text,
    reason: text,
    toGroupId: later(id),
    sourceId: later(id),
    citation: later(citation),
  }),
  PersonAffiliationWithdrawn: z.looseObject({ affiliationId: id, reason: text }),
  PersonStatusRecorded: z.looseObject({
    statusId: id,
    status: text,
    at: text,
    announcedAt: later(text),
    sourceId: later(id),
    citation: later(citation),
    incidentId: later(id),
    note: later(text),
  }),
  // statement-<id>
  StatementRecorded: z.looseObject({
    statementId: id,
    kind: text,
    madeAt: text,
    authorPersonId: later(id),
    authorGroupId: later(id),
    about: z.looseObject({ groupIds: z.array(id), personIds: z.array(id), incidentIds: z.array(id) }),
    sourceId: id,
    citation: later(citation),
    summary: text,
  }),
  StatementAssessed: z.looseObject({ assessmentId: id, verdict: text, basis: text }),
};

/**
 * Why this event's data does not fit its type's schema (`field: message; …`), or null when it does
 * or the type is not the domain's.
 */
export function eventDataProblem(type: string, data: unknown): string | null {
  const schema = EVENT_DATA_SCHEMAS[type];
  if (!schema) return null;
  const r = schema.safeParse(data);
  if (r.success) return null;
  return r.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(data)'}: ${i.message}`)
    .join('; ');
}

/** A writer produced an event its type's schema refuses: a bug, never stored. */
export class EventDataInvalidError extends Error {
  constructor(
    readonly eventType: string,
    readonly problem: string,
  ) {
    super(`refusing to append ${eventType}: its data does not fit the ${eventType} schema (${problem})`);
  }
}

/** Throws EventDataInvalidError for the first event whose data does not fit its type. */
export function assertEventData(events: ReadonlyArray<{ type: string; data: unknown }>): void {
  for (const e of events) {
    const problem = eventDataProblem(e.type, e.data);
    if (problem) throw new EventDataInvalidError(e.type, problem);
  }
}
