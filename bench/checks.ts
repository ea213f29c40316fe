import type { BenchData } from './benchData.js';
import type { EmulatorControl } from './emulatorControl.js';
import type { UpstreamCount, Verification } from './results.js';
import { scenarios, type ContenderName, type ScenarioName } from './scenarios.js';
import { sendOnce } from './singleRequest.js';
import type { TokenSource } from './tokens.js';

/** A GraphQL answer with an `errors` entry, or Mesh's error member of a response union, is a failure. */
export const failedFor = (contender: ContenderName): ((body: string) => boolean) =>
  contender === 'direct' ? () => false : (body) => body.includes('"errors"') || body.includes('"APIError"');

/** One request, checked: HTTP 200, no error, and the figures the scenario compares across contenders. */
export async function checkAnswer(
  origin: string,
  contender: ContenderName,
  scenarioName: ScenarioName,
  data: BenchData,
  tokens: TokenSource,
): Promise<Verification> {
  const scenario = scenarios[scenarioName];
  try {
    const { status, text } = await sendOnce(origin, scenario.request(contender, data), tokens.next());
    if (status !== 200 || failedFor(contender)(text)) {
      return { ok: false, status, error: `HTTP ${status}: ${text.slice(0, 600)}` };
    }
    return { ok: true, status, summary: scenario.summarize(contender, JSON.parse(text)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Upstream requests per operation, counted exactly from the emulator's log over sequential requests. */
export async function countUpstream(
  origin: string,
  contender: ContenderName,
  scenarioName: ScenarioName,
  data: BenchData,
  tokens: TokenSource,
  control: EmulatorControl,
  requests: number,
): Promise<UpstreamCount> {
  const spec = scenarios[scenarioName].request(contender, data);
  await control.clearLog();
  for (let i = 0; i < requests; i++) await sendOnce(origin, spec, tokens.next());
  await new Promise((resolve) => setTimeout(resolve, 50));
  const { total, byOperation } = await control.countLog();
  for (const key of Object.keys(byOperation)) byOperation[key] = byOperation[key]! / requests;
  return { perOp: total / requests, byOperation };
}
