import { useMemo } from 'preact/hooks';
import { useQuery } from '@tanstack/preact-query';
import type { IncidentPicture } from '@claimtrail/api-client';
import { Chart } from '../charts/chart.js';
import { formatDate, formatRecorded } from '../dates.js';
import { setQuery, useLocation } from '../router.js';
import { client, unwrap } from '../session.js';
import { Async, ErrorBox, Link, Loading, Section, humanize } from '../ui.js';
import { timelineItems, timelineOption, type HistoryEvent } from './incident-timeline.js';

export function useSourceNames() {
  return useQuery({
    queryKey: ['sources'],
    queryFn: async () => {
      const page = await unwrap(client().GET('/v1/sources', { params: { query: { limit: 500 } } }));
      return new Map(page.items.map((s) => [s.id, s.name]));
    },
    staleTime: 300_000,
  });
}

/**
 * The incident as recorded at a point: `?asOfPosition=` (a step of its history) or `?asOf=` (a
 * time); with `?compare=<position>` the changes between the two points, one by one.
 */
export function IncidentPage({ id }: { id: string }) {
  const loc = useLocation();
  const asOf = loc.query.get('asOf');
  const asOfPosition = loc.query.get('asOfPosition');
  const compare = loc.query.get('compare');
  const history = useQuery({
    queryKey: ['incident-history', id],
    queryFn: () => unwrap(client().GET('/v1/incidents/{id}/history', { params: { path: { id } } })),
  });
  const picture = useQuery({
    queryKey: ['incident', id, asOf, asOfPosition],
    queryFn: () =>
      unwrap(
        client().GET('/v1/incidents/{id}', {
          params: {
            path: { id },
            query: asOfPosition ? { asOfPosition: Number(asOfPosition) } : asOf ? { asOf } : {},
          },
        }),
      ),
  });
  const sources = useSourceNames();
  const events = (history.data?.items ?? []) as HistoryEvent[];
  // The as-of point as a position: the step chosen, or the last event recorded by `asOf`.
  const until = useMemo(() => {
    if (asOfPosition) return Number(asOfPosition);
    if (asOf) {
      const t = Date.parse(asOf);
      return events.filter((e) => Date.parse(e.recordedAt) <= t).at(-1)?.position ?? 0;
    }
    return Number.MAX_SAFE_INTEGER;
  }, [asOf, asOfPosition, events]);
  const upTo = events.filter((e) => e.position <= until);
  const stepIndex = asOf || asOfPosition ? upTo.length - 1 : events.length - 1;

  if (history.isError) return <ErrorBox error={history.error} />;
  return (
    <>
      <Async q={picture} what="the incident">
        {(p) => (
          <>
            <h1>
              {[p.location.place, p.location.admin1, p.location.country].filter(Boolean).join(', ')}: {humanize(p.type)}
              , {formatDate(p.occurredAt)}
            </h1>
            <p class="status-line">
              Status <strong data-testid="incident-status">{p.status}</strong>
              {p.competingClaims ? ' · competing claims' : ''}
              {p.duplicateOf ? (
                <>
                  {' '}
                  · duplicate of <Link to={`/incidents/${p.duplicateOf}`}>{p.duplicateOf}</Link>
                </>
              ) : null}
            </p>
          </>
        )}
      </Async>
      {history.isPending ? (
        <Loading what="the history" />
      ) : (
        <AsOfControl
          events={events}
          stepIndex={stepIndex}
          asOf={asOf}
          compare={compare ? Number(compare) : null}
          sources={sources.data}
        />
      )}
      {picture.data && history.data ? (
        <Section title="Time axis">
          <Timeline
            picture={picture.data}
            events={upTo}
            until={
              asOf
                ? Date.parse(asOf)
                : asOfPosition
                  ? Date.parse(upTo.at(-1)?.recordedAt ?? '') || Date.now()
                  : Date.now()
            }
            sourceName={(sid) => sources.data?.get(sid) ?? sid.slice(0, 8)}
          />
        </Section>
      ) : null}
      {picture.data ? (
        <PictureTables p={picture.data} sourceName={(sid) => sources.data?.get(sid) ?? sid.slice(0, 8)} />
      ) : null}
    </>
  );
}

function Timeline(props: {
  picture: IncidentPicture;
  events: HistoryEvent[];
  until: number;
  sourceName: (id: string) => string;
}) {
  const groups = new Map<string, string>();
  for (const list of [props.picture.claims, props.picture.denials, props.picture.attributions])
    for (const x of list) groups.set(x.groupId, x.groupName ?? x.groupId);
  const items = timelineItems(
    props.picture.occurredAt,
    props.events,
    { group: (gid) => groups.get(gid) ?? gid.slice(0, 8), source: props.sourceName },
    props.until,
  );
  const option = useMemo(() => timelineOption(items), [JSON.stringify(items)]);
  return (
    <>
      <Chart
        name="timeline"
        label={
          "The incident's claims, sources, retractions, denials, attributions, assessments, verdicts and reviews " +
          'on a time axis'
        }
        option={option}
        height={320}
      />
      <ul class="timeline-list" data-testid="timeline-items">
        {items.map((it, i) => (
          <li key={i}>
            <span class="row-name">{it.row}</span> {it.text}
          </li>
        ))}
      </ul>
    </>
  );
}

function AsOfControl(props: {
  events: HistoryEvent[];
  stepIndex: number;
  asOf: string | null;
  compare: number | null;
  sources: Map<string, string> | undefined;
}) {
  const { events } = props;
  if (!events.length) return null;
  const at = events[Math.max(0, props.stepIndex)];
  const latest = props.stepIndex >= events.length - 1 && !props.asOf;
  const setStep = (i: number) =>
    setQuery(
      { asOfPosition: i >= events.length - 1 ? null : String(events[i].position), asOf: null },
      { replace: true },
    );
  return (
    <Section title="As recorded at">
      <div class="asof">
        <label for="asof-step">Change</label>
        <input
          id="asof-step"
          type="range"
          min={0}
          max={events.length - 1}
          step={1}
          value={Math.max(0, props.stepIndex)}
          aria-valuetext={
            `change ${props.stepIndex + 1} of ${events.length}: ${at.type}, recorded ` +
            `${formatRecorded(at.recordedAt)}`
          }
          onInput={(e) => setStep(Number((e.target as HTMLInputElement).value))}
        />
        <span data-testid="asof-label">
          {latest
            ? 'Now (every change)'
            : `After change ${props.stepIndex + 1} of ${events.length}: ${at.type}, recorded ` +
              `${formatRecorded(at.recordedAt)}`}
        </span>
        <label for="asof-time">or a time (UTC)</label>
        <input
          id="asof-time"
          type="datetime-local"
          step={1}
          value={props.asOf ? props.asOf.slice(0, 19) : ''}
          onChange={(e) => {
            const v = (e.target as HTMLInputElement).value;
            setQuery({ asOf: v ? `${v.length === 16 ? `${v}:00` : v}Z` : null, asOfPosition: null });
          }}
        />
        <button
          type="button"
          onClick={() => setQuery({ asOf: null, asOfPosition: null, compare: null })}
          disabled={latest}
        >
          Now
        </button>
      </div>
      <div class="asof">
        <label for="compare-step">Compare with change</label>
        <select
          id="compare-step"
          value={props.compare === null ? '' : String(props.compare)}
          onChange={(e) => setQuery({ compare: (e.target as HTMLSelectElement).value || null })}
        >
          <option value="">(none)</option>
          <option value="0">before the first change</option>
          {events.map((e, i) => (
            <option key={e.position} value={String(e.position)}>
              {i + 1}: {e.type}, {formatRecorded(e.recordedAt)}
            </option>
          ))}
        </select>
      </div>
      {props.compare !== null ? (
        <Changes
          events={events}
          from={Math.min(props.compare, at.position)}
          to={Math.max(props.compare, latest ? Number.MAX_SAFE_INTEGER : at.position)}
          sources={props.sources}
        />
      ) : null}
    </Section>
  );
}

function Changes(props: {
  events: HistoryEvent[];
  from: number;
  to: number;
  sources: Map<string, string> | undefined;
}) {
  const between = props.events.filter((e) => e.position > props.from && e.position <= props.to);
  const sourcesOf = (d: Record<string, unknown>) =>
    [d.sourceId, ...(Array.isArray(d.sourceIds) ? d.sourceIds : [])]
      .filter((x): x is string => typeof x === 'string')
      .map((sid) => props.sources?.get(sid) ?? sid.slice(0, 8))
      .join(', ') || '—';
  return (
    <div class="table-wrap">
      <table data-testid="changes-between">
        <caption>{between.length} change(s) between the two points</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Change</th>
            <th scope="col">Recorded</th>
            <th scope="col">By</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {between.map((e) => (
            <tr key={e.position}>
              <td>{e.position}</td>
              <td>{e.type}</td>
              <td>{formatRecorded(e.recordedAt)}</td>
              <td>{e.actor ? `${e.actor.name ?? e.actor.keyId} (${e.actor.role})` : '—'}</td>
              <td>{sourcesOf(e.data)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PictureTables({ p, sourceName }: { p: IncidentPicture; sourceName: (id: string) => string }) {
  return (
    <>
      <Section title="Incident">
        <dl class="fields">
          <dt>Occurred</dt>
          <dd>
            {formatDate(p.occurredAt)} ({p.occurredAt.precision})
          </dd>
          <dt>Target</dt>
          <dd>{p.target ?? '—'}</dd>
          <dt>Casualties</dt>
          <dd>
            killed {range(p.casualties.killedMin, p.casualties.killedMax)}, injured{' '}
            {range(p.casualties.injuredMin, p.casualties.injuredMax)}
          </dd>
          <dt>Summary</dt>
          <dd>{p.summary ?? '—'}</dd>
          <dt>Sources</dt>
          <dd>{p.sourceIds.map(sourceName).join(', ') || '—'}</dd>
        </dl>
      </Section>
      <Section title="Claims">
        {p.claims.length ? (
          <div class="table-wrap">
            <table data-testid="claims">
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Status</th>
                  <th scope="col">Claimed</th>
                  <th scope="col">Channel</th>
                  <th scope="col">Retraction</th>
                  <th scope="col">Corroboration</th>
                  <th scope="col">Review / authenticity</th>
                </tr>
              </thead>
              <tbody>
                {p.claims.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/groups/${c.groupId}`}>{c.groupName ?? c.groupId}</Link>
                    </td>
                    <td class={`claim-${c.status}`}>{c.status}</td>
                    <td>{formatDate(c.claimedAt)}</td>
                    <td>{humanize(c.channel)}</td>
                    <td>{c.retractedAt ? `${formatDate(c.retractedAt)}: ${c.retractionReason ?? ''}` : '—'}</td>
                    <td>{c.corroboration ? `${c.corroboration.verdict} (${c.corroboration.score})` : '—'}</td>
                    <td>{[c.assessment, c.authenticity].filter(Boolean).join(' · ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="empty">No claim recorded.</p>
        )}
      </Section>
      <Section title="Denials and attributions">
        <ul>
          {p.denials.map((d) => (
            <li key={d.id}>
              Denial by <Link to={`/groups/${d.groupId}`}>{d.groupName ?? d.groupId}</Link> on {formatDate(d.deniedAt)}
              {' ('}
              {sourceName(d.sourceId)}){d.statement ? `: “${d.statement}”` : ''}
            </li>
          ))}
          {p.attributions.map((a) => (
            <li key={a.id}>
              Attribution to <Link to={`/groups/${a.groupId}`}>{a.groupName ?? a.groupId}</Link>, confidence{' '}
              {a.confidence}
              {a.withdrawn ? ' (withdrawn)' : ''}: {a.basis}
            </li>
          ))}
          {!p.denials.length && !p.attributions.length ? <li>None recorded.</li> : null}
        </ul>
      </Section>
    </>
  );
}

const range = (a: number | null, b: number | null) =>
  a === null && b === null ? '—' : a === b ? String(a) : `${a ?? '?'}–${b ?? '?'}`;
