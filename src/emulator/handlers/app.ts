import type { PushProvider, PushTemplate } from '../../rest/wire/app.js';
import { appSettingsFor, applyAppUpdate } from '../appSettings.js';
import type { AppRecord } from '../defaultApp.js';
import type { Handlers } from '../handler.js';
import { openGraphFor } from '../openGraph.js';
import { pushStoreFor, templatesOf, type PushProviderRecord, type PushStore } from '../pushStore.js';
import { RATE_LIMIT_PLATFORMS, rateLimitTable } from '../rateLimitTable.js';
import type { Emitted, EmulatorState } from '../state.js';

const SNS_TOPIC_ARN = /^arn:aws:sns:[a-z]{2}(-[a-z]+)+-\d:\d{12}:[\w-]{1,256}$/;
const SQS_URL = /^https:\/\/sqs\.[a-z]{2}(-[a-z]+)+-\d\.amazonaws\.com\/\d{12}\/[\w-]{1,80}$/;

/** Secrets a user token never sees in getApp. */
const SERVER_ONLY_FIELDS = ['sns_key', 'sns_secret', 'sqs_key', 'sqs_secret', 'webhook_url', 'moderation_webhook_url'];

export function appHandlers(state: EmulatorState): Handlers {
  return {
    getApp({ caller }) {
      const app = appView(appSettingsFor(state).app, pushStoreFor(state));
      if (caller.kind === 'user') {
        for (const field of SERVER_ONLY_FIELDS) (app as Record<string, unknown>)[field] = '';
        app.event_hooks = [];
        app.push_notifications.providers = [];
      }
      return { app };
    },

    updateApp({ body }) {
      applyAppUpdate(state, body);
      return {};
    },

    getRateLimits({ params }) {
      const requested = RATE_LIMIT_PLATFORMS.filter((platform) => params[platform] === true);
      const endpoints = typeof params.endpoints === 'string' && params.endpoints.trim() !== '' ? params.endpoints : '';
      const names = endpoints
        ? new Set(endpoints.split(',').map((name: string) => name.trim().toLowerCase()))
        : undefined;
      return rateLimitTable(requested.length ? requested : RATE_LIMIT_PLATFORMS, names);
    },

    checkSNS({ body }) {
      const app = appSettingsFor(state).app;
      const key = body.sns_key ?? app.sns_key;
      const secret = body.sns_secret ?? app.sns_secret;
      const topic = body.sns_topic_arn ?? app.sns_topic_arn;
      if (!key || !secret) return { status: 'error', error: 'SNS key and secret are required' };
      if (!SNS_TOPIC_ARN.test(topic)) return { status: 'error', error: `invalid SNS topic ARN "${topic}"` };
      return { status: 'ok' };
    },

    checkSQS({ body }) {
      const app = appSettingsFor(state).app;
      const key = body.sqs_key ?? app.sqs_key;
      const secret = body.sqs_secret ?? app.sqs_secret;
      const url = body.sqs_url ?? app.sqs_url;
      if (!key || !secret) return { status: 'error', error: 'SQS key and secret are required' };
      if (!SQS_URL.test(url)) return { status: 'error', error: `invalid SQS queue URL "${url}"` };
      return { status: 'ok' };
    },

    getOG({ params }) {
      return openGraphFor(params.url as string);
    },
  };
}

/** A copy of the settings with the configured push providers listed, as getApp answers. */
function appView(app: AppRecord, push: PushStore): AppRecord {
  const view = structuredClone(app);
  view.push_notifications.providers = [...push.providers.values()]
    .sort((a, b) => (a.created_at < b.created_at ? -1 : 1))
    .map((provider) => appProvider(provider, push));
  return view;
}

function appProvider(provider: PushProviderRecord, push: PushStore): Emitted<PushProvider> {
  const { internal_id, ...fields } = provider;
  return {
    ...structuredClone(fields),
    push_templates: templatesOf(push, internal_id).map(({ push_provider_internal_id: _id, ...template }) => ({
      ...template,
      event_type: template.event_type as PushTemplate['event_type'],
    })),
  };
}
