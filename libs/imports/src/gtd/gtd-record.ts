/** A file's columns: name → index, and the names sorted (for content hashes). */
export interface GtdColumns {
  names: readonly string[];
  index: Readonly<Record<string, number>>;
  sorted: ReadonlyArray<readonly [name: string, index: number]>;
}

/** One data row: its cells, read through its file's columns. */
export interface GtdRecord {
  values: readonly string[];
  columns: GtdColumns;
}

export function gtdColumns(header: readonly string[]): GtdColumns {
  const names = header.map((h) => h.trim());
  const index: Record<string, number> = Object.create(null);
  names.forEach((n, i) => {
    if (!(n in index)) index[n] = i;
  });
  const sorted = Object.entries(index).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) as Array<[string, number]>;
  return { names, index, sorted };
}

/** A record from a column → cell object (tests, one-off callers). */
export function gtdRecord(record: Record<string, string>): GtdRecord {
  const columns = gtdColumns(Object.keys(record));
  return { values: columns.names.map((n) => record[n] ?? ''), columns };
}

/** A cell by column name; undefined when the file has no such column. */
export function gtdCell(r: GtdRecord, column: string): string | undefined {
  const i = r.columns.index[column];
  return i === undefined ? undefined : r.values[i];
}
