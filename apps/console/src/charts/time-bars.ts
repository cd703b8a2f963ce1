import type { EChartsCoreOption } from 'echarts/core';
import { formatDate, spanOf } from '../dates.js';

// Bars on a time axis, one row each: relations between groups, leadership, affiliations. Dates
// are partial: a bar starts at the earliest moment its start can mean and ends at the latest
// moment of its end (or today when it has not ended).

export interface TimeBar {
  row: string;
  from: string | null;
  to: string | null;
  label: string;
  muted?: boolean;
}

const FIVE_YEARS = 5 * 365 * 24 * 3600 * 1000;

/**
 * [start, end] in ms. Without a start (an undated relation) the bar begins where the earliest
 * dated bar does (`floor`), or five years before its end: it reads "since before", not "today".
 */
export function barSpan(b: TimeBar, floor: number | null, now = Date.now()): [number, number] {
  const end = (b.to ? spanOf(b.to)?.[1] : undefined) ?? now;
  const start = b.from ? spanOf(b.from)?.[0] : undefined;
  return [start ?? Math.min(floor ?? end - FIVE_YEARS, end - 1), end];
}

export const describeBar = (b: TimeBar) =>
  `${b.row}: ${b.label}, ${b.from ? formatDate(b.from) : 'undated'} – ${b.to ? formatDate(b.to) : 'now'}`;

export function timeBarsOption(bars: TimeBar[]): EChartsCoreOption {
  const rows = [...new Set(bars.map((b) => b.row))];
  const starts = bars.flatMap((b) => (b.from ? [spanOf(b.from)?.[0] ?? Infinity] : []));
  const floor = starts.length ? Math.min(...starts) : null;
  return {
    useUTC: true,
    tooltip: { formatter: (p: { value: unknown[] }) => String(p.value[3]) },
    grid: { left: 8, right: 24, top: 8, bottom: 30, containLabel: true },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: rows, inverse: true, axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      {
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data: bars.map((b) => {
          const [start, end] = barSpan(b, floor);
          return {
            value: [rows.indexOf(b.row), start, end, describeBar(b)],
            itemStyle: { color: b.muted ? '#9ca3af' : '#2563eb' },
          };
        }),
        renderItem: (_params: unknown, api: any) => {
          const a = api.coord([api.value(1), api.value(0)]);
          const b = api.coord([api.value(2), api.value(0)]);
          const h = api.size([0, 1])[1] * 0.5;
          return {
            type: 'rect',
            shape: { x: a[0], y: a[1] - h / 2, width: Math.max(3, b[0] - a[0]), height: h },
            style: api.style(),
          };
        },
      },
    ],
  };
}
