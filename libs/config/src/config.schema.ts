import { z } from 'zod';

/** Every setting claimtrail reads from the environment, with its default. */
export const ConfigSchema = z
  .object({
    NODE_ENV: z.string().default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    /** Owner or superuser connection; unset means embedded Postgres in DATA_DIR. */
    DATABASE_URL: z.string().optional(),
    /** Role the app's sessions switch to (INSERT and SELECT only on events); empty disables SET ROLE. */
    DATABASE_APP_ROLE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$|^$/)
      .default('claimtrail_app'),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
    DATABASE_IDLE_IN_TX_TIMEOUT_MS: z.coerce.number().int().min(0).default(60000),
    /** A request not answered by then gets 503 problem+json (0 turns it off); see apps/api request-timeout.ts. */
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).default(30000),
    /**
     * /health is degraded when a committed event has been hidden from the log readers this long (a
     * transaction holds the snapshot xmin).
     */
    HEALTH_READER_STALL_MS: z.coerce.number().int().min(0).default(10000),
    /**
     * /health is degraded, and answers 503 (not ready), when a read model has been stopped at one
     * failing event this long (it names the projection, position and error; park the event to go on).
     */
    HEALTH_PROJECTION_STALL_MS: z.coerce.number().int().min(0).default(30000),
    REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
    /**
     * Prefix of every BullMQ key; braces make it a Redis Cluster hash tag. Unset, the processes
     * derive it from the database's identity (queuePrefixOf): `{claimtrail}` is only the fallback of
     * code that never opens the database.
     */
    QUEUE_PREFIX: z.string().default('{claimtrail}'),
    CLAIMTRAIL_ADMIN_KEY: z.string().min(16).optional(),
    /** Per API key and process; 0 turns limiting off. The bootstrap admin key is exempt. */
    RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).default(50),
    RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(200),
    /**
     * Failed authentications (an unknown, revoked or malformed key) per client address and process;
     * 0 turns limiting off.
     */
    AUTH_FAILURES_PER_SECOND: z.coerce.number().min(0).default(1),
    AUTH_FAILURE_BURST: z.coerce.number().int().min(1).default(20),
    /**
     * How long an API process keeps an active key without looking it up (revocations drop it at
     * once, by notification); 0 = no cache.
     */
    API_KEY_CACHE_MS: z.coerce.number().int().min(0).default(60000),
    /** An Idempotency-Key still in flight after this long is taken as abandoned (its command never committed). */
    IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60000),
    /** A repeat whose Idempotency-Key is still in flight waits this long for the first answer, then is 409. */
    IDEMPOTENCY_WAIT_MS: z.coerce.number().int().min(0).default(10000),
    /** How many times a command is decided again when another write to its stream landed first. */
    COMMAND_RETRIES: z.coerce.number().int().min(0).max(100).default(10),
    /** Cron (UTC) of the scheduled rebuild of every read model; empty turns the schedule off. */
    REBUILD_CRON: z.string().default('0 3 * * *'),
    REBUILD_BATCH_SIZE: z.coerce.number().int().min(100).max(100000).default(5000),
    /** An open review escalates after this long (default 48 h). */
    REVIEW_ESCALATION_MS: z.coerce
      .number()
      .int()
      .min(0)
      .default(48 * 3600 * 1000),
    CORROBORATION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
    /**
     * How often the dispatcher's holder looks for claims without a verdict whose flow is gone from
     * Redis; 0 turns it off.
     */
    CORROBORATION_SWEEP_MS: z.coerce.number().int().min(0).default(60000),
    /** A claim is swept only when recorded at least this long ago (its flow has had time to run). */
    CORROBORATION_SWEEP_AFTER_MS: z.coerce.number().int().min(0).default(300000),
    /** Jobs at once per worker process on the reviews queue (escalations); unset = CORROBORATION_CONCURRENCY. */
    REVIEWS_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
    /** Rebuild jobs at once per worker process (one per projection overall either way). */
    MAINTENANCE_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(1),
    /** What this worker runs: projections (read models, rebuilds), workflows (dispatcher, job processors), sealer. */
    WORKER_ROLES: z
      .string()
      .default('projections,workflows,sealer')
      .transform((v) => [
        ...new Set(
          v
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(
        z
          .array(z.enum(['projections', 'workflows', 'sealer']))
          .min(1, 'name at least one of projections, workflows, sealer'),
      ),
    /** A singleton follower's lease lasts this long without a heartbeat; then another worker takes it. */
    LEASE_TTL_MS: z.coerce.number().int().min(200).default(5000),
    LEASE_HEARTBEAT_MS: z.coerce.number().int().min(50).default(1000),
    /** Optional Postgres replica for the query endpoints (and their minPosition waits); unset = DATABASE_URL. */
    DATABASE_READ_URL: z.string().min(1).optional(),
    /** Worker's own Prometheus endpoint (job durations, failures); 0 turns it off. */
    WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
    DATA_DIR: z.string().default('./.data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_POLL_MS: z.coerce.number().int().min(10).default(500),
    LOG_BATCH_SIZE: z.coerce.number().int().min(1).max(100000).default(1000),
  })
  .superRefine((c, ctx) => {
    // Scale-out settings that only make sense together.
    if (/^rediss?-cluster:\/\//.test(c.REDIS_URL) && !/^\{[^{}]+\}$/.test(c.QUEUE_PREFIX)) {
      ctx.addIssue({
        code: 'custom',
        path: ['QUEUE_PREFIX'],
        message:
          'must be a Redis Cluster hash tag such as {claimtrail} when REDIS_URL is a cluster ' +
          `(got "${c.QUEUE_PREFIX}")`,
      });
    }
    if (c.LEASE_HEARTBEAT_MS * 2 > c.LEASE_TTL_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['LEASE_HEARTBEAT_MS'],
        message: `must be at most half of LEASE_TTL_MS (${c.LEASE_TTL_MS})`,
      });
    }
  });

export type AppConfig = z.infer<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
