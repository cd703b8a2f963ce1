import { z } from 'zod';

// The one error body of the API (RFC 9457), as libs/http's ProblemFilter, body-errors and
// protocol-error answers emit it. It is rendered once into the OpenAPI document as
// components.schemas.Problem, which every declared error status points at.

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

export const FieldErrorSchema = z.object({
  path: z.string().meta({
    description:
      'Dotted path of the offending input: a body field (`location.country`), ' +
      '`query.limit`, `header.If-Match`, `(body)`',
  }),
  message: z.string(),
});

/** Extension members are allowed (RFC 9457 §3.2): conflicts add `code` and the conflicting ids. */
export const ProblemSchema = z
  .looseObject({
    type: z.string().meta({ format: 'uri', description: 'https://claimtrail.dev/problems/<slug>' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    instance: z.string().optional().meta({ description: 'The request target that failed' }),
    errors: z
      .array(FieldErrorSchema)
      .optional()
      .meta({ description: 'For input errors: each offending field with what is wrong' }),
    code: z.string().optional().meta({ description: '409: the kind of conflict (already_retracted, name_taken, …)' }),
    currentVersion: z
      .number()
      .int()
      .optional()
      .meta({ description: '412: the stream version the write would have to name' }),
  })
  .meta({ description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof ProblemSchema>;
