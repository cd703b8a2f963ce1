import { z } from 'zod';

export const FailedJobsResponse = z
  .object({
    items: z.array(
      z.object({
        queue: z.string(),
        id: z.string().optional(),
        name: z.string(),
        failedReason: z.string(),
        attemptsMade: z.number().int(),
        finishedOn: z.string().meta({ format: 'date-time' }).nullable(),
        data: z.unknown().meta({ description: "The job's data" }),
      }),
    ),
  })
  .meta({ id: 'FailedJobs' });
export type FailedJobsResponse = z.infer<typeof FailedJobsResponse>;
