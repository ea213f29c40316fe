import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * Sixteen digits in a row: the shortest integer literal that can lie beyond 2^53
 * (9007199254740993). Text without such a run holds no integer JSON.parse would round.
 */
const RUN = 16;
const ZERO = 48;

const isDigitAt = (text: string, at: number) => {
  const digit = text.charCodeAt(at) - ZERO;
  return digit >= 0 && digit <= 9;
};

/** Integers beyond ±2^53 as bigints; every other number as JSON.parse reads it. */
function exactNumber(text: string): number | bigint {
  return isInteger(text) && !isSafeNumber(text) ? BigInt(text) : Number.parseFloat(text);
}

/**
 * Whether JSON text may hold an integer that JSON.parse would round: whether it has a run of
 * sixteen digits. Every answer from Stream is scanned, up to 0.5 MB of it per request, so this
 * looks at one character in sixteen where it can (a regular expression reads them all, and cost
 * 5% of the gateway's CPU in bench S3): a run of sixteen that ends at or after `end` covers `end`,
 * so a non-digit there rules out every run ending before `end + 16`, and a digit there is
 * followed back only to the start of its own run.
 */
export function mayHoldBigInteger(text: string): boolean {
  let end = RUN - 1;
  while (end < text.length) {
    if (!isDigitAt(text, end)) {
      end += RUN;
      continue;
    }
    let start = end;
    while (start > end - RUN + 1 && isDigitAt(text, start - 1)) start--;
    if (start === end - RUN + 1) return true;
    // The run through `end` starts at `start`: a run of sixteen must end at least sixteen after the non-digit before it.
    end = start - 1 + RUN;
  }
  return false;
}

/**
 * JSON.parse, except that integers beyond ±2^53 come back as exact bigints. Node 20's JSON.parse
 * has no source-text access (a reviver sees the rounded number), so such text goes through
 * lossless-json; the common case, text without a 16-digit run, stays on the native parser.
 * Throws SyntaxError on invalid JSON, like JSON.parse.
 */
export function parseJson(text: string): unknown {
  if (!mayHoldBigInteger(text)) return JSON.parse(text);
  return parse(text, null, exactNumber);
}

function isBigIntError(error: unknown): boolean {
  return error instanceof TypeError && error.message.includes('BigInt');
}

/**
 * JSON.stringify that writes bigints as plain integer literals with every digit. JSON.stringify
 * refuses bigints, so only a value that holds one takes lossless-json's slower writer.
 */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!isBigIntError(error)) throw error;
    return stringify(value) as string;
  }
}
