import type { CHAT_PRIMARY_USE_CASES, VIDEO_PRIMARY_USE_CASES } from '../../rest/wire/app.js';
import { builder } from '../../graphql/builder.js';

export const ApnAuthType = builder.enumType('ApnAuthType', {
  description: 'How Stream authenticates with Apple.',
  values: {
    CERTIFICATE: { value: 'certificate', description: 'A p12 certificate.' },
    TOKEN: { value: 'token', description: 'A .p8 signing key (token authentication).' },
  } as const,
});

export const EnforceUniqueUsernames = builder.enumType('EnforceUniqueUsernames', {
  description: 'Where user names must be unique.',
  values: {
    NO: { value: 'no', description: 'Nowhere.' },
    APP: { value: 'app', description: 'Across the app.' },
    TEAM: { value: 'team', description: 'Within each team.' },
  } as const,
});

export const PermissionVersion = builder.enumType('PermissionVersion', {
  description: 'Stream’s permission systems.',
  values: {
    V1: { value: 'v1', description: 'Policies.' },
    V2: { value: 'v2', description: 'Roles, permissions and grants.' },
  } as const,
});

export const PushVersion = builder.enumType('PushVersion', {
  description: 'Stream’s push systems.',
  values: {
    V1: { value: 'v1', description: 'One provider per service.' },
    V2: { value: 'v2', description: 'Several named providers per service.' },
    V3: { value: 'v3', description: 'Per-user and per-channel push preferences.' },
  } as const,
});

export const ChatPrimaryUseCase = builder.enumType('ChatPrimaryUseCase', {
  description: 'What an app mainly uses chat for (Stream tunes its dashboard and defaults to it).',
  values: {
    MESSAGING: { value: 'messaging', description: 'Messaging between users.' },
    CUSTOMER_SUPPORT: { value: 'customer-support', description: 'Support conversations with customers.' },
    COMMUNITY: { value: 'community', description: 'Community and group chat.' },
    MARKETPLACE: { value: 'marketplace', description: 'Buyers and sellers talking.' },
    GAMING: { value: 'gaming', description: 'Chat inside games.' },
    TELEHEALTH: { value: 'telehealth', description: 'Patients and care providers.' },
    ON_DEMAND: { value: 'on-demand', description: 'On-demand services (delivery, rides).' },
    WORKFORCE_MANAGEMENT: { value: 'workforce-management', description: 'Teams at work.' },
    DATING: { value: 'dating', description: 'Dating apps.' },
    EDUCATION: { value: 'education', description: 'Teaching and learning.' },
    FINANCIAL: { value: 'financial', description: 'Financial services.' },
    SPORTS: { value: 'sports', description: 'Sports fans and events.' },
    REAL_MONEY_GAMING: { value: 'real-money-gaming', description: 'Betting and real-money games.' },
  } as const satisfies Record<string, { value: (typeof CHAT_PRIMARY_USE_CASES)[number]; description: string }>,
});

export const VideoPrimaryUseCase = builder.enumType('VideoPrimaryUseCase', {
  description: 'What an app mainly uses video for.',
  values: {
    VIDEO_CALLING: { value: 'video-calling', description: 'Video calls.' },
    VOICE_CALLING: { value: 'voice-calling', description: 'Voice-only calls.' },
    LIVESTREAMING: { value: 'livestreaming', description: 'Broadcasting to an audience.' },
    AUDIO_ROOMS: { value: 'audio-rooms', description: 'Drop-in audio rooms.' },
    AI_AGENTS: { value: 'ai-agents', description: 'Calls with AI agents.' },
    LIVE_SHOPPING: { value: 'live-shopping', description: 'Selling on a live stream.' },
    OTHER: { value: 'other', description: 'Anything else.' },
  } as const satisfies Record<string, { value: (typeof VIDEO_PRIMARY_USE_CASES)[number]; description: string }>,
});
