const ZERO = 48;
const DASH = 45;
const COLON = 58;
const DOT = 46;
const SPACE = 32;
const UPPER_T = 84;
const LOWER_T = 116;

/** The number written by `count` decimal digits at `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let at = start; at < start + count; at++) {
    const digit = text.charCodeAt(at) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The zone that ends a timestamp at `at` (Z, or ±HH:MM up to 23:59) in seconds east of UTC, or undefined. */
function offsetSecondsAt(text: string, at: number): number | undefined {
  const sign = text[at];
  if (sign === 'Z' || sign === 'z') return at + 1 === text.length ? 0 : undefined;
  if ((sign !== '+' && sign !== '-') || at + 6 !== text.length || text.charCodeAt(at + 3) !== COLON) return undefined;
  const hours = digitsAt(text, at + 1, 2);
  const minutes = digitsAt(text, at + 4, 2);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  return (hours * 3600 + minutes * 60) * (sign === '-' ? -1 : 1);
}
const NANOS_PER_SECOND = 1_000_000_000;
const BIG_NANOS_PER_SECOND = 1_000_000_000n;

/**
 * A point in time to the nanosecond, as Stream writes them (RFC 3339 with up to nine fractional
 * digits, or integer nanoseconds since the epoch). A JS Date holds milliseconds only, which merges
 * distinct instants; Temporal.Instant is not in Node 20 and its polyfills cost several
 * microseconds per parse on a path that decodes every timestamp of every answer, so this small
 * value type is written here: whole seconds since the epoch plus the nanoseconds within the second.
 */
export class Instant {
  #seconds: number;
  #nanos: number;
  /** The text a lazy instant is read from when first used; undefined once read, or for one made from numbers. */
  #text: string | undefined;

  private constructor(seconds: number, nanos: number, text?: string) {
    this.#seconds = seconds;
    this.#nanos = nanos;
    this.#text = text;
  }

  /**
   * An instant read from RFC 3339 text only when it is first used. Stream's answers carry thousands
   * of timestamps (about 4,400 in bench S3's 26 answers) and a query prints few of them, so the
   * REST client decodes each to one of these and pays for reading only the ones used. Text that is
   * not an instant is found then: `from` answers undefined for it, and its fields throw.
   */
  static lazy(text: string): Instant {
    return new Instant(NaN, NaN, text);
  }

  /** Whole seconds since the epoch (floored, so negative instants keep a positive nano part). */
  get epochSeconds(): number {
    if (this.#text !== undefined) this.#read();
    return this.#seconds;
  }

  /** Nanoseconds within the second, 0 to 999,999,999. */
  get nanoOfSecond(): number {
    if (this.#text !== undefined) this.#read();
    return this.#nanos;
  }

  /** The text of a lazy instant not yet read, for messages about text that turns out not to be one. */
  get unreadText(): string | undefined {
    return this.#text;
  }

  #read(): void {
    if (!this.#tryRead()) throw new TypeError(`not an RFC 3339 instant: ${this.#text}`);
  }

  /** Reads a lazy instant's text; false when it is not an instant (the text is kept). */
  #tryRead(): boolean {
    if (this.#text === undefined) return true;
    const read = Instant.parse(this.#text);
    if (!read) return false;
    this.#seconds = read.#seconds;
    this.#nanos = read.#nanos;
    this.#text = undefined;
    return true;
  }

  /**
   * An RFC 3339 timestamp with up to nine fractional digits, or undefined when it is not one.
   * Read character by character: every timestamp of every answer comes through here, and a
   * regular expression plus a Date to check the calendar cost several times as much (7% of the
   * gateway's CPU in bench S2, by `npm run bench -- --profile`).
   */
  static parse(text: string): Instant | undefined {
    if (text.length < 20) return undefined;
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    const hour = digitsAt(text, 11, 2);
    const minute = digitsAt(text, 14, 2);
    const second = digitsAt(text, 17, 2);
    const separator = text.charCodeAt(10);
    if (
      text.charCodeAt(4) !== DASH ||
      text.charCodeAt(7) !== DASH ||
      (separator !== UPPER_T && separator !== LOWER_T && separator !== SPACE) ||
      text.charCodeAt(13) !== COLON ||
      text.charCodeAt(16) !== COLON ||
      // Date.UTC reads years 0 to 99 as 1900 to 1999: those are refused rather than moved.
      year < 100 ||
      month < 1 ||
      month > 12 ||
      day < 1 ||
      day > daysInMonth(year, month) ||
      hour < 0 ||
      hour > 23 ||
      minute < 0 ||
      minute > 59 ||
      second < 0 ||
      second > 59
    ) {
      return undefined;
    }
    let at = 19;
    let nanos = 0;
    if (text.charCodeAt(at) === DOT) {
      const first = ++at;
      for (
        let digit = text.charCodeAt(at) - ZERO;
        digit >= 0 && digit <= 9 && at - first < 10;
        digit = text.charCodeAt(at) - ZERO
      ) {
        nanos = nanos * 10 + digit;
        at++;
      }
      const count = at - first;
      if (count < 1 || count > 9) return undefined;
      nanos *= 10 ** (9 - count);
    }
    const offset = offsetSecondsAt(text, at);
    if (offset === undefined) return undefined;
    return new Instant(Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offset, nanos);
  }

  /** Integer nanoseconds since the epoch; a number beyond 2^53 has already lost digits, a bigint has not. */
  static fromEpochNanos(nanos: bigint | number): Instant {
    if (typeof nanos === 'number') {
      const seconds = Math.floor(nanos / NANOS_PER_SECOND);
      return new Instant(
        seconds,
        Math.max(0, Math.min(NANOS_PER_SECOND - 1, Math.round(nanos - seconds * NANOS_PER_SECOND))),
      );
    }
    let seconds = nanos / BIG_NANOS_PER_SECOND;
    let rest = nanos % BIG_NANOS_PER_SECOND;
    if (rest < 0n) {
      seconds -= 1n;
      rest += BIG_NANOS_PER_SECOND;
    }
    return new Instant(Number(seconds), Number(rest));
  }

  static fromDate(date: Date): Instant {
    const ms = date.getTime();
    const seconds = Math.floor(ms / 1000);
    return new Instant(seconds, (ms - seconds * 1000) * 1_000_000);
  }

  /** Now, to the millisecond the clock gives. */
  static now(): Instant {
    return Instant.fromDate(new Date());
  }

  /** Whatever Stream may send for an instant, or undefined when it is none. */
  static from(value: unknown): Instant | undefined {
    if (value instanceof Instant) return value.#tryRead() ? value : undefined;
    if (typeof value === 'string')
      return /^-?\d+$/.test(value) ? Instant.fromEpochNanos(BigInt(value)) : Instant.parse(value);
    if (typeof value === 'bigint') return Instant.fromEpochNanos(value);
    if (typeof value === 'number') return Number.isFinite(value) ? Instant.fromEpochNanos(value) : undefined;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : Instant.fromDate(value);
    return undefined;
  }

  get epochNanos(): bigint {
    return BigInt(this.epochSeconds) * BIG_NANOS_PER_SECOND + BigInt(this.nanoOfSecond);
  }

  /** Milliseconds since the epoch, the finer digits dropped (floored). */
  getTime(): number {
    return this.epochSeconds * 1000 + Math.floor(this.nanoOfSecond / 1_000_000);
  }

  toDate(): Date {
    return new Date(this.getTime());
  }

  compare(other: Instant): number {
    return this.epochSeconds - other.epochSeconds || this.nanoOfSecond - other.nanoOfSecond;
  }

  equals(other: Instant): boolean {
    return this.compare(other) === 0;
  }

  /**
   * RFC 3339 in UTC with as many fractional digits as the value needs, in groups of three:
   * milliseconds print as Date.toISOString does, micro- and nanoseconds are kept. A lazy instant
   * whose text is not one prints that text, as the answer carried it: logs, events and JSON keep
   * it, where reading its fields would throw.
   */
  toString(): string {
    if (!this.#tryRead()) return this.#text!;
    const whole = new Date(this.epochSeconds * 1000).toISOString().slice(0, -5);
    const nanos = this.nanoOfSecond;
    const digits = nanos % 1_000_000 === 0 ? 3 : nanos % 1000 === 0 ? 6 : 9;
    return `${whole}.${String(nanos).padStart(9, '0').slice(0, digits)}Z`;
  }

  toJSON(): string {
    return this.toString();
  }

  /** How logs (util.inspect) show it: the fields are private, and would print as `Instant {}`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `Instant(${this.toString()})`;
  }
}
