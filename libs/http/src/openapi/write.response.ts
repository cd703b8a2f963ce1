import { z } from 'zod';

/** What every write answers (201): docs/API.md "Writes". The same type the StreamWriter returns. */
export const WriteResponse = z
  .object({
    id: z
      .guid()
      .meta({ description: 'Id of what the call created: the claim for a claim, the retraction for a retraction, …' }),
    incidentId: z.guid().optional().meta({ description: 'On incident sub-resources: the incident' }),
    version: z.number().int().min(1).meta({ description: 'Stream version after the write (also the ETag)' }),
    position: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'Global position of the last event written: pass it as minPosition to read your write' }),
  })
  .meta({ id: 'WriteResponse' });
export type WriteResponse = z.infer<typeof WriteResponse>;
