import { ConflictError, DomainError, NotFoundError, RuleViolation, StaleVersionError } from '@app/domain';
import { problem, type ProblemException } from '@app/http';

/**
 * The domain's errors as problem+json (docs/API.md "Errors"). Here, in the HTTP shell, because
 * libs/http may not import the domain; HttpModule.forRoot hands this to the ProblemFilter.
 */
export function domainProblem(exception: unknown): ProblemException | undefined {
  if (exception instanceof StaleVersionError) {
    return problem(
      412,
      'stale-version',
      `If-Match named version ${exception.expected}; the stream is at ${exception.actual}`,
      {
        currentVersion: exception.actual,
        headers: { ETag: `"${exception.actual}"` },
      },
    );
  }
  if (exception instanceof RuleViolation) {
    return problem(422, 'rule-violation', exception.message, {
      errors: [{ path: exception.path, message: exception.message }],
    });
  }
  if (exception instanceof NotFoundError) {
    // An unknown id in the body is 422 naming the field; an unknown id in the path is 404.
    if (exception.field) {
      return problem(422, 'unknown-reference', exception.message, {
        errors: [{ path: exception.field, message: exception.message }],
      });
    }
    return problem(404, 'not-found', exception.message);
  }
  if (exception instanceof ConflictError) {
    return problem(409, `conflict/${exception.code}`, exception.message, {
      code: exception.code,
      ...(exception.details ?? {}),
    });
  }
  if (exception instanceof DomainError) return problem(422, 'domain', exception.message);
  return undefined;
}
