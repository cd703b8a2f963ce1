import { describe, expect, it } from '@jest/globals';
import { JSON_MAX_DEPTH, verifyJsonBody } from './body-errors.js';

const verify = (body: string | Buffer, charset: string | null = 'utf-8') => {
  try {
    verifyJsonBody(undefined, undefined, Buffer.isBuffer(body) ? body : Buffer.from(body), charset);
    return 'ok';
  } catch (err) {
    return (err as { type: string; status: number }).type + ' ' + (err as { status: number }).status;
  }
};

describe('verifyJsonBody', () => {
  it('accepts nesting up to the limit and refuses one level more, arrays and objects alike', () => {
    expect(verify('['.repeat(JSON_MAX_DEPTH) + ']'.repeat(JSON_MAX_DEPTH))).toBe('ok');
    expect(verify('['.repeat(JSON_MAX_DEPTH + 1) + ']'.repeat(JSON_MAX_DEPTH + 1))).toBe('body.too-deep 400');
    expect(verify('{"a":'.repeat(JSON_MAX_DEPTH + 1) + '1' + '}'.repeat(JSON_MAX_DEPTH + 1))).toBe('body.too-deep 400');
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(verify(JSON.stringify({ name: '['.repeat(100), note: '\\"{{{{'.repeat(50) }))).toBe('ok');
    expect(verify(JSON.stringify([['"]]]]]]'], '\\']))).toBe('ok');
  });

  it('refuses invalid UTF-8 (stray continuation, overlong, surrogate, truncated) but not valid multi-byte text', () => {
    expect(verify(JSON.stringify({ name: 'Zürich — 𝕿 — ذ' }))).toBe('ok');
    for (const bad of [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xff]]) {
      expect(verify(Buffer.concat([Buffer.from('{"a":"'), Buffer.from(bad), Buffer.from('"}')]))).toBe(
        'body.invalid-utf8 400',
      );
    }
  });

  it('refuses charsets other than UTF-8 with 415', () => {
    expect(verify('{}', 'utf-16le')).toBe('charset.unsupported 415');
    expect(verify('{}', 'UTF-8')).toBe('ok');
  });
});
