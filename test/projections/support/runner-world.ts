// The set-up the projection-runner suites share (projection-runner.int-spec.ts,
// projection-leases.int-spec.ts): a private database with a seeded directory (the world the
// workloads write to), and projection runners started on it, all stopped by stopAll. The `let`
// bindings are live ES module exports, set by useRunnerWorld's beforeAll.
import { afterAll, beforeAll } from '@jest/globals';
import { EventStore } from '@app/event-store';
import { PROJECTIONS, ProjectionRunner, type Projection } from '@app/projections';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { mulberry32, seedDirectory, type World } from './workload.js';

export let tdb: TestDatabase;
export let store: EventStore;
export let world: World;
const runners: ProjectionRunner[] = [];
/** What the runners started with the default log reported. */
export const runnerLog: string[] = [];

/** Registers the suite's beforeAll (database, directory) and afterAll (runners stopped, database dropped). */
export function useRunnerWorld(label: string): void {
  beforeAll(async () => {
    tdb = await createTestDatabase(label);
    store = new EventStore(tdb.app.db);
    world = await seedDirectory(store, mulberry32(11), 60);
  });

  afterAll(async () => {
    await stopAll();
    await tdb?.drop();
  });
}

export function startRunner(
  projections: readonly Projection[] = PROJECTIONS,
  db = tdb.app.db,
  batchSize = 100,
  leaseTtlMs?: number,
  log = runnerLog,
): ProjectionRunner {
  const runner = new ProjectionRunner({
    db,
    store: new EventStore(db),
    connection: { connectionString: tdb.url },
    projections,
    pollMs: 20,
    batchSize,
    heartbeatMs: 100,
    leaseTtlMs,
    log: (m) => log.push(m),
  });
  runners.push(runner);
  runner.start();
  return runner;
}

export async function stopAll(): Promise<void> {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
}
