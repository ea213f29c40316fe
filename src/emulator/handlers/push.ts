import { randomUUID } from 'node:crypto';
import { decodeInstant } from '../../rest/wire/primitives.js';
import { PUSH_PROVIDER_TYPES } from '../../rest/wire/push.js';
import { nowTimestamp } from '../clock.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import {
  providerKey,
  pushStoreFor,
  templateKey,
  templateOwnerId,
  templatesOf,
  type PushProviderRecord,
  type PushProviderType,
} from '../pushStore.js';
import {
  DEFAULT_APN_TEMPLATE,
  DEFAULT_FIREBASE_DATA_TEMPLATE,
  DEFAULT_FIREBASE_NOTIFICATION_TEMPLATE,
  renderTemplate,
  rendersToJson,
  sampleContext,
} from '../pushTemplates.js';
import { devicesOf } from '../devices/store.js';
import type { EmulatorState } from '../state.js';
import { actingUserId } from '../users/acting.js';

const PROVIDER_TYPES: readonly string[] = PUSH_PROVIDER_TYPES;

/** The credentials each provider type cannot work without (one of the alternatives). */
const REQUIRED_CREDENTIALS: Record<PushProviderType, string[][]> = {
  apn: [['apn_auth_key', 'apn_key_id', 'apn_team_id', 'apn_topic'], ['apn_p12_cert']],
  firebase: [['firebase_credentials'], ['firebase_server_key']],
  huawei: [['huawei_app_id', 'huawei_app_secret']],
  xiaomi: [['xiaomi_package_name', 'xiaomi_app_secret']],
};

type Preferences = Record<string, unknown>;

export function pushHandlers(state: EmulatorState): Handlers {
  const store = pushStoreFor(state);
  const userPreferences = new Map<string, Preferences>();
  /** By user id, then channel cid. */
  const channelPreferences = new Map<string, Map<string, Preferences>>();

  function templateFor(type: PushProviderType, eventType: string, name?: string): string | undefined {
    const ownerId = templateOwnerId(store, type, name);
    const stored = store.templates.get(templateKey(ownerId, eventType));
    return stored?.enable_push === false ? undefined : stored?.template;
  }

  return {
    upsertPushProvider({ body }) {
      const sent = body.push_provider as Record<string, any> | undefined;
      if (!sent) throw badInput('push_provider', 'is required');
      const type = sent.type as PushProviderType | undefined;
      if (!type) throw badInput('push_provider.type', 'is required');
      if (!PROVIDER_TYPES.includes(type)) {
        throw badInput('push_provider.type', `must be one of ${PROVIDER_TYPES.join(', ')}`);
      }
      const key = providerKey(type, sent.name);
      const existing = store.providers.get(key);
      const now = nowTimestamp();
      const provider: PushProviderRecord = {
        ...existing,
        ...structuredClone(sent),
        type,
        name: sent.name,
        internal_id: existing?.internal_id ?? randomUUID(),
        created_at: existing?.created_at ?? now,
        updated_at: now,
      };
      if (sent.disabled_at !== undefined) provider.disabled_at = decodeInstant(sent.disabled_at).toString();
      checkCredentials(provider);
      if (type === 'apn') provider.apn_auth_type = provider.apn_p12_cert ? 'certificate' : 'token';
      store.providers.set(key, provider);
      return { push_provider: providerWire(provider) };
    },

    listPushProviders() {
      const push_providers = [...store.providers.values()]
        .sort((a, b) => (a.created_at < b.created_at ? -1 : 1))
        .map(providerWire);
      return { push_providers };
    },

    deletePushProvider({ params }) {
      const key = providerKey(params.type as string, params.name as string);
      const provider = store.providers.get(key);
      if (!provider) throw notFound(`push provider ${key}`);
      for (const template of templatesOf(store, provider.internal_id)) {
        store.templates.delete(templateKey(provider.internal_id, template.event_type));
      }
      store.providers.delete(key);
      return {};
    },

    getPushTemplates({ params }) {
      const ownerId = templateOwnerId(store, params.push_provider_type as string, params.push_provider_name);
      return { templates: templatesOf(store, ownerId).map((template) => structuredClone(template)) };
    },

    upsertPushTemplate({ body }) {
      if (typeof body.template === 'string' && !rendersToJson(body.template)) {
        throw badInput('template', 'must render to a JSON document');
      }
      const ownerId = templateOwnerId(store, body.push_provider_type, body.push_provider_name);
      const key = templateKey(ownerId, body.event_type);
      const existing = store.templates.get(key);
      const now = nowTimestamp();
      const template = {
        push_provider_internal_id: ownerId,
        event_type: body.event_type as string,
        enable_push: body.enable_push ?? existing?.enable_push ?? true,
        ...((body.template ?? existing?.template) !== undefined
          ? { template: body.template ?? existing?.template }
          : {}),
        created_at: existing?.created_at ?? now,
        updated_at: now,
      };
      store.templates.set(key, template);
      return { template: structuredClone(template) };
    },

    checkPush({ body }) {
      const userId = (body.user_id as string | undefined) ?? (body.user?.id as string | undefined);
      if (!userId) throw badInput('user_id', 'user_id or user is required');
      const user = state.users.get(userId);
      if (!user) throw badInput('user_id', `user ${userId} does not exist`);
      const eventType = (body.event_type as string | undefined) ?? 'message.new';
      const type = body.push_provider_type as PushProviderType | undefined;
      const name = body.push_provider_name as string | undefined;
      const context = sampleContext(eventType, { id: user.id, name: user.name }, body.message_id);
      const answer: Record<string, unknown> = { event_type: eventType, skip_devices: body.skip_devices ?? false };
      const generalErrors: string[] = [];

      if (!type || type === 'apn') {
        const template = body.apn_template ?? templateFor('apn', eventType, type ? name : undefined);
        answer.rendered_apn_template = renderTemplate(template ?? DEFAULT_APN_TEMPLATE, context);
      }
      if (!type || type === 'firebase') {
        const providerName = type ? name : undefined;
        const notification = body.firebase_template ?? templateFor('firebase', eventType, providerName);
        const data = body.firebase_data_template ?? DEFAULT_FIREBASE_DATA_TEMPLATE;
        answer.rendered_firebase_template = renderTemplate(
          notification ?? DEFAULT_FIREBASE_NOTIFICATION_TEMPLATE,
          context,
        );
        const rendered = parseDataMessage(renderTemplate(data, context));
        if (rendered) answer.rendered_message = rendered;
        else generalErrors.push('firebase data template does not render to a JSON object');
      }
      if (!body.skip_devices) {
        const devices = devicesOf(state)
          .forUser(userId)
          .filter((device) => !device.disabled);
        if (devices.length === 0) generalErrors.push(`user ${userId} has no enabled devices associated`);
        const deviceErrors: Record<string, unknown> = {};
        for (const device of devices) {
          const configured = [...store.providers.values()].some(
            (provider) =>
              provider.type === device.push_provider &&
              (!device.push_provider_name || provider.name === device.push_provider_name),
          );
          if (!configured) {
            deviceErrors[device.id] = {
              provider: device.push_provider,
              provider_name: device.push_provider_name ?? '',
              error_message: `no ${device.push_provider} push provider is configured`,
            };
          }
        }
        if (Object.keys(deviceErrors).length) answer.device_errors = deviceErrors;
      }
      if (generalErrors.length) answer.general_errors = generalErrors;
      return answer;
    },

    updatePushNotificationPreferences({ body, caller }) {
      const touchedUsers = new Set<string>();
      const channelAnswer: Record<string, Record<string, Preferences>> = {};
      (body.preferences as Record<string, any>[]).forEach((input, index) => {
        const field = `preferences.${index}.user_id`;
        const userId = actingUserId(caller, input.user_id || undefined);
        if (!userId) throw badInput(field, 'is required for server-side calls');
        if (!state.users.has(userId)) throw badInput(field, `user ${userId} does not exist`);
        touchedUsers.add(userId);
        if (input.channel_cid) {
          const byChannel = channelPreferences.get(userId) ?? new Map<string, Preferences>();
          channelPreferences.set(userId, byChannel);
          const merged = mergePreferences(byChannel.get(input.channel_cid) ?? {}, input, ['chat_level']);
          byChannel.set(input.channel_cid, merged);
          (channelAnswer[userId] ??= {})[input.channel_cid] = structuredClone(merged);
        } else {
          const merged = mergePreferences(userPreferences.get(userId) ?? {}, input, [
            'chat_level',
            'call_level',
            'feeds_level',
          ]);
          userPreferences.set(userId, merged);
        }
      });
      const user_preferences = Object.fromEntries(
        [...touchedUsers].map((userId) => [userId, structuredClone(userPreferences.get(userId) ?? {})]),
      );
      return { user_preferences, user_channel_preferences: channelAnswer };
    },
  };
}

/** Applies one preference input; a `default` level drops the override so the wider setting applies again. */
function mergePreferences(current: Preferences, input: Record<string, any>, levels: string[]): Preferences {
  const next: Preferences = { ...current };
  for (const level of levels) {
    if (input[level] === 'default') delete next[level];
    else if (input[level] !== undefined) next[level] = input[level];
  }
  if (input.chat_preferences) {
    next.chat_preferences = { ...(current.chat_preferences as object | undefined), ...input.chat_preferences };
  }
  if (input.feeds_preferences && levels.includes('feeds_level')) {
    next.feeds_preferences = { ...(current.feeds_preferences as object | undefined), ...input.feeds_preferences };
  }
  if (input.disabled_until !== undefined) next.disabled_until = decodeInstant(input.disabled_until).toString();
  if (input.remove_disable === true) delete next.disabled_until;
  return next;
}

function checkCredentials(provider: PushProviderRecord): void {
  const fields = provider as Record<string, unknown>;
  const alternatives = REQUIRED_CREDENTIALS[provider.type as PushProviderType];
  const satisfied = alternatives.some((set) =>
    set.every((field) => typeof fields[field] === 'string' && fields[field]),
  );
  if (!satisfied) {
    const missing = alternatives[0]!.find((field) => !fields[field])!;
    throw badInput(`push_provider.${missing}`, `is required for ${provider.type} providers`);
  }
  if (provider.firebase_credentials !== undefined) {
    try {
      const key = JSON.parse(provider.firebase_credentials) as Record<string, unknown>;
      if (key.type !== 'service_account') throw new Error('not a service account');
    } catch {
      throw badInput('push_provider.firebase_credentials', 'is not a Firebase service account key');
    }
  }
}

/** Firebase data messages carry string values only. */
function parseDataMessage(rendered: string): Record<string, string> | undefined {
  try {
    const parsed = JSON.parse(rendered) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    return Object.fromEntries(
      Object.entries(parsed).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
    );
  } catch {
    return undefined;
  }
}

function providerWire({ internal_id: _id, apn_notification_template: _template, ...provider }: PushProviderRecord) {
  return structuredClone(provider);
}
