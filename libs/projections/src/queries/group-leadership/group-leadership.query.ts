import { sql, type Kysely, type RawBuilder } from 'kysely';
import {
  GroupNamesRepository,
  LEADERSHIP_ROLES,
  NotFoundError,
  parsePartialDate,
  type AffiliationEndReason,
  type PartialDate,
} from '@app/domain';
import type { Database } from '@app/event-store';
import { today } from './group-leadership.schema.js';
import type { GroupLeadershipResponse } from './group-leadership.response.js';

type LeadershipRole = (typeof LEADERSHIP_ROLES)[number];

/**
 * Partial-date aware "valid on `at`" over rm_person_affiliations `a`: the affiliation may have
 * held at some moment of the period `at` names (its earliest start is not after the period's end,
 * its latest end not before the period's start). An open end is still valid.
 */
export function affiliationValidOn(at: PartialDate | null): RawBuilder<boolean> {
  const from = at?.earliest ?? null;
  const to = at?.latest ?? null;
  return sql<boolean>`(${to}::timestamptz is null or (
      (a.valid_from is null or a.valid_from <= ${to}::timestamptz)
      and (a.valid_to is null or a.valid_to >= ${from}::timestamptz)))`;
}

const ms = (v: string | null | undefined, open: number) => (v ? Date.parse(v) : open);

/** The moments an affiliation may have held, as [start, end] in ms (open ends unbounded). */
function possibleSpan(validFrom: string, validTo: string | null): [number, number] {
  return [
    ms(parsePartialDate(validFrom)?.earliest, -Infinity),
    validTo ? ms(parsePartialDate(validTo)?.latest, Infinity) : Infinity,
  ];
}

/** True when the recorded dates certainly cover the whole period `at`. */
function certainlyCovers(validFrom: string, validTo: string | null, at: PartialDate): boolean {
  const from = ms(parsePartialDate(validFrom)?.latest, -Infinity);
  const to = validTo ? ms(parsePartialDate(validTo)?.earliest, Infinity) : Infinity;
  return from <= Date.parse(at.earliest) && to >= Date.parse(at.latest);
}

interface LeaderRow {
  affiliation_id: string;
  person_id: string;
  name: string;
  role: LeadershipRole;
  valid_from_text: string;
  valid_to_text: string | null;
  end_reason: AffiliationEndReason | null;
}

/**
 * The leaders, deputy leaders and spokespersons of a group (by id, name or alias) on a date
 * (default today), withdrawn affiliations left out. Holders of the same role whose spans may meet
 * within `at` are all listed, each naming the others in `overlapsWith` and marked `contested`.
 */
export async function groupLeadership(
  db: Kysely<Database>,
  groupRef: string,
  at: PartialDate | undefined,
): Promise<GroupLeadershipResponse> {
  const group = await new GroupNamesRepository(db).resolve(groupRef);
  if (!group) throw new NotFoundError('group', groupRef);
  const on = at ?? today();
  const { rows } = await sql<LeaderRow>`
    select a.affiliation_id::text as affiliation_id, a.person_id::text as person_id, p.name, a.role,
           a.valid_from_text, a.valid_to_text, a.end_reason
      from rm_person_affiliations a join rm_persons p on p.person_id = a.person_id
     where a.group_id = ${group.id} and a.role = any(${[...LEADERSHIP_ROLES]}::text[]) and not a.withdrawn
       and ${affiliationValidOn(on)}
     order by array_position(${[...LEADERSHIP_ROLES]}::text[], a.role), a.valid_from nulls first,
              lower(p.name), a.affiliation_id`.execute(db);
  // Each span clipped to `at`: two holders overlap when their clipped spans meet.
  const window: [number, number] = [Date.parse(on.earliest), Date.parse(on.latest)];
  const clipped = new Map(
    rows.map((r) => {
      const [s, e] = possibleSpan(r.valid_from_text, r.valid_to_text);
      return [r.affiliation_id, [Math.max(s, window[0]), Math.min(e, window[1])] as const];
    }),
  );
  const meet = (x: LeaderRow, y: LeaderRow) => {
    const [a0, a1] = clipped.get(x.affiliation_id)!;
    const [b0, b1] = clipped.get(y.affiliation_id)!;
    return a0 <= b1 && b0 <= a1;
  };
  return {
    groupId: group.id,
    groupName: group.name,
    at: on.value,
    items: rows.map((r) => {
      const overlapsWith = rows
        .filter((o) => o.role === r.role && o.person_id !== r.person_id && meet(r, o))
        .map((o) => ({ personId: o.person_id, name: o.name, affiliationId: o.affiliation_id }));
      return {
        personId: r.person_id,
        name: r.name,
        role: r.role,
        validFrom: r.valid_from_text,
        validTo: r.valid_to_text,
        endReason: r.end_reason,
        affiliationId: r.affiliation_id,
        certain: certainlyCovers(r.valid_from_text, r.valid_to_text, on),
        overlapsWith,
        contested: overlapsWith.length > 0,
      };
    }),
  };
}
