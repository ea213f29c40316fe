import { util, type Dispatcher } from 'undici';

/** How far one attempt got: waiting for a socket, being written, wholly written, answered. */
export type AttemptStage = 'queued' | 'writing' | 'sent' | 'answered';

export interface AttemptAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * One request given to the pool, watched stage by stage. undici's `request()` hides whether the
 * request was written before a failure, which decides whether a write may have been applied, so
 * this is a dispatch handler of undici's documented (legacy) interface that records it: onConnect
 * when a socket takes the request, onRequestSent once all of it was written.
 */
export class Attempt implements Dispatcher.DispatchHandler {
  stage: AttemptStage = 'queued';
  readonly answer: Promise<AttemptAnswer>;
  private settle!: { resolve: (answer: AttemptAnswer) => void; reject: (error: unknown) => void };
  private settled = false;
  private leftQueue = false;
  private abortOnSocket?: (error: Error) => void;
  private status = 0;
  private headers: Record<string, string | string[] | undefined> = {};
  private readonly chunks: Buffer[] = [];

  constructor(private readonly onDequeued: () => void) {
    this.answer = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  /** Ends the attempt now with `reason`, whatever its stage. */
  cancel(reason: Error): void {
    if (this.settled) return;
    this.finish();
    this.settle.reject(reason);
    // A request still in the pool's queue cannot be taken out of it; onConnect drops it once a
    // socket reaches it, without writing anything.
    this.abortOnSocket?.(reason);
  }

  onConnect(abort: (error?: Error) => void): void {
    this.leaveQueue();
    // Throwing here makes undici drop the request and keep the socket for the next one.
    if (this.settled) throw new Error('attempt cancelled while queued');
    this.stage = 'writing';
    this.abortOnSocket = abort;
  }

  onRequestSent(): void {
    this.stage = 'sent';
  }

  onHeaders(status: number, rawHeaders: Buffer[]): boolean {
    this.stage = 'answered';
    this.status = status;
    this.headers = util.parseHeaders(rawHeaders);
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.chunks.push(chunk);
    return true;
  }

  onComplete(): void {
    if (this.settled) return;
    const text = Buffer.concat(this.chunks).toString('utf8');
    this.finish();
    this.settle.resolve({ status: this.status, headers: this.headers, text });
  }

  onError(error: Error): void {
    this.leaveQueue();
    if (this.settled) return;
    this.finish();
    this.settle.reject(error);
  }

  private leaveQueue(): void {
    if (this.leftQueue) return;
    this.leftQueue = true;
    this.onDequeued();
  }

  private finish(): void {
    this.settled = true;
    this.chunks.length = 0;
  }
}
