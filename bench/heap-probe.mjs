// Preloaded by the benchmark into a server it measures (node --expose-gc --import ./bench/heap-probe.mjs):
// on a {type: 'heap'} message over the IPC channel, runs a full GC and answers with the heap figures.
// Bench-only: the product has no such hook.
import process from 'node:process';

if (process.send) {
  process.on('message', (message) => {
    if (message?.type !== 'heap') return;
    globalThis.gc?.();
    const usage = process.memoryUsage();
    process.send?.({ type: 'heap', id: message.id, gcRan: typeof globalThis.gc === 'function', ...usage });
  });
  // The channel must not keep the server alive once it wants to exit.
  process.channel?.unref();
}
