import { sql, type Kysely } from 'kysely';
import { parsePartialDate, type GroupRelation, type PartialDate } from '@app/domain';
import type { Database } from '@app/event-store';

/** A group related to the asked-for one, with the period the relation may have held (null: open). */
export interface NetworkEdge {
  groupId: string;
  groupName: string;
  relation: GroupRelation;
  /** Earliest instant of validFrom, latest instant of validTo (partial dates widened). */
  from: string | null;
  to: string | null;
}

export interface MatchedVia {
  groupId: string;
  groupName: string;
  relation: GroupRelation;
}

/**
 * The groups related to `groupId` by one of `via`, in either direction (relations live in the
 * asserting group's stream: "TJP suspected_front_of TTP" is found from TTP and from TJP), withdrawn
 * relations left out. rm_groups is small (one row a group), so the incoming side scans it.
 */
export async function groupNetwork(
  db: Kysely<Database>,
  groupId: string,
  via: GroupRelation[],
): Promise<NetworkEdge[]> {
  const { rows } = await sql<{
    group_id: string;
    group_name: string;
    other_id: string;
    other_name: string | null;
    relation: GroupRelation;
    valid_from: string | null;
    valid_to: string | null;
  }>`
    select g.group_id::text as group_id, g.name as group_name, r->>'otherGroupId' as other_id, o.name as other_name,
           r->>'relation' as relation, r->>'validFrom' as valid_from, r->>'validTo' as valid_to
      from rm_groups g
      cross join lateral jsonb_array_elements(coalesce(g.state->'relations', '[]'::jsonb)) r
      left join rm_groups o on o.group_id::text = r->>'otherGroupId'
     where not coalesce((r->>'withdrawn')::boolean, false)
       and r->>'relation' = any(${via}::text[])
       and (g.group_id = ${groupId}::uuid or r->>'otherGroupId' = ${groupId})`.execute(db);
  const bound = (v: string | null, side: keyof Pick<PartialDate, 'earliest' | 'latest'>) =>
    v ? (parsePartialDate(v)?.[side] ?? null) : null;
  return rows
    .map((r) => {
      const outgoing = r.group_id === groupId;
      return {
        groupId: outgoing ? r.other_id : r.group_id,
        groupName: (outgoing ? r.other_name : r.group_name) ?? '',
        relation: r.relation,
        from: bound(r.valid_from, 'earliest'),
        to: bound(r.valid_to, 'latest'),
      };
    })
    .filter((e) => e.groupId !== groupId);
}

/** The edges whose group is among the incident's and whose relation may have held on its date. */
export function matchedVia(
  edges: NetworkEdge[],
  incidentGroupIds: string[],
  occurred: { earliest: string; latest: string },
): MatchedVia[] {
  const groups = new Set(incidentGroupIds);
  const seen = new Set<string>();
  return edges
    .filter(
      (e) =>
        groups.has(e.groupId) &&
        (e.from === null || Date.parse(e.from) <= Date.parse(occurred.latest)) &&
        (e.to === null || Date.parse(occurred.earliest) <= Date.parse(e.to)),
    )
    .filter((e) => {
      const key = `${e.groupId}/${e.relation}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map(({ groupId, groupName, relation }) => ({ groupId, groupName, relation }));
}
