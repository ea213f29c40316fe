import { stringifyJson } from '../rest/wire/json.js';

/**
 * Upstream calls started ahead of the resolver that needs them, for one GraphQL request: a parent
 * field that can tell what a child field will ask for starts that call alongside its own, and
 * the child takes the answer instead of calling again. Each call started ahead is taken at most
 * once, so a request makes exactly the calls it made without it, only sooner; a child asking for
 * anything else calls as it always did.
 */
export class PrefetchedCalls<Input, Output> {
  private started?: Map<string, Promise<Output>>;

  constructor(private readonly call: (input: Input) => Promise<Output>) {}

  /**
   * Starts the call for `input` now, unless one for the same input is waiting already. A failure
   * is kept for whoever takes the call; if nobody does (the parent found nothing, or failed), it
   * is dropped rather than left unhandled.
   */
  start(input: Input): void {
    const key = keyOf(input);
    this.started ??= new Map();
    if (this.started.has(key)) return;
    const promise = this.call(input);
    promise.catch(() => {});
    this.started.set(key, promise);
  }

  /** The call for `input`: the one started ahead for the same input (once), else a new one. */
  run(input: Input): Promise<Output> {
    if (this.started?.size) {
      const key = keyOf(input);
      const started = this.started.get(key);
      if (started) {
        this.started.delete(key);
        return started;
      }
    }
    return this.call(input);
  }
}

/**
 * Inputs are made by the same code for the parent and the child (so their keys come out in the
 * same order); JSON leaves undefined members out, as the REST client does.
 */
function keyOf(input: unknown): string {
  return stringifyJson(input);
}
