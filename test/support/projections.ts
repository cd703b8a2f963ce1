// The read side as the suites run it beside the app: every projection followed live, and the live
// read-model tables by name, listed here rather than taken from the registry so that the suites
// checking a snapshot covers them (worker-crash) or copying them (read-replica) do not lean on the
// code under test.
import { EventStore } from '@app/event-store';
import { PROJECTIONS, ProjectionRunner, type ProjectionRunnerOptions } from '@app/projections';
import type { TestDatabase } from './test-database.js';

export const READ_MODEL_TABLES = [
  'rm_incidents',
  'rm_claims',
  'rm_denials',
  'rm_attributions',
  'rm_reviews',
  'rm_groups',
  'rm_sources',
] as const;

/** A started ProjectionRunner over every projection of `tdb`'s app database (pollMs 20 unless given). */
export function startProjectionRunner(
  tdb: Pick<TestDatabase, 'app' | 'url'>,
  options: Partial<ProjectionRunnerOptions> = {},
): ProjectionRunner {
  const runner = new ProjectionRunner({
    db: tdb.app.db,
    store: new EventStore(tdb.app.db),
    connection: { connectionString: tdb.url },
    projections: PROJECTIONS,
    pollMs: 20,
    ...options,
  });
  runner.start();
  return runner;
}
