import countries from 'i18n-iso-countries';

// The library's getAlpha2Code matches one exact official name; incident reports use common
// names ("Syria", "Côte d'Ivoire", "united states"), so names are matched on a folded key over
// every English name and alias it knows, plus a few common names it lacks.
const EXTRA_NAMES: Record<string, string> = {
  syria: 'SY',
  'ivory coast': 'CI',
  'cote divoire': 'CI',
  burma: 'MM',
  'east timor': 'TL',
  'czech republic': 'CZ',
  'south korea': 'KR',
  'republic of korea': 'KR',
  laos: 'LA',
  russia: 'RU',
  turkey: 'TR',
  vietnam: 'VN',
  'vatican city': 'VA',
  'west bank': 'PS',
  gaza: 'PS',
  'gaza strip': 'PS',
};

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

let byName: Map<string, string> | undefined;

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(EXTRA_NAMES));
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      const key = fold(name);
      if (key && !byName.has(key)) byName.set(key, code);
    }
  }
  return byName;
}

/**
 * ISO 3166-1 alpha-2 code for an alpha-2 code (any case), an alpha-3 code, or an English name
 * (case, accents and punctuation ignored). Unknown → null.
 */
export function toCountryCode(input: string): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (!text) return null;
  if (/^[A-Za-z]{2}$/.test(text)) {
    const code = text.toUpperCase();
    return countries.isValid(code) ? code : null;
  }
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = countries.alpha3ToAlpha2(text.toUpperCase());
    if (code) return code;
  }
  return nameIndex().get(fold(text)) ?? null;
}

export function countryName(code: string): string | null {
  return countries.getName(code, 'en') ?? null;
}
