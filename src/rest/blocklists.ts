import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import {
  BlockListType,
  CreateBlockListResponse,
  GetBlockListResponse,
  ImportBlockListResponse,
  ListBlockListResponse,
  UpdateBlockListResponse,
} from './wire/blocklists.js';
import { Response, UserRequest } from './wire/shared.js';

export const listBlockLists = defineOperation({
  name: 'listBlockLists',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/blocklists',
  status: 200,
  params: Type.Object({
    team: Type.Optional(Type.String()),
    cursor: Type.Optional(Type.String()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  }),
  response: ListBlockListResponse,
});

export const createBlockList = defineOperation({
  name: 'createBlockList',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/blocklists',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    name: Type.String({ minLength: 1, maxLength: 255 }),
    words: Type.Array(Type.String()),
    is_confusable_folding_enabled: Type.Optional(Type.Boolean()),
    is_leet_check_enabled: Type.Optional(Type.Boolean()),
    is_plural_check_enabled: Type.Optional(Type.Boolean()),
    is_substring_matching_enabled: Type.Optional(Type.Boolean()),
    team: Type.Optional(Type.String()),
    type: Type.Optional(BlockListType),
    user: Type.Optional(UserRequest),
    user_id: Type.Optional(Type.String()),
  }),
  response: CreateBlockListResponse,
});

export const importBlockList = defineOperation({
  name: 'importBlockList',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/blocklists/{id}/import',
  status: 201,
  params: Type.Object({
    id: Type.String(),
  }),
  body: Type.Object({
    items: Type.Array(Type.String(), { minItems: 1 }),
    chunk_size: Type.Optional(Type.Integer({ minimum: 1 })),
  }),
  response: ImportBlockListResponse,
});

export const deleteBlockList = defineOperation({
  name: 'deleteBlockList',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/blocklists/{name}',
  status: 200,
  params: Type.Object({
    name: Type.String(),
    team: Type.Optional(Type.String()),
    user_id: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const getBlockList = defineOperation({
  name: 'getBlockList',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/blocklists/{name}',
  status: 200,
  params: Type.Object({
    name: Type.String(),
    team: Type.Optional(Type.String()),
  }),
  response: GetBlockListResponse,
});

export const updateBlockList = defineOperation({
  name: 'updateBlockList',
  method: 'PUT',
  idempotent: true,
  path: '/api/v2/blocklists/{name}',
  status: 201,
  params: Type.Object({
    name: Type.String(),
  }),
  body: Type.Object({
    is_confusable_folding_enabled: Type.Optional(Type.Boolean()),
    is_leet_check_enabled: Type.Optional(Type.Boolean()),
    is_plural_check_enabled: Type.Optional(Type.Boolean()),
    is_substring_matching_enabled: Type.Optional(Type.Boolean()),
    team: Type.Optional(Type.String()),
    user: Type.Optional(UserRequest),
    user_id: Type.Optional(Type.String()),
    words: Type.Optional(Type.Array(Type.String())),
  }),
  response: UpdateBlockListResponse,
});
