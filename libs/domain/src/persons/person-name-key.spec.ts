import { describe, expect, it } from '@jest/globals';
import { hasBidiControl, nameKey, personNameKey, samePersonName } from '../shared/names.js';

describe('personNameKey', () => {
  it('ignores case, outer and repeated whitespace, and compatibility forms', () => {
    expect(samePersonName('  Noor   Wali Mehsud ', 'noor wali mehsud')).toBe(true);
    expect(samePersonName('ＮＯＯＲ Wali', 'noor wali')).toBe(true);
  });

  it('drops format characters (zero-width space, soft hyphen, word joiner) before comparing', () => {
    expect(personNameKey('Noor\u200BWali')).toBe('noorwali');
    expect(personNameKey('Meh\u00ADsud')).toBe(personNameKey('Mehsud'));
    expect(personNameKey('Noor\u2060 Wali')).toBe(personNameKey('Noor Wali'));
    expect(samePersonName('Noor\u200B Wali', 'Noor Wali')).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(samePersonName('Noor Wali', 'Noor Ali')).toBe(false);
  });

  it('is the one key groups use too (issue 16 item 5: look-alike group names)', () => {
    for (const lookAlike of ['TTP\u200B', 'T\u00ADTP', '\u2060TTP', '\u202ETTP', 'ＴＴＰ'])
      expect(nameKey(lookAlike)).toBe('ttp');
    expect(personNameKey).toBe(nameKey);
  });
});

describe('hasBidiControl', () => {
  it('finds overrides, embeddings and isolates', () => {
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])
      expect(hasBidiControl(`Noor${c}Wali`)).toBe(true);
  });

  it('accepts right-to-left script itself', () => {
    expect(hasBidiControl('نور ولی محسود')).toBe(false);
    expect(hasBidiControl('Noor\u200BWali')).toBe(false);
  });
});
