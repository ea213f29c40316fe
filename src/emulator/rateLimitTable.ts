import { operationList } from '../rest/operations.js';
import { CLIENT_OPERATIONS } from './auth.js';

export const RATE_LIMIT_PLATFORMS = ['server_side', 'android', 'ios', 'web', 'unity'] as const;
export type RateLimitPlatform = (typeof RATE_LIMIT_PLATFORMS)[number];

export interface LimitInfo {
  limit: number;
  remaining: number;
  /** Unix seconds when the window resets. */
  reset: number;
}

/** Operations Stream limits tightly because each call does a lot of work. */
const HEAVY = new Set([
  'exportUsers',
  'exportUser',
  'createImport',
  'createImportURL',
  'createImportV2Task',
  'importBlockList',
  'deleteUsers',
  'deactivateUsers',
  'reactivateUsers',
  'restoreUsers',
  'checkPush',
  'checkSNS',
  'checkSQS',
  'checkExternalStorage',
  'validateImporterExternalStorage',
  'updateApp',
]);

const WINDOW_SECONDS = 60;

/** `getApp` → `GetApp`: Stream names endpoints after their operation ids. */
export function endpointName(operation: string): string {
  return operation.charAt(0).toUpperCase() + operation.slice(1);
}

function limitFor(platform: RateLimitPlatform, operation: string): number {
  if (platform === 'server_side') return HEAVY.has(operation) ? 60 : 10_000;
  return HEAVY.has(operation) ? 30 : 1_000;
}

/**
 * Every endpoint's limit per platform, for one-minute windows. Client platforms only list the
 * operations a user token may call. `remaining` is the full limit: the emulator does not count
 * calls per platform.
 */
export function rateLimitTable(
  platforms: readonly RateLimitPlatform[],
  endpoints: ReadonlySet<string> | undefined,
  now = Date.now(),
): Partial<Record<RateLimitPlatform, Record<string, LimitInfo>>> {
  const reset = Math.ceil(now / 1000 / WINDOW_SECONDS) * WINDOW_SECONDS;
  const table: Partial<Record<RateLimitPlatform, Record<string, LimitInfo>>> = {};
  for (const platform of platforms) {
    const limits: Record<string, LimitInfo> = {};
    for (const { name } of operationList) {
      if (platform !== 'server_side' && !CLIENT_OPERATIONS.has(name)) continue;
      const endpoint = endpointName(name);
      if (endpoints && !endpoints.has(endpoint.toLowerCase())) continue;
      const limit = limitFor(platform, name);
      limits[endpoint] = { limit, remaining: limit, reset };
    }
    table[platform] = limits;
  }
  return table;
}
