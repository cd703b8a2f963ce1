import { NotFoundError } from '../../shared/domain-errors.js';
import { requireOneOf, requireText } from '../../shared/guards.js';
import { RELIABILITY, type Reliability } from '../../shared/vocabulary.js';
import type { SourceEvent } from '../source.events.js';
import type { SourceState } from '../source.state.js';

export interface RateSource {
  sourceId: string;
  reliability: Reliability;
  reason: string;
}

/** Re-rating with the same grade is recorded: a re-confirmed rating, with its reason, is history too. */
export function decideRateSource(state: SourceState | null, cmd: RateSource): SourceEvent[] {
  if (!state) throw new NotFoundError('source', cmd.sourceId);
  return [
    {
      type: 'SourceReliabilityRated',
      data: {
        reliability: requireOneOf('reliability', cmd.reliability, RELIABILITY),
        previous: state.reliability,
        reason: requireText('reason', cmd.reason),
      },
    },
  ];
}
