import { projectionFollower } from '@app/config';
import { LogFollowerRunner, type LogFollowerRunnerOptions } from '@app/event-store';
import { LIVE, type Projection } from '../model/projection.js';

export interface ProjectionRunnerOptions extends Omit<LogFollowerRunnerOptions, 'followers' | 'checkpoint' | 'kind'> {
  projections: readonly Projection[];
  /** Checkpoint (and lease) name per projection; read models use `projection:<name>`. */
  checkpoint?: (name: string) => string;
}

/**
 * The read models' log follower: the event store's LogFollowerRunner applying each projection to
 * its live tables, under the checkpoint and lease `projection:<name>`.
 */
export class ProjectionRunner extends LogFollowerRunner {
  constructor(opts: ProjectionRunnerOptions) {
    const { projections, checkpoint, ...rest } = opts;
    super({
      ...rest,
      kind: 'projection',
      checkpoint: checkpoint ?? projectionFollower,
      followers: projections.map((p) => ({ name: p.name, apply: (events, trx) => p.apply(events, trx, LIVE) })),
    });
  }
}
