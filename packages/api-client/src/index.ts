// The claimtrail REST client: openapi-fetch typed by the declarations openapi-typescript generates
// from the API's OpenAPI document (src/schema.d.ts; regenerate with `node scripts/generate-client.mjs`).
// Every call's `data` is typed by the operation's success schema, `error` by its problem+json.
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };
export type ClaimtrailClient = Client<paths>;

/** RFC 9457 problem details, as every error answer carries them. */
export type Problem = components['schemas']['Problem'];
export type WriteResponse = components['schemas']['WriteResponse'];
export type IncidentPicture = components['schemas']['IncidentPicture'];

/** A client for the API at `baseUrl` (e.g. http://localhost:3000) that sends `apiKey` as its bearer key. */
export function createClaimtrailClient(
  baseUrl: string,
  apiKey?: string,
  options: Omit<ClientOptions, 'baseUrl' | 'headers'> & { headers?: Record<string, string> } = {},
): ClaimtrailClient {
  const headers = { ...options.headers, ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}) };
  return createClient<paths>({ ...options, baseUrl: baseUrl.replace(/\/+$/, ''), headers });
}
