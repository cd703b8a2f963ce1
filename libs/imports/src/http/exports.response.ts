import { z } from 'zod';

/** A STIX 2.1 bundle (its objects follow the STIX 2.1 schemas; see the export's tests). */
export const StixBundleResponse = z
  .object({
    type: z.literal('bundle'),
    id: z.string().meta({ description: 'bundle--<uuid>' }),
    objects: z.array(z.looseObject({ type: z.string(), id: z.string() })),
  })
  .meta({ id: 'StixBundle' });
