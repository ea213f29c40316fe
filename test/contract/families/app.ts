import { expect } from 'vitest';
import type { Family } from './family.js';

export const appFamily: Family = {
  name: 'app settings, checks and rate limits',
  steps: [
    { operation: 'getApp', check: (answer) => expect(answer.app.permission_version).toBeTypeOf('string') },
    {
      operation: 'updateApp',
      input: () => ({
        webhook_url: 'https://hooks.example.test/contract',
        enforce_unique_usernames: 'app',
        chat_primary_use_case: 'community',
        feed_audit_logs_enabled: true,
        moderation_dashboard_preferences: { custom_views_enabled: true, filterable_custom_keys: ['tier'] },
      }),
    },
    {
      operation: 'getApp',
      check: (answer) =>
        expect(answer.app).toMatchObject({
          webhook_url: 'https://hooks.example.test/contract',
          enforce_unique_usernames: 'app',
          chat_primary_use_case: 'community',
          feed_audit_logs_enabled: true,
          moderation_dashboard_preferences: { custom_views_enabled: true, filterable_custom_keys: ['tier'] },
        }),
    },
    {
      operation: 'checkSNS',
      input: () => ({ sns_key: 'k', sns_secret: 's', sns_topic_arn: 'arn:aws:sns:us-east-1:123456789012:events' }),
      check: (answer) => expect(answer.status).toBe('ok'),
    },
    {
      operation: 'checkSQS',
      input: () => ({ sqs_key: 'k', sqs_secret: 's', sqs_url: 'https://sqs.eu-west-1.amazonaws.com/123456789012/q' }),
      check: (answer) => expect(answer.status).toBe('ok'),
    },
    {
      operation: 'getOG',
      input: () => ({ url: 'https://www.example.test/blog/hello-world' }),
      check: (answer) => expect(answer.og_scrape_url).toBe('https://www.example.test/blog/hello-world'),
    },
    {
      operation: 'getRateLimits',
      input: () => ({ server_side: true, web: true, endpoints: 'GetApp,UpdateApp' }),
      check: (answer) => expect(Object.keys(answer.server_side).sort()).toEqual(['GetApp', 'UpdateApp']),
    },
  ],
};
