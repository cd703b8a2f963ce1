import type { Citation } from '../shared/citation.js';
import { type EventsOf, eventGuard } from '../shared/event-envelope.js';
import type { GroupRelation } from '../shared/vocabulary.js';

export const GROUP_EVENT_TYPES = [
  'GroupRegistered',
  'GroupAliasAdded',
  'GroupRelationAsserted',
  'GroupRelationWithdrawn',
] as const;
export type GroupEventType = (typeof GROUP_EVENT_TYPES)[number];

export interface GroupRegisteredData {
  groupId: string;
  name: string;
  aliases: string[];
  /** Free text: militant, state, political, … */
  kind: string | null;
}

export interface GroupAliasAddedData {
  alias: string;
  /** Partial dates (`2014`, `2014-06`, `2014-06-15`) in canonical form. */
  validFrom: string | null;
  validTo: string | null;
}

export interface GroupRelationAssertedData {
  relationId: string;
  /** Reads "this group <relation> otherGroup": TJP suspected_front_of TTP. */
  relation: GroupRelation;
  otherGroupId: string;
  validFrom: string | null;
  validTo: string | null;
  sourceId: string | null;
  /** Absent in events recorded before citations: read as null. */
  citation?: Citation | null;
  /** 0–100 (STIX 2.1 confidence). */
  confidence: number | null;
}

export interface GroupRelationWithdrawnData {
  relationId: string;
  reason: string;
}

/** The stream's events: each type with its data. */
export type GroupEvent = EventsOf<{
  GroupRegistered: GroupRegisteredData;
  GroupAliasAdded: GroupAliasAddedData;
  GroupRelationAsserted: GroupRelationAssertedData;
  GroupRelationWithdrawn: GroupRelationWithdrawnData;
}>;

export const isGroupEvent = eventGuard<GroupEvent>(GROUP_EVENT_TYPES);
