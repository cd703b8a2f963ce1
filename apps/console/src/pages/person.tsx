import { useMemo } from 'preact/hooks';
import { useQuery } from '@tanstack/preact-query';
import { Chart } from '../charts/chart.js';
import { describeBar, timeBarsOption, type TimeBar } from '../charts/time-bars.js';
import { formatDate, formatRecorded } from '../dates.js';
import { client, unwrap } from '../session.js';
import { Async, Empty, Link, Section, humanize } from '../ui.js';

/** A person: affiliations over time, status history, statements with verdicts, track record. */
export function PersonPage({ id }: { id: string }) {
  const person = useQuery({
    queryKey: ['person', id, null],
    queryFn: () => unwrap(client().GET('/v1/persons/{id}', { params: { path: { id } } })),
  });
  const track = useQuery({
    queryKey: ['track-record', id],
    queryFn: () => unwrap(client().GET('/v1/persons/{id}/track-record', { params: { path: { id } } })),
  });
  const statements = useQuery({
    queryKey: ['statements-by', id],
    queryFn: () => unwrap(client().GET('/v1/statements', { params: { query: { author: id, limit: 100 } } })),
  });
  return (
    <Async q={person} what="the person">
      {(p) => (
        <>
          <h1>{p.name}</h1>
          <p>
            {p.aliases.length ? `Also known as ${p.aliases.map((a) => a.alias).join(', ')}. ` : ''}
            {p.summary ?? ''} Status: <strong>{p.status ?? 'none recorded'}</strong>
            {p.statusAt ? ` (${formatDate(p.statusAt)})` : ''}
          </p>
          <Section title="Affiliations over time">
            {p.affiliations.length ? (
              <Affiliations
                bars={p.affiliations.map((a) => ({
                  row: `${a.groupName ?? a.groupId} (${humanize(a.role)})`,
                  from: a.validFrom,
                  to: a.validTo,
                  label:
                    `${humanize(a.role)} of ${a.groupName ?? a.groupId}` +
                    `${a.endReason ? `, ended: ${humanize(a.endReason)}` : ''}` +
                    `${a.toGroupName ? `, defected to ${a.toGroupName}` : ''}${a.withdrawn ? ' — withdrawn' : ''}`,
                  muted: a.withdrawn,
                }))}
                name={p.name}
              />
            ) : (
              <Empty>No affiliation recorded.</Empty>
            )}
            <ul>
              {p.affiliations.map((a) => (
                <li key={a.id}>
                  <Link to={`/groups/${a.groupId}`}>{a.groupName ?? a.groupId}</Link>: {humanize(a.role)},{' '}
                  {formatDate(a.validFrom)} – {a.validTo ? formatDate(a.validTo) : 'now'}
                  {a.endReason ? ` (${humanize(a.endReason)})` : ''}
                  {a.toGroupId ? (
                    <>
                      {' '}
                      → <Link to={`/groups/${a.toGroupId}`}>{a.toGroupName ?? a.toGroupId}</Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
          <Section title="Status history">
            {p.statusHistory.length ? (
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Status</th>
                      <th scope="col">At</th>
                      <th scope="col">Announced</th>
                      <th scope="col">Source</th>
                      <th scope="col">Recorded</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.statusHistory.map((s) => (
                      <tr key={s.statusId}>
                        <td>
                          {s.status}
                          {s.concealed ? <strong class="concealed"> concealed</strong> : null}
                        </td>
                        <td>{formatDate(s.at)}</td>
                        <td>{s.announcedAt ? formatDate(s.announcedAt) : '—'}</td>
                        <td>{s.sourceName ?? '—'}</td>
                        <td>{formatRecorded(s.recordedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <Empty>No status recorded.</Empty>
            )}
          </Section>
          <Section title="Statements">
            <Async q={statements} what="statements">
              {(page) =>
                page.items.length ? (
                  <ul>
                    {page.items.map((s) => (
                      <li key={s.id}>
                        {formatDate(s.madeAt)} · {humanize(s.kind)}: {s.summary} —{' '}
                        <strong>{s.verdict ?? 'unassessed'}</strong>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Empty>No statement by this person.</Empty>
                )
              }
            </Async>
          </Section>
          <Section title="Track record">
            <Async q={track} what="the track record">
              {(t) => (
                <>
                  <p>
                    Credibility{' '}
                    <strong>{t.credibility === null ? 'not computable yet' : t.credibility.toFixed(2)}</strong>
                  </p>
                  <p class="muted">{t.basis}</p>
                  <p>
                    Statements: {t.statements.total} ({t.statements.authentic} authentic, {t.statements.doubtful}{' '}
                    doubtful, {t.statements.fabricated} fabricated, {t.statements.unverified} unverified,{' '}
                    {t.statements.unassessed} unassessed). Claims spoken for: {t.claims.total}
                    {' ('}
                    {t.claims.retracted} retracted, {t.claims.upheld} upheld, {t.claims.rejected} rejected).
                  </p>
                </>
              )}
            </Async>
          </Section>
        </>
      )}
    </Async>
  );
}

function Affiliations({ bars, name }: { bars: TimeBar[]; name: string }) {
  const option = useMemo(() => timeBarsOption(bars), [JSON.stringify(bars)]);
  return (
    <>
      <Chart
        name="affiliations"
        label={`Affiliations of ${name} over time`}
        option={option}
        height={Math.max(120, 40 + 36 * bars.length)}
      />
      <p class="sr-only">{bars.map(describeBar).join('; ')}</p>
    </>
  );
}
