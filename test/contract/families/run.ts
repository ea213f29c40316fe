import { expect } from 'vitest';
import type { OperationName } from '../../../src/rest/operations.js';
import type { Context, Family, Step } from './family.js';

/** Calls one operation with SDK-style input, answering the decoded body or throwing the client's error. */
export type Call = (operation: OperationName, input: Record<string, unknown>) => Promise<any>;

export type Settled = { ok: true; answer: any } | { ok: false; error: unknown };

export async function settle(promise: Promise<unknown>): Promise<Settled> {
  try {
    return { ok: true, answer: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Both clients' errors carry Stream's code as `code`. */
export function streamCode(error: unknown): number | undefined {
  return (error as { code?: number } | undefined)?.code;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function stepLabel(family: Family, index: number, step: Step): string {
  return `${family.name} · step ${index + 1} ${step.operation}`;
}

/**
 * Runs a family's steps in order, each with the caller `callerFor` picks, and checks that each
 * step succeeds (and passes its check) or fails with its Stream code. Stops at the first broken step:
 * later steps depend on it.
 */
export async function runFamily(
  family: Family,
  callerFor: (operation: OperationName) => Call,
  onAnswer: (operation: OperationName, answer: any) => void = () => {},
): Promise<void> {
  const context: Context = {};
  for (const [index, step] of family.steps.entries()) {
    const label = stepLabel(family, index, step);
    const outcome = await settle(callerFor(step.operation)(step.operation, step.input?.(context) ?? {}));
    if (step.failsWith !== undefined) {
      expect(outcome.ok, `${label} should fail with Stream code ${step.failsWith}`).toBe(false);
      if (!outcome.ok)
        expect(streamCode(outcome.error), `${label}: ${describeError(outcome.error)}`).toBe(step.failsWith);
      continue;
    }
    if (!outcome.ok) throw new Error(`${label} failed: ${describeError(outcome.error)}`);
    step.keep?.(outcome.answer, context);
    if (step.check) {
      try {
        step.check(outcome.answer, context);
      } catch (error) {
        throw new Error(`${label}: ${describeError(error)}`);
      }
    }
    onAnswer(step.operation, outcome.answer);
  }
}
