import { ConflictError } from '../../shared/domain-errors.js';
import { requireId, requireName, requireOneOf } from '../../shared/guards.js';
import { RELIABILITY, SOURCE_KINDS, type Reliability, type SourceKind } from '../../shared/vocabulary.js';
import type { SourceEvent } from '../source.events.js';
import type { SourceState } from '../source.state.js';

export interface RegisterSource {
  sourceId: string;
  name: string;
  kind: SourceKind;
  reliability: Reliability;
}

export function decideRegisterSource(state: SourceState | null, cmd: RegisterSource): SourceEvent[] {
  if (state)
    throw new ConflictError('already_exists', `source ${cmd.sourceId} already exists`, { sourceId: cmd.sourceId });
  return [
    {
      type: 'SourceRegistered',
      data: {
        sourceId: requireId('id', cmd.sourceId),
        name: requireName('name', cmd.name),
        kind: requireOneOf('kind', cmd.kind, SOURCE_KINDS),
        reliability: requireOneOf('reliability', cmd.reliability, RELIABILITY),
      },
    },
  ];
}
