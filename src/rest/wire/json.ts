import { isInteger, isSafeNumber, parse, stringify } from 'lossless-json';

/**
 * Sixteen digits in a row: the shortest integer literal that can lie beyond 2^53
 * (9007199254740993). Text without such a run holds no integer JSON.parse would round.
 */
const LONG_DIGIT_RUN = /\d{16}/;

/** Integers beyond ±2^53 as bigints; every other number as JSON.parse reads it. */
function exactNumber(text: string): number | bigint {
  return isInteger(text) && !isSafeNumber(text) ? BigInt(text) : Number.parseFloat(text);
}

/** Whether JSON text may hold an integer that JSON.parse would round. */
export function mayHoldBigInteger(text: string): boolean {
  return LONG_DIGIT_RUN.test(text);
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
