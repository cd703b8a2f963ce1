/** A bad export parameter, named as the query field (the HTTP layer answers 422, the CLI exits 2). */
export class ExportParameterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Time bounds of an export: incidents whose possible period overlaps [from, to]. */
export interface PeriodFilter {
  from?: Date | null;
  to?: Date | null;
}

export { parseTimeParam } from '@app/domain';

/**
 * Removes null and undefined properties at every depth, and empty lists and objects: STIX allows
 * neither JSON null nor empty lists as property values.
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      const c = compact(v);
      if (Array.isArray(c) ? c.length === 0 : c && typeof c === 'object' && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out as T;
  }
  return value;
}
