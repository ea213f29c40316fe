import { HEAP_PROBE, launch, type LaunchContext } from './contenders.js';
import type { EmulatorControl } from './emulatorControl.js';
import { runRound, type RequestSpec, type RoundResult } from './load.js';
import { untilIdle } from './processCpu.js';
import { rssBytes } from './processMemory.js';
import type { ContenderName } from './scenarios.js';
import { askService, type Service } from './services.js';
import type { TokenSource } from './tokens.js';

/** The gateway's Stream and request timeouts while it holds the in-flight load. */
const HELD_TIMEOUT_MS = 60_000;

export interface InFlightMemory {
  contender: ContenderName;
  scenario: string;
  inFlight: number;
  latencyMs: number;
  /** After warm-up and a full GC, nothing in flight. */
  idle: { rssBytes: number; heapUsedBytes: number };
  /** Highest RSS sampled while the requests were in flight. */
  peakRssBytes: number;
  /** Highest heap after a full GC taken while the requests were in flight. */
  heapUnderLoadBytes: number;
  /** Once the server is idle again after the load, after a full GC (what stays behind). */
  after: { rssBytes: number; heapUsedBytes: number };
  rssGrowthPer1kBytes: number;
  heapGrowthPer1kBytes: number;
  load: RoundResult;
}

interface HeapAnswer {
  type: 'heap';
  id: number;
  heapUsed: number;
  rss: number;
}

function askHeap(service: Service): Promise<HeapAnswer> {
  return askService<HeapAnswer>(service, { type: 'heap' }, 10_000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds `inFlight` requests open against one contender (one per connection, the emulator slowed
 * down so they stay in flight) and reports what they cost in RSS and in live heap.
 */
export async function measureInFlightMemory(options: {
  contender: ContenderName;
  scenario: string;
  request: RequestSpec;
  context: LaunchContext;
  emulator: EmulatorControl;
  tokens: TokenSource;
  inFlight: number;
  latencyMs: number;
  seconds: number;
  failed: (body: string) => boolean;
}): Promise<InFlightMemory> {
  const { emulator, request, tokens, inFlight } = options;
  const service = await launch(options.contender, options.context, {
    nodeFlags: ['--expose-gc', '--import', `./${HEAP_PROBE}`],
    label: 'memory',
    ipc: true,
    // Lifts the gateway's admission cap and its bound on Stream calls waiting for a socket, which
    // would otherwise refuse part of the load with OVERLOADED, and its timeouts, which would cut the
    // calls the emulator is slow to answer under this load (the other contenders wait): this
    // measures holding the same requests, not refusing or cutting them.
    env: options.contender.startsWith('gateway')
      ? {
          MAX_IN_FLIGHT: '0',
          STREAM_MAX_QUEUE: String(options.inFlight * 30),
          STREAM_TIMEOUT_MS: String(HELD_TIMEOUT_MS),
          REQUEST_TIMEOUT_MS: String(HELD_TIMEOUT_MS),
        }
      : undefined,
  });
  try {
    await emulator.setLatency(0);
    await runRound({
      origin: service.origin,
      request,
      tokens,
      connections: 16,
      durationSeconds: 3,
      failed: options.failed,
    });
    await sleep(500);
    const idleHeap = await askHeap(service);
    const idle = { rssBytes: rssBytes(service.pid), heapUsedBytes: idleHeap.heapUsed };

    await emulator.setLatency(options.latencyMs);
    let peakRss = 0;
    let heapUnderLoad = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssBytes(service.pid))), 100);
    const loading = runRound({
      origin: service.origin,
      request,
      tokens,
      connections: inFlight,
      durationSeconds: options.seconds,
      failed: options.failed,
    });
    // Once every connection has its request open, take the live heap a few times.
    await sleep(Math.min(3000, (options.seconds * 1000) / 3));
    for (let i = 0; i < 3; i++) {
      heapUnderLoad = Math.max(heapUnderLoad, (await askHeap(service)).heapUsed);
      await sleep(500);
    }
    const load = await loading;
    clearInterval(sampler);

    await emulator.setLatency(0);
    await untilIdle(service.pid);
    const afterHeap = await askHeap(service);
    const per1k = inFlight / 1000;
    return {
      contender: options.contender,
      scenario: options.scenario,
      inFlight,
      latencyMs: options.latencyMs,
      idle,
      peakRssBytes: peakRss,
      heapUnderLoadBytes: heapUnderLoad,
      after: { rssBytes: rssBytes(service.pid), heapUsedBytes: afterHeap.heapUsed },
      rssGrowthPer1kBytes: (peakRss - idle.rssBytes) / per1k,
      heapGrowthPer1kBytes: (heapUnderLoad - idle.heapUsedBytes) / per1k,
      load,
    };
  } finally {
    await emulator.setLatency(0);
    await service.stop();
  }
}
