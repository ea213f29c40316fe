import { builder } from '../../graphql/builder.js';
import { RateLimitPlatform, RateLimitsRef } from '../../schema/rateLimit/types.js';

builder.queryField('rateLimits', (t) =>
  t.field({
    type: RateLimitsRef,
    nullable: true,
    description: 'The app’s rate limits, per platform and endpoint (getRateLimits).',
    authScopes: { server: true },
    args: {
      platforms: t.arg({
        type: [RateLimitPlatform],
        description: 'The platforms to report; every platform when left out.',
      }),
      endpoints: t.arg.stringList({ description: 'Only these endpoints (e.g. GetApp); all when left out.' }),
    },
    resolve: (_root, { platforms, endpoints }, { stream }) => {
      const wanted = new Set(platforms ?? []);
      const flag = (platform: typeof RateLimitPlatform.$inferType) => (wanted.has(platform) ? true : undefined);
      return stream.getRateLimits({
        server_side: flag('server_side'),
        android: flag('android'),
        ios: flag('ios'),
        web: flag('web'),
        unity: flag('unity'),
        endpoints: endpoints?.length ? endpoints.join(',') : undefined,
      });
    },
  }),
);
