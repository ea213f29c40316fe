import { GraphQLError } from 'graphql';
import { callerKey, type Caller } from '../caller.js';

export interface SubscriptionCapSettings {
  /** Subscriptions one WebSocket connection may hold at once (an SSE connection holds one). */
  perConnection: number;
  /** Subscriptions one caller (the server token, or one user) may hold at once in this process. */
  perCaller: number;
}

export const DEFAULT_SUBSCRIPTION_CAPS: SubscriptionCapSettings = { perConnection: 20, perCaller: 100 };

/** The subscriptions of one connection, counted while they run. */
export interface ConnectionSubscriptions {
  active: number;
}

function capExceeded(what: string, max: number): GraphQLError {
  return new GraphQLError(`${what} may hold at most ${max} subscriptions at once`, {
    extensions: { code: 'SUBSCRIPTION_LIMIT_EXCEEDED', limit: { name: what, max } },
  });
}

/** Counts running subscriptions per connection and per caller, and refuses those past the caps. */
export class SubscriptionCaps {
  private readonly byCaller = new Map<string, number>();

  constructor(private readonly settings: SubscriptionCapSettings) {}

  /** Counts a new subscription, or throws SUBSCRIPTION_LIMIT_EXCEEDED; the function returned uncounts it. */
  admit(caller: Caller, connection: ConnectionSubscriptions | undefined): () => void {
    const key = callerKey(caller);
    const held = this.byCaller.get(key) ?? 0;
    if (connection && connection.active >= this.settings.perConnection)
      throw capExceeded('a connection', this.settings.perConnection);
    if (held >= this.settings.perCaller) throw capExceeded('a caller', this.settings.perCaller);
    this.byCaller.set(key, held + 1);
    if (connection) connection.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (connection) connection.active -= 1;
      const left = (this.byCaller.get(key) ?? 1) - 1;
      if (left > 0) this.byCaller.set(key, left);
      else this.byCaller.delete(key);
    };
  }

  /** Subscriptions running in this process. */
  get total(): number {
    let sum = 0;
    for (const count of this.byCaller.values()) sum += count;
    return sum;
  }
}
