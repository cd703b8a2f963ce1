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

/** Nest 12's Standard Schema pipe, answering with problem+json that names each field. */
export class ProblemValidationPipe extends StandardSchemaValidationPipe {
  constructor() {
    super({ transform: true });
  }

  override async transform<T = any>(value: T, metadata: ArgumentMetadata): Promise<T> {
    const schema = metadata.schema as StandardSchemaV1 | undefined;
    if (!schema || !this.toValidate(metadata)) return value;
    if (value && typeof value === 'object') this.stripProtoKeys(value);
    const result = await this.validate<T>(value, schema, this.validateOptions);
    if (result.issues) {
      const fallback = metadata.type === 'body' ? '(body)' : (metadata.data ?? metadata.type);
      throw validationProblem(toFieldErrors(result.issues, fallback));
    }
    return result.value as T;
  }
}
