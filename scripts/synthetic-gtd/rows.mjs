// The rows of the synthetic GTD file (scripts/make-synthetic-gtd.mjs), drawn from one seeded
// generator: random incidents, and the planted rows that pin down one behaviour each. The
// generator is shared, so the file's bytes depend on the order of the calls: plantedRows,
// identicalRows, badRows, then the random rows.
import { ATTACKS, CODES, COUNTRIES, DAYS, GROUPS, MODES, PLACES, TARGETS, TTP } from './tables.mjs';

// mulberry32: small, seeded, the same sequence on every Node version.
let seed = 0x13c1a1;
function rnd() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
export const chance = (p) => rnd() < p;

// approxdate's month names, January first.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

let serial = 100;
const eventid = (y, m, d) =>
  `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(serial++).padStart(4, '0')}`;

/** A plausible incident: every column GTD fills, filled the way GTD fills it. */
export function incident(withEventid) {
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
    approxdate: d === 0 && m !== 0 && chance(0.5) ? `${MONTHS[m - 1]} ${y}` : '',
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

/** Rows that pin down one behaviour each: claim modes in every slot, competing claims, a quoted multi-line cell. */
export function plantedRows() {
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
  return planted;
}

// Identical rows (no eventid, same content): distinct incidents in GTD, so distinct here. Sizes 2, 3, 2, 2.
export function identicalRows() {
  return [2, 3, 2, 2].map((n, i) => ({
    n,
    row: { ...blank(false), summary: '', gname: i === 1 ? 'Unknown' : 'Gunmen' },
  }));
}

// Bad rows: the importer must skip each one and report it by its line.
export function badRows() {
  const base = () => blank(true);
  return [
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
}
