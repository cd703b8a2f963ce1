import { useMemo } from 'preact/hooks';
import { useQueries, useQuery } from '@tanstack/preact-query';
import { Chart } from '../charts/chart.js';
import { describeBar, timeBarsOption, type TimeBar } from '../charts/time-bars.js';
import { formatDate, formatHours } from '../dates.js';
import { client, unwrap } from '../session.js';
import { Async, Empty, Link, Section, humanize } from '../ui.js';

const LEADING = new Set(['leader', 'deputy_leader', 'spokesperson', 'founder', 'commander']);

/** A group: names, its ledger by month, relations and leadership over time, its retractions. */
export function GroupPage({ id }: { id: string }) {
  const group = useQuery({
    queryKey: ['group', id],
    queryFn: () => unwrap(client().GET('/v1/groups/{id}', { params: { path: { id } } })),
  });
  // The ledger is asked for beside the group (not after it); the slower reads below the chart
  // (persons for the leadership, the retractions) wait until it is in, so they do not queue
  // ahead of it on the browser's connections.
  const ledger = useLedger(id);
  const later = ledger.isSuccess || ledger.isError;
  return (
    <Async q={group} what="the group">
      {(g) => (
        <>
          <h1>{g.name}</h1>
          <p>
            {g.kind ? `${g.kind} · ` : ''}
            {g.aliases.length ? `also known as ${g.aliases.map((a) => a.alias).join(', ')}` : 'no alias recorded'}
          </p>
          <Ledger ledger={ledger} />
          <Section title="Relations over time">
            {g.relations.length ? (
              <Bars
                name="relations"
                label={`Relations of ${g.name} to other groups over time`}
                bars={g.relations.map((r) => ({
                  row: `${humanize(r.relation)} ${r.otherGroupName ?? r.otherGroupId}`,
                  from: r.validFrom,
                  to: r.validTo,
                  label:
                    `${g.name} ${humanize(r.relation)} ${r.otherGroupName ?? r.otherGroupId}` +
                    `${r.confidence !== null ? ` (confidence ${r.confidence})` : ''}` +
                    `${r.withdrawn ? ' — withdrawn' : ''}`,
                  muted: r.withdrawn,
                }))}
              />
            ) : (
              <Empty>No relation recorded.</Empty>
            )}
          </Section>
          <Leadership id={g.id} name={g.name} enabled={later} />
          <Retractions id={g.id} enabled={later} />
        </>
      )}
    </Async>
  );
}

function Bars(props: { name: string; label: string; bars: TimeBar[] }) {
  const option = useMemo(() => timeBarsOption(props.bars), [JSON.stringify(props.bars)]);
  return (
    <>
      <Chart
        name={props.name}
        label={props.label}
        option={option}
        height={Math.max(120, 40 + 36 * new Set(props.bars.map((b) => b.row)).size)}
      />
      <ul class="bar-list">
        {props.bars.map((b, i) => (
          <li key={i}>{describeBar(b)}</li>
        ))}
      </ul>
    </>
  );
}

function useLedger(id: string) {
  return useQuery({
    queryKey: ['ledger', id],
    queryFn: () => unwrap(client().GET('/v1/groups/{id}/ledger', { params: { path: { id } } })),
  });
}

function Ledger({ ledger }: { ledger: ReturnType<typeof useLedger> }) {
  const option = useMemo(() => {
    const rows = ledger.data?.byMonth ?? [];
    const series = (['claims', 'retractions', 'denials', 'attributions'] as const).map((k) => ({
      name: k,
      type: 'bar',
      data: rows.map((r) => r[k]),
    }));
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((r) => formatDate(r.month)) },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    };
  }, [ledger.data]);
  return (
    <Section title="Ledger by month">
      <Async q={ledger} what="the ledger">
        {(l) =>
          l.byMonth.length ? (
            <>
              <p data-testid="ledger-summary">
                {l.totals.claims} claims, {l.totals.retractions} retractions, {l.totals.denials} denials,{' '}
                {l.totals.attributions} attributions · retraction rate{' '}
                {l.retractionRate === null ? '—' : `${Math.round(l.retractionRate * 1000) / 10}%`} · median time to
                retraction {formatHours(l.medianHoursToRetraction)}
              </p>
              <Chart name="ledger" label="Claims, retractions, denials and attributions by month" option={option} />
              <div class="table-wrap">
                <table data-testid="ledger-table">
                  <caption>The chart's data</caption>
                  <thead>
                    <tr>
                      <th scope="col">Month</th>
                      <th scope="col">Claims</th>
                      <th scope="col">Retractions</th>
                      <th scope="col">Denials</th>
                      <th scope="col">Attributions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {l.byMonth.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{formatDate(m.month)}</th>
                        <td>{m.claims}</td>
                        <td>{m.retractions}</td>
                        <td>{m.denials}</td>
                        <td>{m.attributions}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <Empty>Nothing in the ledger yet.</Empty>
          )
        }
      </Async>
    </Section>
  );
}

/** Leaders, deputies, spokespersons, founders and commanders over time, from their affiliations. */
function Leadership({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const persons = useQuery({
    enabled,
    queryKey: ['persons-of', id],
    queryFn: () => unwrap(client().GET('/v1/persons', { params: { query: { group: id, limit: 30 } } })),
  });
  const pictures = useQueries({
    queries: (persons.data?.items ?? []).map((p) => ({
      queryKey: ['person', p.id, null],
      queryFn: () => unwrap(client().GET('/v1/persons/{id}', { params: { path: { id: p.id } } })),
    })),
  });
  const bars: TimeBar[] = pictures.flatMap((q) =>
    (q.data?.affiliations ?? [])
      .filter((a) => a.groupId === id && LEADING.has(a.role) && !a.withdrawn)
      .map((a) => ({
        row: `${q.data!.name} (${humanize(a.role)})`,
        from: a.validFrom,
        to: a.validTo,
        label:
          `${humanize(a.role)} of ${name}${a.endReason ? `, ended: ${humanize(a.endReason)}` : ''}` +
          `${a.toGroupName ? ` → ${a.toGroupName}` : ''}`,
      })),
  );
  return (
    <Section title="Leadership over time">
      <Async q={persons} what="the leadership">
        {() =>
          bars.length ? (
            <Bars name="leadership" label={`Leadership of ${name} over time`} bars={bars} />
          ) : pictures.some((p) => p.isPending) ? (
            <p role="status">Loading…</p>
          ) : (
            <Empty>No leader, deputy, spokesperson, founder or commander recorded.</Empty>
          )
        }
      </Async>
    </Section>
  );
}

function Retractions({ id, enabled }: { id: string; enabled: boolean }) {
  const list = useQuery({
    enabled,
    queryKey: ['retractions', id],
    queryFn: () => unwrap(client().GET('/v1/retractions', { params: { query: { group: id, limit: 100 } } })),
  });
  return (
    <Section title="Retractions">
      <Async q={list} what="the retractions">
        {(page) =>
          page.items.length ? <RetractionTable items={page.items} /> : <Empty>This group has retracted no claim.</Empty>
        }
      </Async>
    </Section>
  );
}

export function RetractionTable(props: {
  items: Array<{
    id: string;
    incidentId: string;
    groupId: string;
    groupName: string | null;
    claimedAt: string;
    retractedAt: string;
    hoursToRetraction: number | null;
    reason: string | null;
  }>;
}) {
  return (
    <div class="table-wrap">
      <table data-testid="retractions">
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Group</th>
            <th scope="col">Claimed</th>
            <th scope="col">Retracted</th>
            <th scope="col">After</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/incidents/${r.incidentId}`}>incident {r.incidentId.slice(0, 8)}</Link>
              </td>
              <td>
                <Link to={`/groups/${r.groupId}`}>{r.groupName ?? r.groupId}</Link>
              </td>
              <td>{formatDate(r.claimedAt)}</td>
              <td>{formatDate(r.retractedAt)}</td>
              <td>{formatHours(r.hoursToRetraction)}</td>
              <td>{r.reason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
