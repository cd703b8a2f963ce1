// Compiled by `npm run typecheck`, never run: the generated client types every call from the
// OpenAPI document, so a wrong path, field or value fails the type check (each @ts-expect-error
// below must stay an error; were a body typed `unknown` or `any`, they would not be).
import { createClaimtrailClient, type Problem } from '@claimtrail/api-client';

export async function recordClaimThenReadIt(
  baseUrl: string,
  apiKey: string,
  incidentId: string,
  sourceId: string,
): Promise<number | Problem> {
  const client = createClaimtrailClient(baseUrl, apiKey);
  const written = await client.POST('/v1/incidents/{id}/claims', {
    params: { path: { id: incidentId }, header: { 'Idempotency-Key': 'claim-1' } },
    body: { group: 'TTP', channel: 'statement', claimedAt: '2023-07-12T18:00:00Z', sourceId, credibility: 2 },
  });
  if (written.error) return written.error;
  const position: number = written.data.position;
  const version: number = written.data.version;
  // @ts-expect-error the write answer has `position`, not `pos`
  void written.data.pos;

  const picture = await client.GET('/v1/incidents/{id}', {
    params: { path: { id: incidentId }, query: { minPosition: position } },
  });
  if (picture.error) return picture.error;
  const status: 'attributed' | 'contested' | 'claimed' | 'retracted' | 'unclaimed' = picture.data.status;
  const claimedBy: string[] = picture.data.claims.map((c) => c.groupId);
  // @ts-expect-error claims carry `groupId`, not `group`
  void picture.data.claims[0].group;

  const params = { path: { id: incidentId } };
  const telegram = { group: 'TTP', channel: 'telegram', claimedAt: '', sourceId } as const;
  // @ts-expect-error channel is one of docs/API.md's channels
  await client.POST('/v1/incidents/{id}/claims', { params, body: telegram });
  // @ts-expect-error sourceId is required
  await client.POST('/v1/incidents/{id}/claims', { params, body: { group: 'TTP', channel: 'video', claimedAt: '' } });
  // @ts-expect-error no such path
  await client.GET('/v1/incident/{id}', { params: { path: { id: incidentId } } });

  const page = await client.GET('/v1/retractions', { params: { query: { group: 'TTP', limit: 10 } } });
  const next: string | null | undefined = page.data?.nextCursor;
  return claimedBy.length + version + (status === 'claimed' ? 1 : 0) + (next ? 1 : 0);
}
