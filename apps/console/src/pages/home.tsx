import { useState } from 'preact/hooks';
import { useQuery } from '@tanstack/preact-query';
import { setQuery, useLocation } from '../router.js';
import { client, unwrap } from '../session.js';
import { formatDate, formatRecorded } from '../dates.js';
import { Async, Empty, Link, Section, humanize } from '../ui.js';

/** Search across groups, persons and incidents; the week's changes; the review queue's size. */
export function HomePage() {
  const loc = useLocation();
  const q = loc.query.get('q') ?? '';
  const [text, setText] = useState(q);
  return (
    <>
      <h1>Search the record</h1>
      <form
        role="search"
        class="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ q: text.trim() || null });
        }}
      >
        <label for="q">Group, person or incident (name, alias, place)</label>
        <input id="q" type="search" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <button type="submit">Search</button>
      </form>
      {q ? <SearchResults q={q} /> : null}
      <ReviewCounts />
      <WeekChanges />
    </>
  );
}

function SearchResults({ q }: { q: string }) {
  const res = useQuery({
    queryKey: ['search', q],
    queryFn: () => unwrap(client().GET('/v1/search', { params: { query: { q, limit: 20 } } })),
  });
  return (
    <Section title="Results">
      <Async q={res} what="results">
        {(r) =>
          !r.groups.length && !r.persons.length && !r.incidents.length ? (
            <Empty>Nothing matches “{q}”.</Empty>
          ) : (
            <div class="results">
              <div>
                <h3>Groups</h3>
                {r.groups.length ? (
                  <ul>
                    {r.groups.map((g) => (
                      <li key={g.id}>
                        <Link to={`/groups/${g.id}`}>{g.name}</Link>
                        {g.aliases.length ? <span class="muted"> ({g.aliases.join(', ')})</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Empty>No group.</Empty>
                )}
              </div>
              <div>
                <h3>Persons</h3>
                {r.persons.length ? (
                  <ul>
                    {r.persons.map((p) => (
                      <li key={p.id}>
                        <Link to={`/persons/${p.id}`}>{p.name}</Link>
                        {p.aliases.length ? <span class="muted"> ({p.aliases.join(', ')})</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Empty>No person.</Empty>
                )}
              </div>
              <div>
                <h3>Incidents</h3>
                {r.incidents.length ? (
                  <ul>
                    {r.incidents.map((i) => (
                      <li key={i.id}>
                        <Link to={`/incidents/${i.id}`}>
                          {[i.place, i.admin1, i.country].filter(Boolean).join(', ') || i.id},{' '}
                          {formatDate(i.occurredAt)}
                        </Link>
                        <span class="muted">
                          {' '}
                          {i.target ? `— ${i.target}` : ''} ({i.status})
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Empty>No incident.</Empty>
                )}
              </div>
            </div>
          )
        }
      </Async>
    </Section>
  );
}

function ReviewCounts() {
  const count = (status: 'open' | 'escalated') =>
    useQuery({
      queryKey: ['reviews', status, 'count'],
      queryFn: async () => {
        const page = await unwrap(client().GET('/v1/reviews', { params: { query: { status, limit: 500 } } }));
        return `${page.items.length}${page.nextCursor ? '+' : ''}`;
      },
    });
  const open = count('open');
  const escalated = count('escalated');
  return (
    <Section title="Review queue">
      <p>
        <Link to="/reviews">
          <span data-testid="open-reviews">{open.data ?? '…'}</span> open,{' '}
          <span data-testid="escalated-reviews">{escalated.data ?? '…'}</span> escalated
        </Link>
      </p>
    </Section>
  );
}

function WeekChanges() {
  const changes = useQuery({
    queryKey: ['changes', 'week'],
    queryFn: () => unwrap(client().GET('/v1/changes', { params: { query: { limit: 100 } } })),
  });
  return (
    <Section title="This week's changes">
      <Async q={changes} what="changes">
        {(page) =>
          page.items.length ? (
            <div class="table-wrap">
              <table>
                <caption>Recorded in the last 7 days, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Recorded</th>
                    <th scope="col">Change</th>
                    <th scope="col">Group / person</th>
                    <th scope="col">Incident</th>
                    <th scope="col">Date given</th>
                    <th scope="col">Detail</th>
                    <th scope="col">By</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((c) => (
                    <tr key={c.position}>
                      <td>{formatRecorded(c.recordedAt)}</td>
                      <td>{c.kind}</td>
                      <td>
                        {c.groupId ? <Link to={`/groups/${c.groupId}`}>{c.groupName ?? c.groupId}</Link> : null}
                        {c.groupId && c.personId ? ' · ' : null}
                        {c.personId ? <Link to={`/persons/${c.personId}`}>{c.personName ?? c.personId}</Link> : null}
                      </td>
                      <td>
                        {c.incidentId ? (
                          <Link to={`/incidents/${c.incidentId}`}>{c.incidentLabel ?? c.incidentId}</Link>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>{c.at ? formatDate(c.at) : '—'}</td>
                      <td>
                        {humanize(c.detail)}
                        {c.confidence !== null ? ` (confidence ${c.confidence})` : ''}
                      </td>
                      <td>{c.actor ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {page.nextCursor ? <p class="muted">Showing the latest 100.</p> : null}
            </div>
          ) : (
            <Empty>Nothing recorded in the last 7 days.</Empty>
          )
        }
      </Async>
    </Section>
  );
}
