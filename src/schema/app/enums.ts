import {
  APN_AUTH_TYPES,
  ASYNC_MODERATION_CALLBACK_MODES,
  CHECK_STATUSES,
  ENFORCE_UNIQUE_USERNAMES,
  PERMISSION_VERSIONS,
  PUSH_VERSIONS,
} from '../../rest/wire/app.js';
import { CHAT_PRIMARY_USE_CASES, VIDEO_PRIMARY_USE_CASES } from '../../rest/wire/appUpdate.js';
import { openEnumFromWire } from '../../graphql/wireEnum.js';

export const ApnAuthType = openEnumFromWire('ApnAuthType', APN_AUTH_TYPES, {
  description: 'How Stream authenticates with Apple.',
  values: { certificate: 'A p12 certificate.', token: 'A .p8 signing key (token authentication).' },
});

export const AsyncModerationCallbackMode = openEnumFromWire(
  'AsyncModerationCallbackMode',
  ASYNC_MODERATION_CALLBACK_MODES,
  {
    description: 'How Stream calls back with the result of an asynchronous moderation check.',
    values: {
      CALLBACK_MODE_NONE: 'No callback.',
      CALLBACK_MODE_REST: 'An HTTP (REST) request.',
      CALLBACK_MODE_TWIRP: 'A Twirp RPC.',
    },
  },
);

export const CheckStatus = openEnumFromWire('CheckStatus', CHECK_STATUSES, {
  description: 'The outcome of a test delivery (checkSNS, checkSQS).',
  values: { ok: 'The message was delivered.', error: 'It was not; the error says why.' },
});

export const EnforceUniqueUsernames = openEnumFromWire('EnforceUniqueUsernames', ENFORCE_UNIQUE_USERNAMES, {
  description: 'Where user names must be unique.',
  values: { no: 'Nowhere.', app: 'Across the app.', team: 'Within each team.' },
});

export const PermissionVersion = openEnumFromWire('PermissionVersion', PERMISSION_VERSIONS, {
  description: 'Stream’s permission systems.',
  values: { v1: 'Policies.', v2: 'Roles, permissions and grants.' },
});

export const PushVersion = openEnumFromWire('PushVersion', PUSH_VERSIONS, {
  description: 'Stream’s push systems.',
  values: {
    v1: 'One provider per service.',
    v2: 'Several named providers per service.',
    v3: 'Per-user and per-channel push preferences.',
  },
});

export const ChatPrimaryUseCase = openEnumFromWire('ChatPrimaryUseCase', CHAT_PRIMARY_USE_CASES, {
  description: 'What an app mainly uses chat for (Stream tunes its dashboard and defaults to it).',
  values: {
    messaging: 'Messaging between users.',
    'customer-support': 'Support conversations with customers.',
    community: 'Community and group chat.',
    marketplace: 'Buyers and sellers talking.',
    gaming: 'Chat inside games.',
    telehealth: 'Patients and care providers.',
    'on-demand': 'On-demand services (delivery, rides).',
    'workforce-management': 'Teams at work.',
    dating: 'Dating apps.',
    education: 'Teaching and learning.',
    financial: 'Financial services.',
    sports: 'Sports fans and events.',
    'real-money-gaming': 'Betting and real-money games.',
  },
});

export const VideoPrimaryUseCase = openEnumFromWire('VideoPrimaryUseCase', VIDEO_PRIMARY_USE_CASES, {
  description: 'What an app mainly uses video for.',
  values: {
    'video-calling': 'Video calls.',
    'voice-calling': 'Voice-only calls.',
    livestreaming: 'Broadcasting to an audience.',
    'audio-rooms': 'Drop-in audio rooms.',
    'ai-agents': 'Calls with AI agents.',
    'live-shopping': 'Selling on a live stream.',
    other: 'Anything else.',
  },
});
