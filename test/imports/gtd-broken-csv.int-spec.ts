// Issue 16 item 4: a broken CSV record is one row, one error, named by the line it starts on; a
// record longer than the limit (an unclosed quote holding the rest of the file) stops the import
// with an error naming its line, after recording the rows before it.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'kysely';
import { EventStore } from '@app/event-store';
import { DEFAULT_MAX_RECORD_SIZE, importGtd, RecordTooLargeError } from '@app/imports';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { uploadImport } from './support/upload-import.js';

let t: TestApp;
let store: EventStore;
beforeAll(async () => {
  t = await createTestApp('gtd_broken_csv');
  store = new EventStore(t.tdb.app.db);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const HEADER = 'iyear,imonth,iday,country_txt,city,attacktype1_txt,gname,nkill';
const row = (i: number, city = `Town ${i}`) => `2012,3,${i},Pakistan,${city},Armed Assault,Unknown,${i}`;
const run = (csv: string, maxRecordSize?: number) =>
  importGtd(t.tdb.app.db, store, Readable.from([csv]), {
    importId: randomUUID(),
    actor: { keyId: 'cli', role: 'admin', name: 'cli' },
    batchSize: 2,
    maxRecordSize,
  });

async function incidentsIn(cities: string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from events
     where type = 'IncidentReported' and data->'location'->>'place' = any(${cities}::text[])`.execute(t.tdb.app.db);
  return rows[0].n;
}

describe('broken CSV records', () => {
  it('a 4-row file with one broken row: rows 4, skipped 1, one error naming its line', async () => {
    const tag = randomUUID().slice(0, 8);
    const csv = [
      HEADER,
      row(1, `A${tag}`),
      `2012,3,2,Pakistan,B"${tag}"x,Armed Assault,Unknown,2`,
      row(3, `C${tag}`),
      row(4, `D${tag}`),
    ]
      .join('\n')
      .concat('\n');
    const result = await run(csv);
    expect({ rows: result.rows, skipped: result.skipped, errorCount: result.errorCount }).toEqual({
      rows: 4,
      skipped: 1,
      errorCount: 1,
    });
    expect(result.errors).toEqual([{ line: 3, message: expect.stringMatching(/^unreadable CSV record/) }]);
    expect(result.incidentsAdded).toBe(3);
  });

  it('an unclosed quote is reported at the line its record starts on', async () => {
    const tag = randomUUID().slice(0, 8);
    const csv = [
      HEADER,
      row(1, `A${tag}`),
      row(2, `B${tag}`),
      `2012,3,3,Pakistan,"C${tag},Armed Assault`,
      row(4),
      row(5),
    ]
      .join('\n')
      .concat('\n');
    const result = await run(csv);
    expect(result.errors).toEqual([
      { line: 4, message: expect.stringMatching(/^unreadable CSV record \(lines 4–\d+\)/) },
    ]);
    expect(result.errorCount).toBe(1);
    expect(await incidentsIn([`A${tag}`, `B${tag}`])).toBe(2);
  });

  it('a record longer than the limit stops the import naming its line; the rows before it are recorded', async () => {
    const tag = randomUUID().slice(0, 8);
    const cities = [1, 2, 3].map((i) => `${tag}-${i}`);
    const rest = Array.from({ length: 2000 }, (_, i) => row(i + 10)).join('\n');
    const broken = `2012,3,9,Pakistan,"never closed,Bombing/Explosion`;
    const csv = `${[HEADER, ...cities.map((c, i) => row(i + 1, c)), broken].join('\n')}\n${rest}\n`;
    const error = await run(csv, 5_000).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordTooLargeError);
    expect((error as RecordTooLargeError).line).toBe(5);
    expect((error as Error).message).toMatch(/^line 5: a CSV record longer than 5000 characters/);
    expect(await incidentsIn(cities)).toBe(3);
  });

  it('over HTTP the import reads as failed with that message (default limit)', async () => {
    const filler = Array.from({ length: Math.ceil((DEFAULT_MAX_RECORD_SIZE * 1.5) / 40) }, (_, i) => row(i)).join('\n');
    const csv = `${HEADER}\n${row(1)}\n2012,3,9,Pakistan,"never closed,Bombing/Explosion\n${filler}\n`;
    const status = await uploadImport(t, csv);
    expect(status).toMatchObject({
      status: 'failed',
      failure: expect.stringMatching(/^line 3: a CSV record longer than 1048576 characters/),
    });
  });
});
