import type { GraphQLContext } from './context.js';

export const REDACTED = '[redacted]';

/**
 * Secret-bearing values (push credentials, SNS/SQS and storage keys) leave the gateway only
 * when the deployment chose to reveal them to server callers.
 */
export function revealSecret(value: string | null | undefined, context: GraphQLContext): string | null {
  if (value === null || value === undefined || value === '') return value ?? null;
  return context.revealSecrets && context.caller.kind === 'server' ? value : REDACTED;
}
