import { describe, expect, it } from '@jest/globals';
import { countryName, toCountryCode } from './country.js';

describe('toCountryCode', () => {
  it.each([
    ['Pakistan', 'PK'],
    ['pakistan', 'PK'],
    ['pk', 'PK'],
    ['PK', 'PK'],
    [' Afghanistan ', 'AF'],
    ['AFG', 'AF'],
    ['Iran', 'IR'],
    ['Syria', 'SY'],
    ['United States', 'US'],
    ["Côte d'Ivoire", 'CI'],
  ])('%p → %p', (input, code) => {
    expect(toCountryCode(input)).toBe(code);
  });

  it.each(['Atlantis', 'ZZ', 'X', '', 'Khyber Pakhtunkhwa'])('unknown %p → null', (input) => {
    expect(toCountryCode(input)).toBeNull();
  });

  it('names a code', () => {
    expect(countryName('AF')).toBe('Afghanistan');
  });
});
