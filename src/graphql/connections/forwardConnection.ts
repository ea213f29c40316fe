import { builder } from '../builder.js';

/**
 * The arguments of a connection over an operation that only reads forwards (keysets, `next`-only
 * cursors): `first`/`after`, without the `last`/`before` Relay's connection arguments add.
 */
export const forwardConnectionArgs = () =>
  builder.args((t) => ({
    first: t.int({ description: 'How many items to read (the page size by default).' }),
    after: t.string({ description: 'Read the items after this cursor.' }),
  }));
