import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import {
  CheckPushRequest,
  CheckPushResponse,
  GetPushTemplatesResponse,
  ListPushProvidersResponse,
  PushPreferenceInput,
  PushProviderRequest,
  PushProviderType,
  PushTemplateEventType,
  UpsertPushPreferencesResponse,
  UpsertPushProviderResponse,
  UpsertPushTemplateResponse,
} from './wire/push.js';
import { ActingUserRequest, Response } from './wire/shared.js';

export const checkPush = defineOperation({
  name: 'checkPush',
  method: 'POST',
  path: '/api/v2/check_push',
  body: Type.Composite([CheckPushRequest, ActingUserRequest]),
  response: CheckPushResponse,
});

export const updatePushNotificationPreferences = defineOperation({
  name: 'updatePushNotificationPreferences',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/push_preferences',
  body: Type.Object({
    preferences: Type.Array(PushPreferenceInput),
  }),
  response: UpsertPushPreferencesResponse,
});

export const listPushProviders = defineOperation({
  name: 'listPushProviders',
  method: 'GET',
  path: '/api/v2/push_providers',
  response: ListPushProvidersResponse,
});

export const upsertPushProvider = defineOperation({
  name: 'upsertPushProvider',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/push_providers',
  body: Type.Object({
    push_provider: Type.Optional(PushProviderRequest),
  }),
  response: UpsertPushProviderResponse,
});

export const deletePushProvider = defineOperation({
  name: 'deletePushProvider',
  method: 'DELETE',
  path: '/api/v2/push_providers/{type}/{name}',
  query: Type.Object({
    type: PushProviderType,
    name: Type.String({ minLength: 1, maxLength: 36 }),
  }),
  response: Response,
});

export const getPushTemplates = defineOperation({
  name: 'getPushTemplates',
  method: 'GET',
  path: '/api/v2/push_templates',
  query: Type.Object({
    push_provider_name: Type.Optional(Type.String()),
    push_provider_type: PushProviderType,
  }),
  response: GetPushTemplatesResponse,
});

export const upsertPushTemplate = defineOperation({
  name: 'upsertPushTemplate',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/push_templates',
  body: Type.Object({
    event_type: PushTemplateEventType,
    push_provider_type: PushProviderType,
    enable_push: Type.Optional(Type.Boolean()),
    push_provider_name: Type.Optional(Type.String()),
    template: Type.Optional(Type.String()),
  }),
  response: UpsertPushTemplateResponse,
});
