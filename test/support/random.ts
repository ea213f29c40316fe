/**
 * A small deterministic generator (a 32-bit linear congruential one), so that a randomized test
 * fails on the same texts every run. `next(below)` gives a whole number from 0 to below − 1.
 */
export function seededRandom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    // Math.imul keeps the product exact in 32 bits: a plain multiplication passes 2^53 and rounds.
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
}
