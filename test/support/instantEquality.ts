import { expect } from 'vitest';
import { Instant } from '../../src/rest/wire/instant.js';

// An Instant keeps its fields private (a decoded one reads its text only when first used), so
// `toEqual` would see no fields and call any two instants equal. Instants are equal when they
// mean the same instant; one that is not an instant equals nothing.
expect.addEqualityTesters([
  function instantsEqual(a: unknown, b: unknown) {
    if (!(a instanceof Instant) && !(b instanceof Instant)) return undefined;
    if (!(a instanceof Instant) || !(b instanceof Instant)) return false;
    const [left, right] = [Instant.from(a), Instant.from(b)];
    return left !== undefined && right !== undefined && left.equals(right);
  },
]);
