const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
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
  private constructor(
    /** Whole seconds since the epoch (floored, so negative instants keep a positive nano part). */
    readonly epochSeconds: number,
    /** Nanoseconds within the second, 0 to 999,999,999. */
    readonly nanoOfSecond: number,
  ) {}

  /** An RFC 3339 timestamp with up to nine fractional digits, or undefined when it is not one. */
  static parse(text: string): Instant | undefined {
    const parts = RFC3339.exec(text);
    if (!parts) return undefined;
    const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const ms = Date.UTC(year, month - 1, day, hour, minute, second);
    const check = new Date(ms);
    // Date.UTC rolls 31 February over into March: such a date is not a valid timestamp.
    if (
      Number.isNaN(ms) ||
      check.getUTCFullYear() !== year ||
      check.getUTCMonth() !== month - 1 ||
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
    return new Instant(ms / 1000 - offset, nanos);
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
    if (value instanceof Instant) return value;
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
   * milliseconds print as Date.toISOString does, micro- and nanoseconds are kept.
   */
  toString(): string {
    const whole = new Date(this.epochSeconds * 1000).toISOString().slice(0, -5);
    const nanos = this.nanoOfSecond;
    const digits = nanos % 1_000_000 === 0 ? 3 : nanos % 1000 === 0 ? 6 : 9;
    return `${whole}.${String(nanos).padStart(9, '0').slice(0, digits)}Z`;
  }

  toJSON(): string {
    return this.toString();
  }
}
