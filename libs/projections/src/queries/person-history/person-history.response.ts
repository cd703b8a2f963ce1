import { z } from 'zod';
import { HistoryEventResponse } from '../incident-history/incident-history.response.js';

/** The same event shape as an incident's history (type, version, recordedAt, actor, position, data). */
export const PersonHistoryResponse = z.object({ items: z.array(HistoryEventResponse) }).meta({ id: 'PersonHistory' });
export type PersonHistoryResponse = z.infer<typeof PersonHistoryResponse>;
