import type { Kysely } from 'kysely';
import {
  competingClaims,
  currentAttributions,
  GroupNamesRepository,
  incidentStatus,
  type IncidentState,
} from '@app/domain';
import type { PeriodFilter } from './export-errors.js';
import { incidentPages } from './incident-pages.js';
import type { Database } from '@app/event-store';

export const INCIDENT_CSV_COLUMNS = [
  'incident_id',
  'occurred_at',
  'occurred_precision',
  'occurred_earliest',
  'occurred_latest',
  'country',
  'admin1',
  'place',
  'lat',
  'lon',
  'type',
  'suicide',
  'target',
  'killed_min',
  'killed_max',
  'injured_min',
  'injured_max',
  'summary',
  'status',
  'competing_claims',
  'claimed_by',
  'claimed_by_ids',
  'retracted_by',
  'denied_by',
  'attributed_to',
  'attributed_to_ids',
  'attribution_confidences',
  'duplicate_of',
  'source_ids',
  'gtd_eventid',
  'version',
  'position',
] as const;

/** Cells a spreadsheet would read as a formula (OWASP's CSV injection rule): =, +, -, @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 field: quoted when it holds a comma, quote, CR or LF. Text that a spreadsheet would
 * run as a formula gets a leading apostrophe (and quotes), so it opens as the text it is; numbers
 * are written as numbers (a negative latitude stays -33.9).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const csvLine = (values: unknown[]) => `${values.map(csvField).join(',')}\r\n`;

const distinct = <T>(xs: T[]) => [...new Set(xs)];

/**
 * The current attribution picture, one incident a line (from the incidents read model): status,
 * active claimants, retracted claimants, deniers, and current attributions with their confidence.
 * Several values in one cell are separated by "; ". Keyset pages by occurrence, so memory stays flat.
 */
export async function* exportIncidentsCsv(
  db: Kysely<Database>,
  opts: PeriodFilter & { batchSize?: number } = {},
): AsyncGenerator<string> {
  const batchSize = opts.batchSize ?? 1000;
  yield csvLine([...INCIDENT_CSV_COLUMNS]);
  for await (const rows of incidentPages(db, opts, batchSize)) {
    const names = await new GroupNamesRepository(db).primaryNames(
      rows.flatMap((r) => [
        ...r.state.claims.map((c) => c.groupId),
        ...r.state.denials.map((d) => d.groupId),
        ...r.state.attributions.map((a) => a.groupId),
      ]),
    );
    const name = (id: string) => names.get(id) ?? id;
    let chunk = '';
    for (const { state: s } of rows) {
      const active = distinct(s.claims.filter((c) => c.status === 'active').map((c) => c.groupId));
      const retracted = distinct(s.claims.filter((c) => c.status === 'retracted').map((c) => c.groupId));
      const attributions = currentAttributions(s);
      const gtd = (s as IncidentState & { gtd?: { eventid?: string | null } }).gtd;
      chunk += csvLine([
        s.id,
        s.occurredAt.value,
        s.occurredAt.precision,
        s.occurredAt.earliest,
        s.occurredAt.latest,
        s.location.country,
        s.location.admin1,
        s.location.place,
        s.location.lat,
        s.location.lon,
        s.type,
        s.suicide,
        s.target,
        s.casualties.killedMin,
        s.casualties.killedMax,
        s.casualties.injuredMin,
        s.casualties.injuredMax,
        s.summary,
        incidentStatus(s),
        competingClaims(s),
        active.map(name).join('; '),
        active.join('; '),
        retracted.map(name).join('; '),
        distinct(s.denials.map((d) => d.groupId))
          .map(name)
          .join('; '),
        attributions.map((a) => name(a.groupId)).join('; '),
        attributions.map((a) => a.groupId).join('; '),
        attributions.map((a) => a.confidence).join('; '),
        s.duplicateOf,
        s.sourceIds.join('; '),
        gtd?.eventid ?? null,
        s.version,
        s.position,
      ]);
    }
    yield chunk;
  }
}
