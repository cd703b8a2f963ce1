import { createClaimtrailClient, type ClaimtrailClient } from '@claimtrail/api-client';

// The key lives in this tab's sessionStorage only: closing the tab signs out, and no other tab,
// cookie or server-side session ever holds it.
const KEY = 'claimtrail.apiKey';

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY);
}
export function storeKey(key: string): void {
  sessionStorage.setItem(KEY, key);
}
export function forgetKey(): void {
  sessionStorage.removeItem(KEY);
}

/** The typed client on this origin with the tab's key. */
export function client(key = storedKey()): ClaimtrailClient {
  return createClaimtrailClient(location.origin, key ?? undefined);
}

/** A problem+json answer (or a network failure) as an error the pages show in words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | null,
    readonly fields: Array<{ path: string; message: string }> = [],
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** Unwraps an openapi-fetch answer: the data, or an ApiError built from its problem+json. */
export async function unwrap<T>(call: Promise<Answer<T>>, { signOutOn401 = true } = {}): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (err) {
    throw new ApiError(0, 'The API could not be reached', err instanceof Error ? err.message : String(err));
  }
  if (answer.data !== undefined && answer.response.ok) return answer.data;
  const p = (answer.error ?? {}) as {
    title?: string;
    detail?: string;
    errors?: Array<{ path: string; message: string }>;
  };
  const err = new ApiError(
    answer.response.status,
    p.title ?? `${answer.response.status} ${answer.response.statusText}`,
    p.detail ?? null,
    p.errors ?? [],
  );
  if (err.status === 401 && signOutOn401) onUnauthorized(err);
  throw err;
}

let unauthorized: (err: ApiError) => void = () => undefined;
/** The app registers what a 401 does: forget the key and go back to Sign in. */
export function setUnauthorizedHandler(fn: (err: ApiError) => void): void {
  unauthorized = fn;
}
function onUnauthorized(err: ApiError): void {
  unauthorized(err);
}
