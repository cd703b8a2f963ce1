import type { Queue } from 'bullmq';
import { sql, type Kysely } from 'kysely';
import { JOBS, projectionFollower, rebuildJobId } from '@app/config';
import { countEvents, followerFailures, followerLags, parkedEvents, type Database } from '@app/event-store';
import { PROJECTIONS } from '../../model/registry.js';
import { RebuildRunner, toReport } from '../../rebuild/rebuild-runner.js';
import { toFailureResponse, toParkedResponse } from '../park-event/park-event.js';
import type { ProjectionsResponse, RebuildResponse } from './admin-projections.response.js';

/** Each read model: its position, lag behind the log, and last rebuild. */
export async function projectionsOverview(db: Kysely<Database>): Promise<ProjectionsResponse> {
  const lags = new Map(
    (
      await followerLags(
        db,
        PROJECTIONS.map((p) => projectionFollower(p.name)),
      )
    ).map((l) => [l.name, l]),
  );
  const { rows } = await sql<{ name: string; last: any }>`
    select p.name,
           (select to_jsonb(r) from projection_rebuilds r
             where r.projection in (p.name, 'all') order by r.started_at desc limit 1) as last
      from unnest(${PROJECTIONS.map((p) => p.name)}::text[]) as p(name)`.execute(db);
  const total = await countEvents(db);
  const followers = PROJECTIONS.map((p) => projectionFollower(p.name));
  const failures = new Map((await followerFailures(db, followers)).map((f) => [f.name, f]));
  const parked = await parkedEvents(db, followers);
  return {
    items: rows.map((r) => {
      const follower = projectionFollower(r.name);
      const l = lags.get(follower);
      const failing = failures.get(follower);
      return {
        name: r.name,
        position: l?.position ?? 0,
        lag: l ? l.lag : total,
        lastRebuild: r.last ? toReport(r.last) : null,
        failing: failing ? toFailureResponse(failing) : null,
        parked: parked.filter((p) => p.follower === follower).map(toParkedResponse),
      };
    }),
  };
}

/** The queue did not take the rebuild job; the rebuild is recorded as failed. */
export class RebuildNotQueuedError extends Error {
  constructor(
    readonly rebuildId: string,
    readonly reason: Error,
  ) {
    super(`could not enqueue rebuild ${rebuildId}: ${reason.message}`);
  }
}

/**
 * Records a rebuild (RebuildConflictError while one of it, or of all, runs) and enqueues it for a
 * worker. `queue` is called inside the guard, so a queue that cannot even be opened fails it too.
 */
export async function requestRebuild(db: Kysely<Database>, queue: () => Queue, projection: string): Promise<string> {
  const id = await new RebuildRunner(db).begin(projection, 'admin');
  try {
    await queue().add(JOBS.rebuild, { rebuildId: id, projection, trigger: 'admin' }, { jobId: rebuildJobId(id) });
  } catch (err) {
    await sql`update projection_rebuilds set status = 'failed', finished_at = now(), error = 'queue unavailable'
               where id = ${id}`.execute(db);
    throw new RebuildNotQueuedError(id, err as Error);
  }
  return id;
}

/** A rebuild's report, or null for an unknown id. */
export async function rebuildStatus(db: Kysely<Database>, id: string): Promise<RebuildResponse | null> {
  const { rows } = await sql<any>`select * from projection_rebuilds where id = ${id}`.execute(db);
  return rows[0] ? toReport(rows[0]) : null;
}
