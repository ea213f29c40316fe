import type { OperationName } from '../../../src/rest/operations.js';

/** What steps of one family hand to each other: ids, urls, task ids. */
export type Context = Record<string, any>;

/** One call of one operation, as both the official SDK and our client can make it. */
export interface Step {
  operation: OperationName;
  /** The SDK-style input (path, query and body fields in one object); none when absent. */
  input?: (context: Context) => Record<string, unknown>;
  /** Keeps what later steps need from the decoded answer. */
  keep?: (answer: any, context: Context) => void;
  /** Checks the decoded answer (state round trips); only run where the state is exactly the family's. */
  check?: (answer: any, context: Context) => void;
  /** The Stream error code this step must fail with, instead of succeeding. */
  failsWith?: number;
}

/** An ordered story over one domain: create → get → update → get → delete → get, and the rest. */
export interface Family {
  name: string;
  steps: Step[];
}

/** Users every family may need, made through an operation so every client can set them up. */
export function upsertUsersStep(...ids: string[]): Step {
  return {
    operation: 'updateUsers',
    input: () => ({ users: Object.fromEntries(ids.map((id) => [id, { id, name: `User ${id}` }])) }),
  };
}
