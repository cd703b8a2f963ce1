import { z } from 'zod';
import { pageOf, uuid } from '../shared/responses.js';

export const MismatchResponse = z
  .object({
    incidentId: uuid,
    claimedBy: z.array(uuid).meta({ description: 'Groups with active claims' }),
    attributedTo: z.array(uuid).meta({ description: 'Groups of standing analyst attributions' }),
    claimedByNames: z.array(z.string().nullable()).meta({ description: 'Beside claimedBy, in order' }),
    attributedToNames: z.array(z.string().nullable()).meta({ description: 'Beside attributedTo, in order' }),
  })
  .meta({ id: 'Mismatch' });
export const MismatchesResponse = pageOf(MismatchResponse, 'MismatchPage');
export type MismatchesResponse = z.infer<typeof MismatchesResponse>;
