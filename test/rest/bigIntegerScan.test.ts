import { describe, expect, it } from 'vitest';
import { mayHoldBigInteger, parseJson } from '../../src/rest/wire/json.js';
import { seededRandom } from '../support/random.js';

describe('the scan for integers JSON.parse would round', () => {
  it('finds a run of sixteen digits wherever it stands, and nothing shorter', () => {
    for (const text of [
      '1234567890123456',
      'a1234567890123456',
      '{"n":12345678901234567}',
      'x'.repeat(31) + '9'.repeat(16),
    ]) {
      expect(mayHoldBigInteger(text), text).toBe(true);
    }
    for (const text of ['', '123456789012345', 'a123456789012345b123456789012345', '2026-07-30T06:41:58.000000Z']) {
      expect(mayHoldBigInteger(text), text).toBe(false);
    }
  });

  it('finds a run of exactly sixteen at every offset, between non-digits, and none of fifteen', () => {
    for (let offset = 0; offset <= 48; offset++) {
      for (const length of [15, 16, 17]) {
        const text = `${'x'.repeat(offset)}${'7'.repeat(length)}${'x'.repeat(64 - offset)}`;
        expect(mayHoldBigInteger(text), `${length} digits at ${offset}`).toBe(length >= 16);
      }
    }
  });

  it('agrees with /\\d{16}/ on random texts of digits and other characters', () => {
    const next = seededRandom(16);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const length = next(80);
      // Mostly digits, so that long runs, and runs just short of sixteen, are common.
      const text = Array.from({ length }, () => (next(10) < 9 ? String(next(10)) : '",: x'[next(5)])).join('');
      const expected = /\d{16}/.test(text);
      if (expected) found++;
      expect(mayHoldBigInteger(text), text).toBe(expected);
    }
    expect(found).toBeGreaterThan(2_000);
    expect(found).toBeLessThan(18_000);
  });

  it('keeps every digit of a large integer and reads other JSON as JSON.parse does', () => {
    expect(parseJson('{"id":9007199254740993,"n":1.5}')).toEqual({ id: 9007199254740993n, n: 1.5 });
    expect(parseJson('{"when":"2026-07-30T06:41:58.000000Z","n":[1,2]}')).toEqual({
      when: '2026-07-30T06:41:58.000000Z',
      n: [1, 2],
    });
  });
});
