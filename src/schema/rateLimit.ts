import type { GetRateLimitsResponse } from '../rest/wire/app.js';
import { builder } from './builder.js';

export const RateLimitPlatform = builder.enumType('RateLimitPlatform', {
  description: 'The kinds of client Stream keeps separate rate limits for.',
  values: {
    SERVER_SIDE: { value: 'server_side', description: 'Calls made with the API secret.' },
    ANDROID: { value: 'android', description: 'The Android SDKs.' },
    IOS: { value: 'ios', description: 'The iOS SDKs.' },
    WEB: { value: 'web', description: 'The JavaScript SDKs in browsers.' },
    UNITY: { value: 'unity', description: 'The Unity SDK.' },
  } as const,
});

/** One endpoint's entry of a platform's rate-limit map. */
interface EndpointRateLimit {
  endpoint: string;
  limit: number;
  remaining: number;
  /** Unix seconds when the window resets. */
  reset: number;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** A platform's map (endpoint name → limit info) as a list ordered by endpoint. */
function endpointRateLimits(map: Record<string, unknown> | undefined): EndpointRateLimit[] | null {
  if (!map) return null;
  return Object.entries(map)
    .map(([endpoint, value]) => {
      const info = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      return { endpoint, limit: count(info.limit), remaining: count(info.remaining), reset: count(info.reset) };
    })
    .sort((a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0));
}

export const EndpointRateLimitRef = builder.objectRef<EndpointRateLimit>('EndpointRateLimit').implement({
  description: 'The rate limit of one endpoint on one platform.',
  fields: (t) => ({
    endpoint: t.exposeString('endpoint', { description: 'The endpoint, named as Stream names it (e.g. GetApp).' }),
    limit: t.exposeInt('limit', { description: 'Requests allowed per window.' }),
    remaining: t.exposeInt('remaining', { description: 'Requests left in the current window.' }),
    reset: t.field({
      type: 'DateTime',
      description: 'When the current window ends.',
      resolve: (limit) => new Date(limit.reset * 1000),
    }),
  }),
});

export const RateLimitsRef = builder.objectRef<GetRateLimitsResponse>('RateLimits').implement({
  description: 'The app’s rate limits per platform; a platform not asked for is null.',
  fields: (t) => ({
    serverSide: t.field({
      type: [EndpointRateLimitRef],
      nullable: true,
      description: 'Limits of server-side calls.',
      resolve: (limits) => endpointRateLimits(limits.server_side),
    }),
    android: t.field({
      type: [EndpointRateLimitRef],
      nullable: true,
      description: 'Limits of Android clients.',
      resolve: (limits) => endpointRateLimits(limits.android),
    }),
    ios: t.field({
      type: [EndpointRateLimitRef],
      nullable: true,
      description: 'Limits of iOS clients.',
      resolve: (limits) => endpointRateLimits(limits.ios),
    }),
    web: t.field({
      type: [EndpointRateLimitRef],
      nullable: true,
      description: 'Limits of web clients.',
      resolve: (limits) => endpointRateLimits(limits.web),
    }),
    unity: t.field({
      type: [EndpointRateLimitRef],
      nullable: true,
      description: 'Limits of Unity clients.',
      resolve: (limits) => endpointRateLimits(limits.unity),
    }),
  }),
});
