import { eventGuard } from '../shared/event-envelope.js';
import type { Reliability, SourceKind } from '../shared/vocabulary.js';

export const SOURCE_EVENT_TYPES = ['SourceRegistered', 'SourceReliabilityRated'] as const;
export type SourceEventType = (typeof SOURCE_EVENT_TYPES)[number];

export interface SourceRegisteredData {
  sourceId: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability;
}

export interface SourceReliabilityRatedData {
  reliability: Reliability;
  /** The rating it replaces, so the event reads on its own in the history. */
  previous: Reliability;
  reason: string;
}

export type SourceRegistered = { type: 'SourceRegistered'; data: SourceRegisteredData };
export type SourceReliabilityRated = { type: 'SourceReliabilityRated'; data: SourceReliabilityRatedData };

export type SourceEvent = SourceRegistered | SourceReliabilityRated;

export const isSourceEvent = eventGuard<SourceEvent>(SOURCE_EVENT_TYPES);
