import { z } from 'zod';
import { GROUP_RELATIONS, INCIDENT_STATUSES, type GroupRelation } from '@app/domain';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, timeParamSchema } from '../shared/cursor.js';
import { textParam } from '../shared/text-param.js';

const relationsOf = (v: string) =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export const ListIncidentsQuerySchema = z
  .strictObject({
    group: textParam('Group id, name or alias: matches claims and attributions'),
    via: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .superRefine((v, ctx) => {
        const unknown = relationsOf(v).filter((r) => !(GROUP_RELATIONS as readonly string[]).includes(r));
        if (unknown.length || !relationsOf(v).length)
          ctx.addIssue({
            code: 'custom',
            message:
              `unknown relation ${unknown.join(', ') || '(none)'}: ` +
              `give one or more of ${GROUP_RELATIONS.join(', ')}`,
          });
      })
      .transform((v) => [...new Set(relationsOf(v))] as GroupRelation[])
      .optional()
      .meta({
        description:
          'With group: also incidents of groups related to it by these relations (comma-separated), ' +
          'valid on the incident’s date, in either direction',
        example: 'suspected_front_of,faction_of',
      }),
    status: z.enum(INCIDENT_STATUSES).optional(),
    country: z
      .string()
      .trim()
      .min(2)
      .max(100)
      .optional()
      .meta({ description: 'ISO 3166-1 alpha-2 code or English name' }),
    from: timeParamSchema.optional().meta({ description: 'Incidents that may have occurred at or after this time' }),
    to: timeParamSchema.optional().meta({ description: 'Incidents that may have occurred at or before this time' }),
    competing: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    cursor: cursorSchema(z.tuple([cursorKey.time.nullable(), cursorKey.uuid])),
    limit: limitSchema(500, 50),
    minPosition: minPositionSchema,
  })
  .refine((q) => q.via === undefined || q.group !== undefined, { message: 'via needs group', path: ['via'] });
export type ListIncidentsQueryParams = z.infer<typeof ListIncidentsQuerySchema>;
