import type { BenchResults, Target } from './results.js';

/**
 * S5's targets: the gateway with its response cache on serves the poll page at ≥ 1.5× the direct
 * client's throughput, and calls Stream for none of the reads it answers from the cache (the
 * answer check before the count is the miss that fills it).
 */
export function cacheTargets(results: BenchResults): Target[] {
  const targets: Target[] = [];
  const hits = results.upstream.S5?.['gateway+cache'];
  if (hits) {
    targets.push({
      target: 'upstream requests per operation on cache hits',
      scenario: 'S5',
      value: hits.perOp,
      goal: '0',
      met: hits.perOp === 0,
    });
  }
  const node = results.runtimes?.[0] ?? results.machine.node;
  for (const latencyMs of results.settings.latenciesMs) {
    const of = (contender: string) =>
      results.results.find(
        (r) =>
          r.scenario === 'S5' && r.contender === contender && r.latencyMs === latencyMs && (r.node ?? node) === node,
      );
    const cached = of('gateway+cache');
    const direct = of('direct');
    if (!cached || !direct) continue;
    const value = cached.median.requestsPerSecond / direct.median.requestsPerSecond;
    targets.push({
      target: 'throughput gateway+cache/direct',
      scenario: 'S5',
      latencyMs,
      value,
      goal: '≥ 1.5',
      met: value >= 1.5,
    });
  }
  return targets;
}
