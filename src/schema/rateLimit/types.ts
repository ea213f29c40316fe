import { LimitInfoResponse, type GetRateLimitsResponse } from '../../rest/wire/rateLimits.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';
import { enumValues } from '../../graphql/openEnum.js';

const RATE_LIMIT_PLATFORMS = {
  SERVER_SIDE: { value: 'server_side', description: 'Calls made with the API secret.' },
  ANDROID: { value: 'android', description: 'The Android SDKs.' },
  IOS: { value: 'ios', description: 'The iOS SDKs.' },
  WEB: { value: 'web', description: 'The JavaScript SDKs in browsers.' },
  UNITY: { value: 'unity', description: 'The Unity SDK.' },
} as const;

export const RateLimitPlatform = builder.enumType('RateLimitPlatform', {
  description: 'The kinds of client Stream keeps separate rate limits for.',
  values: RATE_LIMIT_PLATFORMS,
});

/** One endpoint's entry of a platform's rate-limit map, with the endpoint it is keyed by. */
type EndpointRateLimit = LimitInfoResponse & { endpoint: string };

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
    ...wireFields(t, LimitInfoResponse, {
      limit: 'Requests allowed per window.',
      remaining: 'Requests left in the current window.',
    }),
    reset: t.field({
      type: 'DateTime',
      description: 'When the current window ends.',
      resolve: (limit) => new Date(limit.reset * 1000),
    }),
  }),
});

/** The answer's keys that are not rate-limit maps of a platform. */
const NOT_PLATFORMS = new Set(['duration', 'metadata']);

interface PlatformRateLimits {
  platform: string;
  limits: EndpointRateLimit[];
}

/** Platform maps under names this gateway does not know, so that none is dropped. */
function otherPlatformLimits(limits: GetRateLimitsResponse): PlatformRateLimits[] {
  const known = new Set<string>(enumValues(RATE_LIMIT_PLATFORMS));
  return Object.entries(limits)
    .filter(([key, map]) => !known.has(key) && !NOT_PLATFORMS.has(key) && typeof map === 'object' && map !== null)
    .map(([platform, map]) => ({ platform, limits: endpointRateLimits(map as Record<string, unknown>) ?? [] }))
    .sort((a, b) => (a.platform < b.platform ? -1 : a.platform > b.platform ? 1 : 0));
}

export const PlatformRateLimitsRef = builder.objectRef<PlatformRateLimits>('PlatformRateLimits').implement({
  description: 'The rate limits of a platform this gateway has no field for yet.',
  fields: (t) => ({
    platform: t.exposeString('platform', { description: 'The platform as Stream names it.' }),
    limits: t.expose('limits', { type: [EndpointRateLimitRef], description: 'Its limits per endpoint.' }),
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
    otherPlatforms: t.field({
      type: [PlatformRateLimitsRef],
      description: 'Limits of platforms Stream added after this gateway was built, by the name Stream gives them.',
      resolve: (limits) => otherPlatformLimits(limits),
    }),
  }),
});
