import { HttpException } from '@nestjs/common';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `location.country`, `query.limit`, `header.If-Match`. */
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  417: 'Expectation Failed',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const PROBLEM_BASE = 'https://claimtrail.dev/problems/';

export function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** An RFC 9457 problem the filter renders as application/problem+json. */
export class ProblemException extends HttpException {
  constructor(
    readonly problem: ProblemBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem, problem.status);
  }
}

export function problem(
  status: number,
  slug: string,
  detail: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string>; [k: string]: unknown } = {},
): ProblemException {
  const { headers, ...rest } = extra;
  return new ProblemException(
    { type: `${PROBLEM_BASE}${slug}`, title: titleFor(status), status, detail, ...rest },
    headers as Record<string, string> | undefined,
  );
}

export function validationProblem(errors: FieldError[], status = 400): ProblemException {
  const named = errors.map((e) => e.path || '(body)').join(', ');
  return problem(status, status === 422 ? 'unprocessable' : 'validation', `Invalid input: ${named}`, { errors });
}
