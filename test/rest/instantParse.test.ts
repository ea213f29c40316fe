import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Instant } from '../../src/rest/wire/instant.js';
import { seededRandom } from '../support/random.js';

/**
 * The reading of RFC 3339 that Instant.parse replaced (a regular expression, then a Date to check
 * the calendar), kept here as the oracle: the character-by-character reader must agree with it on
 * every text, valid or not.
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
function oracle(text: string): [number, number] | undefined {
  const parts = RFC3339.exec(text);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as number[];
  const ms = Date.UTC(year!, month! - 1, day, hour, minute, second);
  const check = new Date(ms);
  if (
    Number.isNaN(ms) ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month! - 1 ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute ||
    check.getUTCSeconds() !== second
  ) {
    return undefined;
  }
  const offsetHours = parts[9] === undefined ? 0 : Number(parts[9]);
  const offsetMinutes = parts[10] === undefined ? 0 : Number(parts[10]);
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const offset = (offsetHours * 3600 + offsetMinutes * 60) * (parts[8] === '-' ? -1 : 1);
  const nanos = parts[7] === undefined ? 0 : Number(parts[7].padEnd(9, '0'));
  return [ms / 1000 - offset, nanos];
}

const read = (text: string) => {
  const instant = Instant.parse(text);
  return instant && [instant.epochSeconds, instant.nanoOfSecond];
};

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('Instant.parse', () => {
  it('reads what Stream sends, to the nanosecond', () => {
    expect(read('2026-07-30T06:41:58.000000Z')).toEqual([Date.UTC(2026, 6, 30, 6, 41, 58) / 1000, 0]);
    expect(read('2024-02-29T23:59:59.123456789+01:30')).toEqual([
      Date.UTC(2024, 1, 29, 23, 59, 59) / 1000 - 5400,
      123456789,
    ]);
    expect(read('2023-02-29T00:00:00Z')).toBeUndefined();
    expect(read('2026-07-30T06:41:58.1234567890Z')).toBeUndefined();
  });

  it('agrees with the regular-expression reading on edge cases', () => {
    const texts: string[] = [];
    for (const year of [1, 99, 100, 1900, 1970, 2000, 2023, 2024, 2100, 9999]) {
      for (const [month, day] of [
        [1, 31],
        [2, 28],
        [2, 29],
        [2, 30],
        [4, 30],
        [4, 31],
        [12, 31],
        [13, 1],
        [0, 1],
        [1, 0],
      ] as const) {
        for (const time of ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60']) {
          for (const fraction of ['', '.', '.1', '.123', '.123456', '.123456789', '.1234567890']) {
            for (const zone of ['Z', 'z', '+00:00', '-05:30', '+23:59', '+24:00', '-00:60', '', '+0530', 'Z ']) {
              texts.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${time}${fraction}${zone}`);
            }
          }
        }
      }
    }
    texts.push('2026-07-30t06:41:58Z', '2026-07-30 06:41:58Z', '2026-07-30X06:41:58Z', '', 'Z', '2026-07-30');
    let disagreements = 0;
    for (const text of texts) if (JSON.stringify(read(text)) !== JSON.stringify(oracle(text))) disagreements++;
    expect(texts.length).toBeGreaterThan(30_000);
    expect(disagreements).toBe(0);
  });

  it('agrees with the regular-expression reading on random changes of valid texts', () => {
    const next = seededRandom(20261130);
    const alphabet = '0123456789-:.TtZz+ x';
    let valid = 0;
    for (let i = 0; i < 50_000; i++) {
      const base = `${pad(1900 + next(300), 4)}-${pad(1 + next(12), 2)}-${pad(1 + next(31), 2)}T${pad(next(24), 2)}:${pad(next(60), 2)}:${pad(next(60), 2)}.${pad(next(1000), 3)}Z`;
      const chars = [...base];
      for (let change = next(3); change > 0; change--) chars[next(chars.length)] = alphabet[next(alphabet.length)]!;
      const text = chars.join('');
      const expected = oracle(text);
      if (expected) valid++;
      expect(read(text), text).toEqual(expected);
    }
    // Both kinds are exercised: texts the change left valid, and texts it broke.
    expect(valid).toBeGreaterThan(5_000);
    expect(valid).toBeLessThan(45_000);
  });
});

describe('a lazy instant (as the REST client decodes them)', () => {
  it('reads its text when first used, and equals the instant it names', () => {
    const lazy = Instant.lazy('2024-02-29T23:59:59.123456789+01:30');
    expect(lazy.unreadText).toBe('2024-02-29T23:59:59.123456789+01:30');
    expect(lazy).toEqual(Instant.parse('2024-02-29T22:29:59.123456789Z'));
    expect(lazy.unreadText).toBeUndefined();
    expect(lazy.toString()).toBe('2024-02-29T22:29:59.123456789Z');
    expect(lazy).not.toEqual(Instant.parse('2024-02-29T22:29:59.123456788Z'));
    // Logs show the instant, though its fields are private.
    expect(inspect({ at: lazy })).toBe('{ at: Instant(2024-02-29T22:29:59.123456789Z) }');
  });

  it('is no instant when its text is not one: from answers undefined, its fields throw, it equals nothing', () => {
    const broken = Instant.lazy('2023-02-29T00:00:00Z');
    expect(Instant.from(broken)).toBeUndefined();
    expect(() => broken.epochSeconds).toThrow(/not an RFC 3339 instant: 2023-02-29T00:00:00Z/);
    // Printed, it is the text the answer carried, as it was before timestamps were read lazily.
    expect(String(broken)).toBe('2023-02-29T00:00:00Z');
    expect(JSON.stringify({ at: broken })).toBe('{"at":"2023-02-29T00:00:00Z"}');
    expect(broken).not.toEqual(Instant.lazy('2023-02-29T00:00:00Z'));
    expect(broken.unreadText).toBe('2023-02-29T00:00:00Z');
  });
});
