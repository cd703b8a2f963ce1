import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Column = readonly [name: string, pgType: string];

/** Characters COPY's text format gives a meaning to, and the escapes that keep them data. */
const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeCopy = (s: string) => s.replace(SPECIAL, (c) => ESCAPES[c]);

/** An array element inside a Postgres array literal: always quoted, so commas and braces stay data. */
const arrayElement = (v: unknown) => (v == null ? 'NULL' : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`);

/**
 * One value as COPY text reads it for a column of `pgType`: what jsonb_to_recordset made of the
 * same value as JSON (NULL as \N, arrays as array literals, jsonb as its JSON text, Dates as ISO).
 */
export function copyValue(v: unknown, pgType: string): string {
  if (v === null || v === undefined) return '\\N';
  if (pgType === 'jsonb' || pgType === 'json') return escapeCopy(JSON.stringify(v));
  if (pgType.endsWith('[]')) {
    if (!Array.isArray(v)) throw new Error(`copyValue: ${pgType} wants an array`);
    return escapeCopy(`{${v.map(arrayElement).join(',')}}`);
  }
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'object') return escapeCopy(JSON.stringify(v));
  return escapeCopy(String(v));
}

/** Text of this many characters goes to the server at a time. */
const CHUNK_CHARS = 1 << 20;

/**
 * Loads rows into `table` with COPY FROM STDIN on one connection of `pool`: the rebuild's bulk load
 * into its empty shadow tables, where a parsed INSERT per chunk cost more than the fold itself.
 */
export async function copyRows(
  pool: pg.Pool,
  table: string,
  columns: readonly Column[],
  rows: Iterable<Record<string, unknown>>,
): Promise<number> {
  let count = 0;
  function* text() {
    let chunk = '';
    for (const row of rows) {
      chunk += columns.map(([name, type]) => copyValue(row[name], type)).join('\t') + '\n';
      count++;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const target = `${ident(table)} (${columns.map(([n]) => ident(n)).join(', ')})`;
  const client = await pool.connect();
  try {
    await pipeline(Readable.from(text()), client.query(copyFrom(`copy ${target} from stdin`)));
  } catch (err) {
    // A COPY cut off midway leaves the connection in no state to reuse.
    client.release(err as Error);
    throw err;
  }
  client.release();
  return count;
}

/** Runs the tasks at most `n` at a time (2 cores: one side builds text while the server parses). */
export async function atMost(n: number, tasks: Array<() => Promise<unknown>>): Promise<void> {
  const queue = [...tasks];
  const worker = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) await t();
  };
  await Promise.all(Array.from({ length: Math.min(n, queue.length) }, worker));
}
