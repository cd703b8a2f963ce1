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

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(repo, 'test/fixtures/gtd/synthetic.csv');

// GTD's column names (a subset of its 135), in GTD's order.
const COLUMNS = [
  'eventid',
  'iyear',
  'imonth',
  'iday',
  'approxdate',
  'country_txt',
  'provstate',
  'city',
  'latitude',
  'longitude',
  'summary',
  'multiple',
  'success',
  'suicide',
  'attacktype1_txt',
  'targtype1_txt',
  'targsubtype1_txt',
  'corp1',
  'gname',
  'gname2',
  'gname3',
  'guncertain1',
  'guncertain2',
  'guncertain3',
  'claimed',
  'claimmode',
  'claimmode_txt',
  'claim2',
  'claimmode2',
  'claim3',
  'claimmode3',
  'compclaim',
  'weaptype1_txt',
  'weapsubtype1_txt',
  'nkill',
  'nkillus',
  'nkillter',
  'nwound',
  'nwoundus',
  'nwoundte',
  'property',
  'ishostkid',
];

// mulberry32: small, seeded, the same sequence on every Node version.
let seed = 0x13c1a1;
function rnd() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;

const PLACES = {
  Pakistan: [
    ['Khyber Pakhtunkhwa', 'Peshawar', 34.008, 71.578],
    ['Balochistan', 'Quetta', 30.184, 67.0],
    ['Sindh', 'Karachi', 24.861, 67.01],
    ['Punjab', 'Lahore', 31.549, 74.343],
    ['Federally Administered Tribal Areas', 'Miramshah', 33.008, 70.071],
  ],
  Afghanistan: [
    ['Kabul', 'Kabul', 34.555, 69.207],
    ['Nangarhar', 'Jalalabad', 34.434, 70.447],
    ['Kandahar', 'Kandahar', 31.628, 65.737],
  ],
  India: [
    ['Jammu and Kashmir', 'Srinagar', 34.083, 74.797],
    ['Chhattisgarh', 'Sukma', 18.39, 81.66],
  ],
  Iraq: [
    ['Baghdad', 'Baghdad', 33.315, 44.366],
    ['Nineveh', 'Mosul', 36.34, 43.13],
  ],
  Nigeria: [['Borno', 'Maiduguri', 11.846, 13.16]],
  Philippines: [['Sulu', 'Jolo', 6.052, 121.002]],
  'United Kingdom': [
    ['Northern Ireland', 'Belfast', 54.597, -5.93],
    ['England', 'London', 51.507, -0.128],
  ],
  Colombia: [['Cauca', 'Toribio', 2.956, -76.27]],
  Syria: [['Aleppo', 'Aleppo', 36.202, 37.134]],
};
const COUNTRIES = [
  'Pakistan',
  'Pakistan',
  'Pakistan',
  'Pakistan',
  'Afghanistan',
  'Afghanistan',
  'India',
  'Iraq',
  'Nigeria',
  'Philippines',
  'United Kingdom',
  'Colombia',
  'Syria',
];
const ATTACKS = [
  ['Bombing/Explosion', 'Explosives', 'Vehicle'],
  ['Bombing/Explosion', 'Explosives', 'Suicide (carried bodily by human being)'],
  ['Armed Assault', 'Firearms', 'Automatic or Semi-Automatic Rifle'],
  ['Assassination', 'Firearms', 'Handgun'],
  ['Hostage Taking (Kidnapping)', 'Firearms', 'Unknown Gun Type'],
  ['Facility/Infrastructure Attack', 'Incendiary', 'Arson/Fire'],
  ['Hostage Taking (Barricade Incident)', 'Firearms', 'Unknown Gun Type'],
  ['Hijacking', 'Firearms', 'Handgun'],
  ['Unarmed Assault', 'Melee', 'Hands, Feet, Fists'],
  ['Unknown', 'Unknown', ''],
];
const TARGETS = [
  ['Police', 'Police Checkpoint', 'Police Station'],
  ['Military', 'Military Unit/Patrol/Convoy', 'Frontier Corps'],
  ['Private Citizens & Property', 'Marketplace/Plaza/Square', 'Market'],
  ['Educational Institution', 'School/University/Educational Building', 'Government Girls School'],
  ['Religious Figures/Institutions', 'Place of Worship', 'Mosque'],
  ['Government (General)', 'Government Personnel (excluding police, military)', ''],
  ['Business', 'Retail/Grocery/Bakery', ''],
  ['Unknown', '', ''],
];
// Spellings as GTD writes them: full names with an acronym, base names, qualifiers that are not
// acronyms, generic labels, and "Unknown".
const TTP = 'Tehrik-i-Taliban Pakistan (TTP)';
const GROUPS = [
  TTP,
  TTP,
  'Lashkar-e-Jhangvi',
  'Baloch Liberation Army (BLA)',
  'Lashkar-e-Taiba (LeT)',
  'Jamaat-ul-Ahrar',
  'Taliban',
  'Khorasan Chapter of the Islamic State',
  'Islamic State of Iraq and the Levant (ISIL)',
  'Boko Haram',
  'Abu Sayyaf Group (ASG)',
  'Communist Party of India - Maoist (CPI-Maoist)',
  'New Irish Republican Army',
  'Revolutionary Armed Forces of Colombia (FARC)',
  'Lashkar-e-Islam (Pakistan)',
  'Gunmen',
  'Militants',
  'Tribesmen',
];
const MODES = [
  '',
  'Letter',
  'Call (post-incident)',
  'Call (pre-incident)',
  'E-mail',
  'Note left at scene',
  'Video',
  'Posted to website, blog, etc.',
  'Personal claim',
  'Other',
  'Unknown',
];
const CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', ''];

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
let serial = 100;
const eventid = (y, m, d) =>
  `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(serial++).padStart(4, '0')}`;

/** A plausible incident: every column GTD fills, filled the way GTD fills it. */
function incident(withEventid) {
  const y = int(1995, 2018);
  const m = chance(0.08) ? 0 : int(1, 12);
  const d = m === 0 || chance(0.1) ? 0 : int(1, DAYS[m - 1]);
  const country = pick(COUNTRIES);
  const [provstate, city, lat, lon] = pick(PLACES[country]);
  const unknownCity = chance(0.05);
  const [attack, weapon, weaponSub] = pick(ATTACKS);
  const [targ, targSub, corp] = pick(TARGETS);
  const names = [chance(0.4) ? 'Unknown' : pick(GROUPS)];
  if (names[0] !== 'Unknown' && chance(0.12)) names.push(pick(GROUPS.filter((g) => g !== names[0] && g !== TTP)));
  if (names.length === 2 && chance(0.3)) names.push(pick(GROUPS.filter((g) => !names.includes(g) && g !== TTP)));
  const r = {
    eventid: withEventid ? eventid(y, m, d) : '',
    iyear: String(y),
    imonth: String(m),
    iday: String(d),
    approxdate:
      d === 0 && m !== 0 && chance(0.5)
        ? `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`
        : '',
    country_txt: country,
    provstate,
    city: unknownCity ? 'Unknown' : city,
    latitude: unknownCity ? '' : (lat + rnd() * 0.2 - 0.1).toFixed(6),
    longitude: unknownCity ? '' : (lon + rnd() * 0.2 - 0.1).toFixed(6),
    summary: chance(0.15)
      ? `${y}: ${attack.toLowerCase()} against ${targ.toLowerCase()} in ${unknownCity ? provstate : city}, ${country}.`
      : '',
    multiple: chance(0.2) ? '1' : '0',
    success: chance(0.9) ? '1' : '0',
    suicide: weaponSub.startsWith('Suicide') ? '1' : '0',
    attacktype1_txt: attack,
    targtype1_txt: targ,
    targsubtype1_txt: targSub,
    corp1: corp,
    weaptype1_txt: weapon,
    weapsubtype1_txt: weaponSub,
    nkill: chance(0.08) ? '' : String(chance(0.5) ? 0 : int(1, 40)),
    nkillus: '0',
    nkillter: chance(0.3) ? '' : String(int(0, 2)),
    nwound: chance(0.08) ? '' : String(chance(0.4) ? 0 : int(1, 90)),
    nwoundus: '0',
    nwoundte: '0',
    property: pick(['0', '1', '-9']),
    ishostkid: attack.startsWith('Hostage') ? '1' : '0',
  };
  names.forEach((g, i) => {
    const n = i === 0 ? '' : String(i + 1);
    r[`gname${n}`] = g;
    r[`guncertain${i + 1}`] = g === 'Unknown' ? '0' : chance(0.2) ? '1' : '0';
    const claimed = g === 'Unknown' ? '0' : pick(['0', '0', '1', '-9', '']);
    r[i === 0 ? 'claimed' : `claim${i + 1}`] = claimed;
    if (claimed === '1') {
      const code = chance(0.1) ? '' : String(int(1, 10));
      r[`claimmode${n}`] = code;
      if (i === 0) r.claimmode_txt = MODES[Number(code)];
    }
  });
  if (names.length > 1) r.compclaim = pick(['0', '1', '-9']);
  return r;
}

// Rows that pin down one behaviour each, spread through the file between random rows.
const NO_SLOTS = {
  gname2: '',
  guncertain2: '',
  claim2: '',
  claimmode2: '',
  gname3: '',
  guncertain3: '',
  claim3: '',
  claimmode3: '',
  compclaim: '',
};
/** A random incident with the perpetrator columns cleared, so a planted row sets exactly what it tests. */
const blank = (withEventid) => ({
  ...incident(withEventid),
  ...NO_SLOTS,
  gname: 'Unknown',
  guncertain1: '0',
  claimed: '0',
  claimmode: '',
  claimmode_txt: '',
});
const planted = [];
// Every claim-mode code in every slot (slot 1: TTP, matched by acronym to a group tests register).
CODES.forEach((code, i) => {
  planted.push({
    ...blank(false),
    eventid: `201501${String(i + 1).padStart(2, '0')}0001`,
    iyear: '2015',
    imonth: '1',
    iday: String(i + 1),
    approxdate: '',
    gname: TTP,
    guncertain1: '0',
    claimed: '1',
    claimmode: code,
    claimmode_txt: MODES[Number(code)],
  });
  planted.push({
    ...blank(false),
    eventid: `201502${String(i + 1).padStart(2, '0')}0001`,
    iyear: '2015',
    imonth: '2',
    iday: String(i + 1),
    approxdate: '',
    gname: 'Lashkar-e-Jhangvi',
    guncertain1: '1',
    claimed: '0',
    claimmode: '',
    claimmode_txt: '',
    gname2: 'Baloch Liberation Army (BLA)',
    guncertain2: '0',
    claim2: '1',
    claimmode2: code,
    compclaim: '0',
  });
  planted.push({
    ...blank(false),
    eventid: `201503${String(i + 1).padStart(2, '0')}0001`,
    iyear: '2015',
    imonth: '3',
    iday: String(i + 1),
    approxdate: '',
    gname: 'Jamaat-ul-Ahrar',
    claimed: '0',
    claimmode: '',
    claimmode_txt: '',
    gname2: 'Lashkar-e-Taiba (LeT)',
    claim2: '0',
    claimmode2: '',
    gname3: 'Islamic State of Iraq and the Levant (ISIL)',
    guncertain3: '1',
    claim3: '1',
    claimmode3: code,
    compclaim: '1',
  });
});
// Competing claims, and one group in two slots (full name and bare acronym): one claim, one attribution.
planted.push({
  ...blank(false),
  eventid: '201604050001',
  iyear: '2016',
  imonth: '4',
  iday: '5',
  gname: 'Lashkar-e-Jhangvi',
  guncertain1: '0',
  claimed: '1',
  claimmode: '1',
  claimmode_txt: MODES[1],
  gname2: TTP,
  guncertain2: '0',
  claim2: '1',
  claimmode2: '6',
  compclaim: '1',
});
planted.push({
  ...blank(false),
  eventid: '201605060001',
  iyear: '2016',
  imonth: '5',
  iday: '6',
  gname: TTP,
  guncertain1: '1',
  claimed: '1',
  claimmode: '7',
  claimmode_txt: MODES[7],
  gname2: 'TTP',
  guncertain2: '1',
  claim2: '1',
  claimmode2: '7',
  compclaim: '0',
});
// A quoted cell over two lines, with a comma and quotes: later line numbers must still be right.
planted.push({ ...incident(true), summary: 'Two devices exploded.\nThe second, "larger" one hit the crowd.' });

// Identical rows (no eventid, same content): distinct incidents in GTD, so distinct here. Sizes 2, 3, 2, 2.
const identical = [2, 3, 2, 2].map((n, i) => ({
  n,
  row: { ...blank(false), summary: '', gname: i === 1 ? 'Unknown' : 'Gunmen' },
}));

// Bad rows: the importer must skip each one and report it by its line.
const base = () => blank(true);
const BAD = [
  ['imonth 13', { ...base(), imonth: '13', iday: '2' }],
  ['31 April', { ...base(), iyear: '2012', imonth: '4', iday: '31' }],
  ['29 February 2015', { ...base(), iyear: '2015', imonth: '2', iday: '29' }],
  ['text for a year', { ...base(), iyear: '2O10' }],
  ['text for a count', { ...base(), nkill: 'several' }],
  ['text for a latitude', { ...base(), latitude: '33.6N' }],
  ['unknown country', { ...base(), country_txt: 'Atlantis' }],
  ['historical country', { ...base(), country_txt: 'Soviet Union' }],
  ['no country', { ...base(), country_txt: '' }],
  ['unknown attack type', { ...base(), attacktype1_txt: 'Teleportation' }],
  ['claimmode out of range', { ...base(), gname: 'Taliban', claimed: '1', claimmode: '11' }],
  ['text for a flag', { ...base(), suicide: 'yes' }],
  ['too few cells', '2016,7,14,Pakistan'],
  ['too many cells', { ...base(), extra: 'surplus' }],
];

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
  `${path.relative(process.cwd(), out)}: ${rows.length} rows, ${line - 2} lines after the header, ${text.length} bytes; bad rows at lines:\n  ${planted_lines.join('\n  ')}`,
);
