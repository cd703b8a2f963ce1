#!/usr/bin/env node
// Writes test/fixtures/gtd/synthetic.csv: invented incidents in GTD's own column format, for the
// import tests that must run on a fresh clone (the licensed extract is never in the repo). Seeded,
// so the same script always writes the same bytes (a test regenerates it and compares).
//   node scripts/make-synthetic-gtd.mjs [--out <file>]
// Planted on purpose, besides ~300 random rows: every claimmode code 1–10 and empty in each
// perpetrator slot, identical rows without eventid, an eventid repeated, and the bad rows of BAD.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLUMNS } from './synthetic-gtd/tables.mjs';
import { badRows, chance, identicalRows, incident, int, plantedRows } from './synthetic-gtd/rows.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(repo, 'test/fixtures/gtd/synthetic.csv');

// The planted rows first: they and the random rows share one seeded generator, in this order.
const planted = plantedRows();
const identical = identicalRows();
const BAD = badRows();

const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvLine = (r) => [...COLUMNS, ...('extra' in r ? ['extra'] : [])].map((c) => quote(r[c] ?? '')).join(',');

// Random rows, then the planted ones at seeded positions; the eventid repeats go after their originals.
const rows = Array.from({ length: 290 }, () => incident(chance(0.6)));
const insert = (row) => rows.splice(int(0, rows.length), 0, row);
planted.forEach(insert);
for (const { n, row } of identical) for (let k = 0; k < n; k++) insert(row);
for (const [, row] of BAD) insert(row);
const repeated = rows.find((r) => r.eventid === '201501070001');
rows.push(repeated); // the same eventid and content again: counted unchanged, not an error
rows.push({ ...rows.find((r) => r.eventid === '201501080001'), nkill: '99' }); // same eventid, other content: a bad row

let text = `${COLUMNS.join(',')}\n`;
let line = 2;
const planted_lines = [];
for (const r of rows) {
  const l = typeof r === 'string' ? r : csvLine(r);
  const bad = BAD.find(([, b]) => b === r);
  if (bad) planted_lines.push(`${line} ${bad[0]}`);
  text += `${l}\n`;
  line += l.split('\n').length;
}
planted_lines.push(`${line - 1} eventid 201501080001 repeated with other content`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(
  `${path.relative(process.cwd(), out)}: ${rows.length} rows, ${line - 2} lines after the header, ${text.length} ` +
    `bytes; bad rows at lines:\n  ${planted_lines.join('\n  ')}`,
);
