import type { z } from 'zod';
import { IncidentPicture } from '../shared/incident-picture.response.js';

/** The picture now, or as of a time or position (then with asOf/asOfPosition echoed). */
export const GetIncidentResponse = IncidentPicture;
export type GetIncidentResponse = z.infer<typeof GetIncidentResponse>;
