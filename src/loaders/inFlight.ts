import type { StreamClient } from '../rest/client.js';
import { operations } from '../rest/operations.js';

/**
 * Counts the upstream calls of one GraphQL request while they are in flight. Loaders dispatch
 * their batches only once none is: look-ups that the answers of sibling calls cause (a voter
 * missing from one of 25 vote pages, say) then share one batch, however the answers arrive.
 */
export class InFlightCalls {
  private pending = 0;
  private readonly waiting: (() => void)[] = [];
  private checkScheduled = false;

  /** The client, with each of its calls counted until it settles. */
  track(stream: StreamClient): StreamClient {
    const wrapped = new Map<PropertyKey, unknown>();
    return new Proxy(stream, {
      get: (target, name) => {
        const original = Reflect.get(target, name) as unknown;
        if (typeof name !== 'string' || !Object.hasOwn(operations, name)) return original;
        let method = wrapped.get(name);
        if (!method) {
          method = (...args: unknown[]) => this.count((original as (...a: unknown[]) => Promise<unknown>)(...args));
          wrapped.set(name, method);
        }
        return method;
      },
    });
  }

  /** A DataLoader `batchScheduleFn`: runs `dispatch` once no call of the request is in flight. */
  readonly schedule = (dispatch: () => void): void => {
    this.waiting.push(dispatch);
    this.scheduleCheck();
  };

  private count<T>(call: Promise<T>): Promise<T> {
    this.pending += 1;
    const settled = () => {
      this.pending -= 1;
      this.scheduleCheck();
    };
    call.then(settled, settled);
    return call;
  }

  // setImmediate runs after every promise job, so resolvers still working on a settled answer
  // enqueue their look-ups before the batches leave.
  private scheduleCheck(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    setImmediate(() => {
      this.checkScheduled = false;
      if (this.pending > 0) return;
      for (const dispatch of this.waiting.splice(0)) dispatch();
    });
  }
}
