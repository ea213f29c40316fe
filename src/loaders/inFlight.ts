/**
 * Counts the upstream calls of one GraphQL request while they are in flight (the request's client
 * hooks tell it when each starts and settles). Loaders dispatch their batches only once none is:
 * look-ups that the answers of sibling calls cause (a voter missing from one of 25 vote pages, say)
 * then share one batch, however the answers arrive.
 */
export class InFlightCalls {
  private pending = 0;
  private readonly waiting: (() => void)[] = [];
  private checkScheduled = false;

  /** A call of the request was started. */
  started(): void {
    this.pending += 1;
  }

  /** A call of the request settled: answered or failed. */
  settled(): void {
    this.pending -= 1;
    this.scheduleCheck();
  }

  /** A DataLoader `batchScheduleFn`: runs `dispatch` once no call of the request is in flight. */
  readonly schedule = (dispatch: () => void): void => {
    this.waiting.push(dispatch);
    this.scheduleCheck();
  };

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
