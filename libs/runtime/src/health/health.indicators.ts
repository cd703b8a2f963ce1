import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { sql, type Kysely } from 'kysely';
import { followerLags, readerStall, stalledFollowers, type Database } from '@app/event-store';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { KYSELY, REDIS } from '../tokens.js';

/** Lag (events) above which a follower makes the service degraded. */
export const LAG_DEGRADED_EVENTS = Number(process.env.HEALTH_LAG_DEGRADED_EVENTS ?? 10_000);

@Injectable()
export class HealthIndicators {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Without Postgres nothing can be recorded: down. */
  postgres() {
    return this.health
      .check('postgres')
      .attempt(async () => {
        await sql`select 1`.execute(this.db);
      })
      .withTimeout(3000);
  }

  /** Without Redis recording goes on and workflows wait: degraded, not down. */
  async redisStatus() {
    const check = this.health.check('redis');
    try {
      const pong = await Promise.race([
        this.redis.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return check.up({ ping: pong });
    } catch (err) {
      return check.degraded({
        message: `Redis unreachable (${(err as Error).message}); recording continues, workflows wait`,
      });
    }
  }

  /** How far each log follower is behind the head of the log. */
  async lag() {
    const check = this.health.check('readModels');
    try {
      const rows = await followerLags(this.db);
      const followers = Object.fromEntries(rows.map((r) => [r.name, { position: r.position, lag: r.lag }]));
      const worst = Math.max(0, ...Object.values(followers).map((f) => f.lag));
      return worst > LAG_DEGRADED_EVENTS
        ? check.degraded({ maxLag: worst, followers })
        : check.up({ maxLag: worst, followers });
    } catch (err) {
      return check.down({ message: (err as Error).message });
    }
  }

  /**
   * A follower (a read model, the dispatcher) stopped at one event that keeps failing for longer
   * than HEALTH_PROJECTION_STALL_MS: degraded, and the readiness answer turns 503 (its reads are
   * stale for good until the event is fixed or parked). Names the follower, the event and the error.
   */
  async projections() {
    const check = this.health.check('projections');
    try {
      const stopped = await stalledFollowers(this.db, this.config.HEALTH_PROJECTION_STALL_MS);
      if (!stopped.length) return check.up({ stopped: [] });
      const items = stopped.map((f) => ({
        projection: f.name.replace(/^projection:/, ''),
        follower: f.name,
        position: f.position,
        eventId: f.eventId,
        eventType: f.type,
        error: f.error,
        since: f.since.toISOString(),
        attempts: f.attempts,
      }));
      return check.degraded({
        alarm: 'projection-stopped',
        stopped: items,
        message: items
          .map((i) => `${i.projection} stopped at position ${i.position} since ${i.since}: ${i.error}`)
          .join('; '),
      });
    } catch (err) {
      return check.down({ message: (err as Error).message });
    }
  }

  /**
   * The reader-lag alarm: committed events hidden from every log reader (projections, workflows,
   * sealer) for longer than HEALTH_READER_STALL_MS because an open transaction holds the snapshot
   * xmin. Degraded, not down: recording goes on; DATABASE_IDLE_IN_TX_TIMEOUT_MS ends an idle one.
   */
  async readers() {
    const check = this.health.check('readers');
    try {
      const stall = await readerStall(this.db);
      const stalled = stall.hiddenEvents > 0 && stall.stalledForMs > this.config.HEALTH_READER_STALL_MS;
      return stalled
        ? check.degraded({
            alarm: 'readers-stalled',
            ...stall,
            message:
              `log readers stalled ${stall.stalledForMs} ms by an open transaction` +
              `${stall.blockedBy ? ` (pid ${stall.blockedBy.pid})` : ''}`,
          })
        : check.up({ ...stall });
    } catch (err) {
      return check.down({ message: (err as Error).message });
    }
  }
}
