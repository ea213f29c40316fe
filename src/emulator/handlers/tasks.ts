import { nowTimestamp } from '../clock.js';
import { notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';

export function taskHandlers(state: EmulatorState): Handlers {
  return {
    getTask({ params }) {
      const task = state.tasks.get(params.id as string);
      if (!task) throw notFound(`task ${String(params.id)}`);
      if (task.status === 'pending' && task.pendingReads > 0) {
        task.pendingReads -= 1;
      } else if (task.status === 'pending') {
        try {
          task.result = task.complete();
          task.status = 'completed';
        } catch (error) {
          task.status = 'failed';
          task.error = { type: 'task_error', description: error instanceof Error ? error.message : String(error) };
        }
        task.updated_at = nowTimestamp();
      }
      const { pendingReads: _reads, complete: _complete, ...wire } = task;
      return wire;
    },
  };
}
