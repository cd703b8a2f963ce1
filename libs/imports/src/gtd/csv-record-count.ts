import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Data records of a CSV file (the header and empty lines not counted), by one quick pass that
 * only tracks quotes and line ends: a progress bar's total in rows, which the importer's counters
 * then reach. A newline inside a quoted cell does not end a record; `""` toggles twice, so
 * escaped quotes need no special case. Malformed files may count differently from what the
 * parser makes of them; a progress total is an estimate there.
 */
export async function countCsvRecords(file: string): Promise<number> {
  let records = 0;
  let quoted = false;
  let lineHasContent = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === QUOTE) {
        quoted = !quoted;
        lineHasContent = true;
      } else if (b === LF && !quoted) {
        if (lineHasContent) records++;
        lineHasContent = false;
      } else if (b !== CR) {
        lineHasContent = true;
      }
    }
  }
  if (lineHasContent) records++;
  return Math.max(0, records - 1);
}
