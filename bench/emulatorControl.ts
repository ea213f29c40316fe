import { request } from 'undici';

/** The emulator's HTTP control endpoints (`/_emulator/...`), as the harness drives them from outside. */
export class EmulatorControl {
  constructor(private readonly origin: string) {}

  private async call(method: 'GET' | 'PUT' | 'POST' | 'DELETE', action: string, body?: unknown): Promise<unknown> {
    const response = await request(`${this.origin}/_emulator/${action}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`emulator ${method} ${action}: ${response.statusCode} ${text}`);
    return JSON.parse(text) as unknown;
  }

  async setLatency(latencyMs: number): Promise<void> {
    await this.call('PUT', 'controls', { latencyMs });
  }

  async clearLog(): Promise<void> {
    await this.call('DELETE', 'log');
  }

  /** Requests logged since the last clear, by operation name. */
  async countLog(): Promise<{ total: number; byOperation: Record<string, number> }> {
    const { requests } = (await this.call('GET', 'log')) as { requests: { operation: string }[] };
    const byOperation: Record<string, number> = {};
    for (const entry of requests) byOperation[entry.operation] = (byOperation[entry.operation] ?? 0) + 1;
    return { total: requests.length, byOperation };
  }
}
