import { z } from 'zod';

const indicator = z.looseObject({ status: z.string().meta({ description: 'up, down or degraded' }) });
const indicators = z.record(z.string(), indicator);
/** info/error hold some of the indicators (terminus types them as a Partial). */
const someIndicators = z.record(z.string(), indicator.optional());

/** Terminus' health check result: each indicator (postgres, redis, lag, readers) with its status. */
export const HealthResponse = z
  .object({
    status: z.enum(['ok', 'degraded', 'error', 'shutting_down']),
    info: someIndicators.optional(),
    error: someIndicators.optional(),
    details: indicators,
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof HealthResponse>;

export const LivenessResponse = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });
export type LivenessResponse = z.infer<typeof LivenessResponse>;
