import { z } from 'zod';
import { AFFILIATION_ROLES } from '@app/domain';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema } from '../shared/cursor.js';
import { textParam } from '../shared/text-param.js';
import { validOnSchema } from '../group-leadership/group-leadership.schema.js';

export const ListPersonsQuerySchema = z.strictObject({
  q: textParam('Case-insensitive substring of a name or alias'),
  group: textParam('Group id, name or alias: persons with an affiliation to it (not withdrawn)'),
  role: z.enum(AFFILIATION_ROLES).optional().meta({ description: 'Persons with an affiliation in this role' }),
  at: validOnSchema.optional().meta({
    description: 'The affiliation (with group/role when given) valid on this date (YYYY, YYYY-MM, YYYY-MM-DD)',
  }),
  cursor: cursorSchema(z.tuple([cursorKey.text, cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});
export type ListPersonsQueryParams = z.infer<typeof ListPersonsQuerySchema>;
