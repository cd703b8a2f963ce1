import type { INestApplication } from '@nestjs/common';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { ProblemSchema } from './problem.schema.js';

/** The API key scheme: an opaque bearer token (`ct_…`), not a JWT. */
export const API_KEY_SCHEME = {
  type: 'http' as const,
  scheme: 'bearer',
  description:
    'An API key: `Authorization: Bearer <key>`. Keys are opaque strings (admin: POST /v1/admin/keys), not JWTs.',
};

/**
 * The document /docs-json serves: what the controllers declare, plus the one Problem schema
 * their error answers point at (rendered for OpenAPI 3.0, the document's version).
 */
export function createOpenApiDocument(app: INestApplication, config: Omit<OpenAPIObject, 'paths'>): OpenAPIObject {
  const doc = SwaggerModule.createDocument(app, config);
  doc.components ??= {};
  doc.components.schemas = {
    ...doc.components.schemas,
    Problem: z.toJSONSchema(ProblemSchema, { target: 'openapi-3.0' }) as object,
  };
  allowNullInNullableEnums(doc);
  return doc;
}

/**
 * OpenAPI 3.0.3: `nullable` does not widen an `enum`, so a nullable enum must list null itself.
 * zod renders `z.enum([...]).nullable()` without it, which validators then read as "never null".
 */
function allowNullInNullableEnums(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const o = node as { nullable?: unknown; enum?: unknown[] };
  if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) o.enum = [...o.enum, null];
  for (const v of Object.values(node)) allowNullInNullableEnums(v);
}
