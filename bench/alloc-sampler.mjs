// Preloaded by the benchmark into the gateway for --alloc-profile (node --import ./bench/alloc-sampler.mjs):
// samples allocations from start-up on, every ~16 KB allocated, counting objects the garbage collector has since
// freed too (what a request allocates, not only what it keeps). On an {type: 'alloc-profile', id, path} message over
// the IPC channel, stops, writes V8's sampling heap profile to `path` and answers. Bench-only: the product has no
// such hook.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import process from 'node:process';

const session = new Session();
session.connect();
const post = (method, params) =>
  new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );

await post('HeapProfiler.startSampling', {
  samplingInterval: 16384,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});

if (process.send) {
  process.on('message', (message) => {
    if (message?.type !== 'alloc-profile') return;
    post('HeapProfiler.stopSampling').then(
      ({ profile }) => {
        writeFileSync(message.path, JSON.stringify(profile));
        process.send?.({ type: 'alloc-profile', id: message.id, path: message.path });
      },
      (error) => process.send?.({ type: 'alloc-profile', id: message.id, error: String(error) }),
    );
  });
  // The channel must not keep the server alive once it wants to exit.
  process.channel?.unref();
}
