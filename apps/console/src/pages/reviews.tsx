import { useState } from 'preact/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import type { components } from '@claimtrail/api-client';
import { formatRecorded } from '../dates.js';
import { client, unwrap } from '../session.js';
import { Async, Empty, ErrorBox, Link, Section } from '../ui.js';

type Role = 'reporter' | 'analyst' | 'admin';
type Review = components['schemas']['Review'];

/** Open and escalated reviews with the checks' reasons; analysts resolve them here, reporters read. */
export function ReviewsPage({ role }: { role: Role }) {
  const canResolve = role !== 'reporter';
  return (
    <>
      <h1>Reviews</h1>
      {canResolve ? null : <p class="notice">Your key is a reporter's: the queue is read-only.</p>}
      <Queue status="open" canResolve={canResolve} />
      <Queue status="escalated" canResolve={canResolve} />
    </>
  );
}

function Queue({ status, canResolve }: { status: 'open' | 'escalated'; canResolve: boolean }) {
  const list = useQuery({
    queryKey: ['reviews', status],
    queryFn: () => unwrap(client().GET('/v1/reviews', { params: { query: { status, limit: 200 } } })),
  });
  return (
    <Section title={status === 'open' ? 'Open' : 'Escalated'} id={`queue-${status}`}>
      <Async q={list} what={`${status} reviews`}>
        {(page) =>
          page.items.length ? (
            <ul class="reviews" data-testid={`reviews-${status}`}>
              {page.items.map((r) => (
                <li key={r.id} data-review={r.id}>
                  <p>
                    Claim by{' '}
                    {r.groupId ? (
                      <Link to={`/groups/${r.groupId}`}>{r.groupName ?? r.groupId}</Link>
                    ) : (
                      'an unknown group'
                    )}{' '}
                    on <Link to={`/incidents/${r.incidentId}`}>incident {r.incidentId.slice(0, 8)}</Link>: verdict{' '}
                    <strong>{r.verdict ?? '—'}</strong>
                    {r.score !== null ? ` (score ${r.score})` : ''}, opened {formatRecorded(r.openedAt)}
                    {r.escalatedAt ? `, escalated ${formatRecorded(r.escalatedAt)}` : ''}
                  </p>
                  <Checks checks={r.checks} />
                  {canResolve ? <Resolve id={r.id} /> : null}
                </li>
              ))}
            </ul>
          ) : (
            <Empty>No {status} review.</Empty>
          )
        }
      </Async>
    </Section>
  );
}

/** The checks behind the verdict, each with its score and reasons. */
function Checks({ checks }: { checks: Review['checks'] }) {
  if (!checks?.results.length) return null;
  return (
    <ul class="checks">
      {checks.results.map((c) => (
        <li key={c.check}>
          <strong>{c.check}</strong>
          {c.conflict ? ' (conflict)' : ''}, score {c.score}
          {c.reasons.length ? `: ${c.reasons.join('; ')}` : ''}
        </li>
      ))}
    </ul>
  );
}

function Resolve({ id }: { id: string }) {
  const qc = useQueryClient();
  const [decision, setDecision] = useState<'uphold' | 'reject'>('uphold');
  const [note, setNote] = useState('');
  const resolve = useMutation({
    mutationFn: () =>
      unwrap(
        client().POST('/v1/reviews/{id}/resolution', {
          params: { path: { id } },
          body: { decision, note: note.trim() },
          headers: { 'Idempotency-Key': `console-${id}-${decision}` },
        }),
      ),
    // The reviews list is a read model: ask for it once it has applied the write.
    onSuccess: async (w) => {
      await Promise.all(
        (['open', 'escalated'] as const).map((status) =>
          qc.fetchQuery({
            queryKey: ['reviews', status],
            queryFn: () =>
              unwrap(
                client().GET('/v1/reviews', { params: { query: { status, limit: 200, minPosition: w.position } } }),
              ),
            staleTime: 0,
          }),
        ),
      );
      void qc.invalidateQueries({ queryKey: ['reviews'] });
    },
  });
  const noteId = `note-${id}`;
  return (
    <form
      class="resolve"
      onSubmit={(e) => {
        e.preventDefault();
        resolve.mutate();
      }}
    >
      <fieldset>
        <legend>Resolve</legend>
        <label>
          <input type="radio" name={`d-${id}`} checked={decision === 'uphold'} onChange={() => setDecision('uphold')} />
          {' Uphold'}
        </label>
        <label>
          <input type="radio" name={`d-${id}`} checked={decision === 'reject'} onChange={() => setDecision('reject')} />
          {' Reject'}
        </label>
        <label for={noteId}>Note</label>
        <input id={noteId} required value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={resolve.isPending}>
          Resolve review
        </button>
      </fieldset>
      {resolve.isError ? <ErrorBox error={resolve.error} /> : null}
    </form>
  );
}
