import { sql, type Kysely } from 'kysely';
import { poolOf, type RecordedEvent, type Database } from '@app/event-store';
import { atMost, copyRows, type Column } from './copy-rows.js';

/** Maps a read model's table name to the physical table a run writes (live or shadow). */
export type TableMap = (table: string) => string;
export const LIVE: TableMap = (t) => t;
export const SHADOW: TableMap = (t) => `${t}__shadow`;

export interface Projection {
  name: string;
  /** Every table the projection owns; a rebuild shadows and swaps them together. */
  tables: Array<{ name: string; key: string }>;
  /** Applies a batch set-wise: a few statements per table, whatever the batch size. */
  apply(events: RecordedEvent[], trx: Kysely<Database>, table: TableMap): Promise<void>;
  /** A fold of the whole log in memory, written once into empty tables (the rebuild's bulk load). */
  bulk?(): BulkFold;
}

export interface BulkFold {
  add(events: RecordedEvent[]): void;
  /** Loads every folded entity into `table`'s (empty) tables with COPY; answers the rows written. */
  write(db: Kysely<Database>, table: TableMap): Promise<number>;
}

export type { Column } from './copy-rows.js';

interface Entity<S> {
  id: string;
  state: S;
}

export interface FoldingProjectionSpec<S> {
  name: string;
  streamType: string;
  evolve: (state: S | null, event: RecordedEvent) => S;
  /** The entity's row; its stream `version` and `position` columns are added to every one. */
  main: { table: string; key: string; columns: Column[]; row: (state: S) => Record<string, unknown> };
  children?: Array<{
    table: string;
    key: string;
    parentKey: string;
    columns: Column[];
    rows: (state: S) => Array<Record<string, unknown>>;
  }>;
}

const recordDef = (cols: Column[]) => sql.raw(cols.map(([n, t]) => `${n} ${t}`).join(', '));
const colList = (cols: Column[]) => sql.raw(cols.map(([n]) => n).join(', '));

/**
 * A read model kept as the fold of each entity's stream (the same evolve as the domain and the
 * as-of reads), with flat child tables rewritten from the folded state of every touched entity.
 */
export function foldingProjection<S extends { version: number; position: number | null }>(
  spec: FoldingProjectionSpec<S>,
): Projection {
  const { main } = spec;
  const children = spec.children ?? [];
  const prefix = `${spec.streamType}-`;
  const cols: Column[] = [...main.columns, ['version', 'integer'], ['position', 'bigint'], ['state', 'jsonb']];
  const mainRow = (state: S) => ({ ...main.row(state), version: state.version, position: state.position ?? 0, state });
  const updates = sql.raw(
    cols
      .filter(([n]) => n !== main.key)
      .map(([n]) => `${n} = excluded.${n}`)
      .join(', '),
  );
  const fold = (states: Map<string, S | null>, events: RecordedEvent[]) => {
    for (const e of events) {
      if (e.streamType !== spec.streamType) continue;
      const id = e.streamId.slice(prefix.length);
      states.set(id, spec.evolve(states.get(id) ?? null, e));
    }
  };
  const entitiesOf = (states: Map<string, S | null>): Entity<S>[] =>
    [...states.entries()].filter((x): x is [string, S] => x[1] != null).map(([id, state]) => ({ id, state }));
  // One set-wise upsert of many rows (the live runner's batch; the rebuild's bulk load uses COPY).
  const upsertMain = (db: Kysely<Database>, table: TableMap, entities: Entity<S>[]) =>
    sql`
      insert into ${sql.table(table(main.table))} (${colList(cols)})
      select ${colList(cols)}
        from jsonb_to_recordset(${JSON.stringify(entities.map((e) => mainRow(e.state)))}::jsonb)
             as x(${recordDef(cols)})
      on conflict (${sql.ref(main.key)}) do update set ${updates}`.execute(db);
  const insertChildren = async (
    db: Kysely<Database>,
    table: TableMap,
    child: (typeof children)[number],
    rows: unknown[],
  ) => {
    if (!rows.length) return;
    await sql`
      insert into ${sql.table(table(child.table))} (${colList(child.columns)})
      select ${colList(child.columns)}
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${recordDef(child.columns)})`.execute(db);
  };
  function* childRows(entities: Entity<S>[], child: (typeof children)[number]) {
    for (const e of entities) yield* child.rows(e.state);
  }
  return {
    name: spec.name,
    tables: [{ name: main.table, key: main.key }, ...children.map((c) => ({ name: c.table, key: c.key }))],
    async apply(events, trx, table) {
      const mine = events.filter((e) => e.streamType === spec.streamType);
      if (!mine.length) return;
      const ids = [...new Set(mine.map((e) => e.streamId.slice(prefix.length)))];
      const { rows } = await sql<{ id: string; state: S }>`
        select ${sql.ref(main.key)}::text as id, state from ${sql.table(table(main.table))}
         where ${sql.ref(main.key)} = any(${ids}::uuid[])`.execute(trx);
      const states = new Map<string, S | null>(rows.map((r) => [r.id, r.state]));
      fold(states, mine);
      const entities = entitiesOf(states);
      await upsertMain(trx, table, entities);
      for (const child of children) {
        await sql`delete from ${sql.table(table(child.table))}
                   where ${sql.ref(child.parentKey)} = any(${ids}::uuid[])`.execute(trx);
        await insertChildren(
          trx,
          table,
          child,
          entities.flatMap((e) => child.rows(e.state)),
        );
      }
    },
    bulk() {
      const states = new Map<string, S | null>();
      return {
        add: (events) => fold(states, events),
        async write(db, table) {
          const entities = entitiesOf(states);
          const pool = poolOf(db);
          // Each table in two halves on two connections: the server's parse of the rows (jsonb
          // above all) is the bulk load's cost, and one COPY keeps one core busy.
          const halves = [entities.slice(0, entities.length >> 1), entities.slice(entities.length >> 1)];
          let written = 0;
          const copy = (name: string, columns: readonly Column[], rows: Iterable<Record<string, unknown>>) => () =>
            copyRows(pool, table(name), columns, rows).then((n) => (written += n));
          await atMost(2, [
            ...halves.map((half) =>
              copy(
                main.table,
                cols,
                half.map((e) => mainRow(e.state)),
              ),
            ),
            ...halves.flatMap((half) => children.map((c) => copy(c.table, c.columns, childRows(half, c)))),
          ]);
          return written;
        },
      };
    },
  };
}
