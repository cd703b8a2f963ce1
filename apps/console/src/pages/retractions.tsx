import { useMemo, useState } from 'preact/hooks';
import { useQuery } from '@tanstack/preact-query';
import { Chart } from '../charts/chart.js';
import { setQuery, useLocation } from '../router.js';
import { client, unwrap } from '../session.js';
import { Async, Empty, Section } from '../ui.js';
import { RetractionTable } from './group.js';

// Hours-to-retraction bins: the first day in detail, then days, weeks and months.
const BINS: Array<[number, string]> = [
  [1, '< 1 h'],
  [6, '1–6 h'],
  [24, '6–24 h'],
  [72, '1–3 days'],
  [168, '3–7 days'],
  [720, '1–4 weeks'],
  [Infinity, '> 30 days'],
];

type Filters = { group: string; from: string; to: string };

/** One labelled input of the filter form, bound to its field (id `f-<name>`). */
function FilterInput(props: {
  name: keyof Filters;
  label: string;
  type?: 'date';
  form: Filters;
  setForm: (form: Filters) => void;
}) {
  const { name, form, setForm } = props;
  return (
    <>
      <label for={`f-${name}`}>{props.label}</label>
      <input
        id={`f-${name}`}
        type={props.type}
        value={form[name]}
        onInput={(e) => setForm({ ...form, [name]: (e.target as HTMLInputElement).value })}
      />
    </>
  );
}

/** The retraction audit: filter by group and period, a histogram of hours to retraction, the list. */
export function RetractionsPage() {
  const loc = useLocation();
  const group = loc.query.get('group') ?? '';
  const from = loc.query.get('from') ?? '';
  const to = loc.query.get('to') ?? '';
  const [form, setForm] = useState<Filters>({ group, from, to });
  const list = useQuery({
    queryKey: ['retractions', group, from, to],
    queryFn: () =>
      unwrap(
        client().GET('/v1/retractions', {
          params: {
            query: { limit: 500, ...(group ? { group } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) },
          },
        }),
      ),
  });
  const counts = useMemo(() => {
    const c = BINS.map(() => 0);
    // A claim whose time is unknown (imported) has no hours to retraction: it is listed, not binned.
    for (const r of list.data?.items ?? []) {
      const h = r.hoursToRetraction;
      if (h != null) c[BINS.findIndex(([max]) => h < max)] += 1;
    }
    return c;
  }, [list.data]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 30 },
      xAxis: { type: 'category', data: BINS.map(([, l]) => l) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: 'retractions', data: counts }],
    }),
    [counts],
  );
  return (
    <>
      <h1>Retractions</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ group: form.group.trim() || null, from: form.from || null, to: form.to || null });
        }}
      >
        <FilterInput name="group" label="Group (name, alias or id)" form={form} setForm={setForm} />
        <FilterInput name="from" label="Retracted from" type="date" form={form} setForm={setForm} />
        <FilterInput name="to" label="to" type="date" form={form} setForm={setForm} />
        <button type="submit">Filter</button>
      </form>
      <Async q={list} what="retractions">
        {(page) =>
          page.items.length ? (
            <>
              <Section title="Hours to retraction">
                <Chart
                  name="retraction-histogram"
                  label="How long after claiming the claims were retracted"
                  option={option}
                />
                <table class="compact" data-testid="histogram-table">
                  <caption>The histogram's data</caption>
                  <tbody>
                    {BINS.map(([, l], i) => (
                      <tr key={l}>
                        <th scope="row">{l}</th>
                        <td>{counts[i]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Section>
              <Section title="List">
                <RetractionTable items={page.items} />
                {page.nextCursor ? <p class="muted">Showing the first 500.</p> : null}
              </Section>
            </>
          ) : (
            <Empty>No retraction matches.</Empty>
          )
        }
      </Async>
    </>
  );
}
