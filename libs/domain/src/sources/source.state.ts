import { type EventEnvelopeFields, type StoredEvent, stampVersion } from '../shared/event-envelope.js';
import { toIso } from '../shared/guards.js';
import type { Reliability, SourceKind } from '../shared/vocabulary.js';
import type { SourceEvent } from './source.events.js';

export interface SourceRating {
  reliability: Reliability;
  previous: Reliability;
  reason: string;
  /** When the rating was recorded, if the envelope said. */
  recordedAt: string | null;
}

export interface SourceState {
  id: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability;
  /** Re-ratings, oldest first (the initial rating is in SourceRegistered). */
  ratings: SourceRating[];
  version: number;
  position: number | null;
}

export function evolveSource(
  state: SourceState | null,
  event: (SourceEvent & EventEnvelopeFields) | StoredEvent,
): SourceState {
  const e = event as SourceEvent & EventEnvelopeFields;
  if (e.type === 'SourceRegistered') {
    const { sourceId, name, kind, reliability } = e.data;
    return stampVersion({ id: sourceId, name, kind, reliability, ratings: [], version: 0, position: null }, e);
  }
  if (!state) throw new Error(`source stream must start with SourceRegistered, got ${e.type}`);
  if (e.type === 'SourceReliabilityRated') {
    const rating: SourceRating = { ...e.data, recordedAt: toIso(e.recordedAt) };
    return stampVersion({ ...state, reliability: e.data.reliability, ratings: [...state.ratings, rating] }, e);
  }
  return stampVersion(state, e);
}

export function foldSource(events: Iterable<(SourceEvent & EventEnvelopeFields) | StoredEvent>): SourceState | null {
  let state: SourceState | null = null;
  for (const event of events) state = evolveSource(state, event);
  return state;
}
