import type { z } from 'zod';
import { IncidentPicture } from '../shared/incident-picture.response.js';
import { pageOf } from '../shared/responses.js';

export const ListIncidentsResponse = pageOf(IncidentPicture, 'IncidentPage');
export type ListIncidentsResponse = z.infer<typeof ListIncidentsResponse>;
