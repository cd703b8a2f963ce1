import { projectionFollower } from '@app/config';
import { CHECKPOINTS_CHANNEL, LogFollowerRunner, type LogFollowerRunnerOptions } from '@app/event-store';
import { LIVE, type Projection } from '../model/projection.js';
import { projectionFailed, projectionMoved } from './projection-failures.js';

export interface ProjectionRunnerOptions extends Omit<LogFollowerRunnerOptions, 'followers' | 'checkpoint' | 'kind'> {
  projections: readonly Projection[];
  /** Checkpoint (and lease) name per projection; read models use `projection:<name>`. */
  checkpoint?: (name: string) => string;
  /** Where a projection stopped at a failing event is said (error level); defaults to `log`. */
  logError?: (msg: string, fields: Record<string, unknown>) => void;
}

/**
 * The read models' log follower: the event store's LogFollowerRunner applying each projection to
 * its live tables, under the checkpoint and lease `projection:<name>`.
 */
export class ProjectionRunner extends LogFollowerRunner {
  constructor(opts: ProjectionRunnerOptions) {
    const { projections, checkpoint, logError, ...rest } = opts;
    super({
      ...rest,
      onFailure: (name, failure, first) => {
        projectionFailed(name, failure, first, logError ?? ((m, f) => rest.log?.(m, f)));
        rest.onFailure?.(name, failure, first);
      },
      onCommit: (name, n, cp, lease, fencedAt) => {
        projectionMoved(name);
        rest.onCommit?.(name, n, cp, lease, fencedAt);
      },
      kind: 'projection',
      notifyChannel: CHECKPOINTS_CHANNEL,
      checkpoint: checkpoint ?? projectionFollower,
      followers: projections.map((p) => ({ name: p.name, apply: (events, trx) => p.apply(events, trx, LIVE) })),
    });
  }
}
