import { type ArgumentMetadata, StandardSchemaValidationPipe } from '@nestjs/common';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { type FieldError, validationProblem } from './problem.js';

function toFieldErrors(issues: readonly StandardSchemaV1.Issue[], fallback: string): FieldError[] {
  return issues.flatMap((issue) => {
    const path = (issue.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p)));
    // zod reports unknown fields on their parent object; name each field instead.
    const keys = (issue as { keys?: unknown }).keys;
    if (Array.isArray(keys) && keys.length) {
      return keys.map((k) => ({ path: [...path, String(k)].join('.'), message: `unknown field "${String(k)}"` }));
    }
    return [{ path: path.join('.') || fallback, message: issue.message }];
  });
}

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Strings Postgres cannot store (NUL, lone surrogates) and prototype-named keys, by path. */
export function hostileParts(value: unknown, path: string[] = [], out: FieldError[] = [], depth = 0): FieldError[] {
  if (out.length >= 20 || depth > 64) return out;
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value))
      out.push({ path: path.join('.') || '(body)', message: 'contains a NUL character or an unpaired surrogate' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => hostileParts(v, [...path, String(i)], out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) out.push({ path: [...path, k].join('.'), message: `unknown field "${k}"` });
      else hostileParts((value as Record<string, unknown>)[k], [...path, k], out, depth + 1);
    }
  }
  return out;
}

/** Nest 12's Standard Schema pipe, answering with problem+json that names each field. */
export class ProblemValidationPipe extends StandardSchemaValidationPipe {
  constructor() {
    super({ transform: true });
  }

  override async transform<T = any>(value: T, metadata: ArgumentMetadata): Promise<T> {
    const schema = metadata.schema as StandardSchemaV1 | undefined;
    if (!schema || !this.toValidate(metadata)) return value;
    const hostile = hostileParts(value, metadata.type === 'body' ? [] : metadata.data ? [metadata.data] : []);
    if (hostile.length) throw validationProblem(hostile);
    if (value && typeof value === 'object') this.stripProtoKeys(value);
    const result = await this.validate<T>(value, schema, this.validateOptions);
    if (result.issues) {
      const fallback = metadata.type === 'body' ? '(body)' : (metadata.data ?? metadata.type);
      throw validationProblem(toFieldErrors(result.issues, fallback));
    }
    return result.value as T;
  }
}
