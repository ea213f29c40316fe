import { Type, type StaticDecode } from '@sinclair/typebox';
import { DateTime, StringEnum } from './primitives.js';
import { Answer } from './shared.js';

/** What the entries of a block list are matched against. */
export const BLOCK_LIST_TYPES = ['regex', 'domain', 'domain_allowlist', 'email', 'email_allowlist', 'word'] as const;
export const BlockListType = StringEnum(BLOCK_LIST_TYPES);

export const BlockListResponse = Type.Object({
  created_at: Type.Optional(DateTime),
  id: Type.Optional(Type.String()),
  /** Required in the spec, but newer than some answers: absent reads as false. */
  is_confusable_folding_enabled: Type.Optional(Type.Boolean()),
  is_leet_check_enabled: Type.Boolean(),
  is_plural_check_enabled: Type.Boolean(),
  /** Required in the spec, but newer than some answers: absent reads as false. */
  is_substring_matching_enabled: Type.Optional(Type.Boolean()),
  name: Type.String(),
  owner_user_id: Type.Optional(Type.String()),
  team: Type.Optional(Type.String()),
  type: Type.String(),
  updated_at: Type.Optional(DateTime),
  words: Type.Array(Type.String()),
});
export type BlockListResponse = StaticDecode<typeof BlockListResponse>;

/** The matching settings createBlockList and updateBlockList send, each optional. */
export const BlockListSettingsRequest = Type.Partial(
  Type.Pick(BlockListResponse, [
    'is_confusable_folding_enabled',
    'is_leet_check_enabled',
    'is_plural_check_enabled',
    'is_substring_matching_enabled',
    'team',
  ]),
);
export type BlockListSettingsRequest = StaticDecode<typeof BlockListSettingsRequest>;

/** The list a block-list operation made, read or changed. */
export const BlockListAnswer = Answer({
  blocklist: Type.Optional(BlockListResponse),
});
export type BlockListAnswer = StaticDecode<typeof BlockListAnswer>;

export const ListBlockListResponse = Answer({
  blocklists: Type.Array(BlockListResponse),
  next_cursor: Type.Optional(Type.String()),
});
export type ListBlockListResponse = StaticDecode<typeof ListBlockListResponse>;
