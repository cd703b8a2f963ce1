import type { EChartsCoreOption } from 'echarts/core';
import { formatDate, formatRecorded, spanOf, type PartialDateLike } from '../dates.js';

// The incident's time axis: every claim, source, retraction, denial, attribution (with
// confidence), authenticity assessment, corroboration verdict and review recorded up to the
// as-of point, each at the date it gives (claimedAt, retractedAt, deniedAt) or, when it gives
// none, when it was recorded. Claims are bars from claim to retraction (or open-ended).

export interface HistoryEvent {
  type: string;
  position: number;
  recordedAt: string;
  actor: { name?: string; role: string; keyId: string } | null;
  data: Record<string, unknown>;
}

export const ROWS = [
  'Occurred',
  'Claims',
  'Sources',
  'Denials',
  'Attributions',
  'Authenticity',
  'Corroboration',
  'Reviews',
];

export interface TimelineItem {
  row: (typeof ROWS)[number];
  start: number;
  end: number;
  label: string;
  /** What the item reads as in the list beside the chart and in data-points. */
  text: string;
}

const s = (v: unknown) => (typeof v === 'string' ? v : '');

export function timelineItems(
  occurredAt: PartialDateLike,
  events: HistoryEvent[],
  names: { group: (id: string) => string; source: (id: string) => string },
  until: number,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  const occurred = spanOf(occurredAt)!;
  items.push({
    row: 'Occurred',
    start: occurred[0],
    end: occurred[1],
    label: formatDate(occurredAt),
    text: `Occurred ${formatDate(occurredAt)}`,
  });
  const claims = new Map<string, TimelineItem>();
  for (const e of events) {
    const d = e.data;
    const rec = Date.parse(e.recordedAt);
    const point = (row: TimelineItem['row'], at: number, text: string) =>
      items.push({
        row,
        start: at,
        end: at,
        label: text,
        text:
          `${text} — ` +
          `${at === rec ? `recorded ${formatRecorded(e.recordedAt)}` : formatDate(new Date(at).toISOString())}`,
      });
    switch (e.type) {
      case 'ClaimRecorded': {
        const at = Date.parse(s(d.claimedAt));
        const item: TimelineItem = {
          row: 'Claims',
          start: at,
          end: Math.max(at, until),
          label: `Claim by ${names.group(s(d.groupId))}`,
          text: `Claim by ${names.group(s(d.groupId))} (active) — claimed ${formatDate(s(d.claimedAt))}`,
        };
        claims.set(s(d.claimId), item);
        items.push(item);
        break;
      }
      case 'ClaimRetracted': {
        const at = Date.parse(s(d.retractedAt));
        const claim = claims.get(s(d.claimId));
        if (claim) {
          claim.end = at;
          claim.text = claim.text.replace('(active)', `(retracted ${formatDate(s(d.retractedAt))})`);
        }
        point('Claims', at, `Retraction by ${names.group(s(d.groupId))}: ${s(d.reason) || 'no reason given'}`);
        break;
      }
      case 'ClaimSourceAdded':
        point('Sources', rec, `Source added: ${names.source(s(d.sourceId))}`);
        break;
      case 'ClaimDenied':
        point('Denials', Date.parse(s(d.deniedAt)), `Denial by ${names.group(s(d.groupId))}`);
        break;
      case 'AttributionAssessed':
        point('Attributions', rec, `Attribution to ${names.group(s(d.groupId))} (confidence ${String(d.confidence)})`);
        break;
      case 'AttributionWithdrawn':
        point('Attributions', rec, `Attribution withdrawn: ${s(d.reason)}`);
        break;
      case 'ClaimAuthenticityAssessed':
        point('Authenticity', rec, `Authenticity: ${s(d.verdict)}`);
        break;
      case 'CorroborationCompleted':
        point('Corroboration', rec, `Corroboration: ${s(d.verdict)} (score ${String(d.score)})`);
        break;
      case 'ReviewRequested':
        point('Reviews', rec, 'Review opened');
        break;
      case 'ReviewEscalated':
        point('Reviews', rec, 'Review escalated');
        break;
      case 'ReviewResolved':
        point('Reviews', rec, `Review resolved: ${s(d.decision)}`);
        break;
    }
  }
  return items;
}

const COLORS: Record<string, string> = {
  Occurred: '#6b7280',
  Claims: '#1d4ed8',
  Sources: '#0f766e',
  Denials: '#b45309',
  Attributions: '#7c3aed',
  Authenticity: '#be185d',
  Corroboration: '#15803d',
  Reviews: '#b91c1c',
};

const DAY = 24 * 3600 * 1000;

/**
 * Breaks in the time axis over long empty stretches: what a claim, retraction or denial dates
 * (days around the attack) and what is dated only by when it was recorded (an attribution, a
 * verdict: possibly years later) then both stay readable on one axis.
 */
export function axisBreaks(items: TimelineItem[]): Array<{ start: number; end: number; gap: string }> {
  const times = [...new Set(items.flatMap((i) => [i.start, i.end]))].filter(Number.isFinite).sort((a, b) => a - b);
  if (times.length < 2) return [];
  const total = times[times.length - 1] - times[0];
  const breaks: Array<{ start: number; end: number; gap: string }> = [];
  for (let k = 1; k < times.length; k++) {
    const gap = times[k] - times[k - 1];
    if (gap > 30 * DAY && gap > total * 0.3) {
      const pad = Math.min(2 * DAY, gap * 0.05);
      breaks.push({ start: times[k - 1] + pad, end: times[k] - pad, gap: '3%' });
    }
  }
  return breaks;
}

export function timelineOption(items: TimelineItem[]): EChartsCoreOption {
  const data = items.map((it) => ({
    value: [ROWS.indexOf(it.row), it.start, it.end, it.label],
    itemStyle: { color: COLORS[it.row] },
  }));
  return {
    tooltip: { formatter: (p: { value: unknown[] }) => String(p.value[3]) },
    grid: { left: 110, right: 24, top: 16, bottom: 56 },
    // UTC, as every date on the page; the labels of a break's edges as plain dates.
    useUTC: true,
    xAxis: {
      type: 'time',
      breaks: axisBreaks(items),
      breakArea: { expandOnClick: true },
      axisLabel: {
        hideOverlap: true,
        formatter: {
          year: '{yyyy}',
          month: '{MMM} {yyyy}',
          day: '{d} {MMM}',
          hour: '{HH}:{mm}',
          minute: '{HH}:{mm}',
          second: '{HH}:{mm}:{ss}',
          millisecond: '{d} {MMM} {yyyy}',
          none: '{d} {MMM} {yyyy}',
        },
      },
    },
    yAxis: { type: 'category', data: ROWS, inverse: true },
    dataZoom: [{ type: 'slider', height: 18, bottom: 8 }, { type: 'inside' }],
    series: [
      {
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data,
        // A bar for a period (the occurred period, a claim's active time), a diamond for a moment.
        renderItem: (params: unknown, api: any) => {
          const row = api.value(0);
          const a = api.coord([api.value(1), row]);
          const b = api.coord([api.value(2), row]);
          const h = api.size([0, 1])[1] * 0.5;
          const style = api.style();
          if (b[0] - a[0] >= 4)
            return { type: 'rect', shape: { x: a[0], y: a[1] - h / 2, width: b[0] - a[0], height: h }, style };
          const r = Math.min(8, h / 2);
          return {
            type: 'polygon',
            shape: {
              points: [
                [a[0], a[1] - r],
                [a[0] + r, a[1]],
                [a[0], a[1] + r],
                [a[0] - r, a[1]],
              ],
            },
            style,
          };
        },
      },
    ],
  };
}
