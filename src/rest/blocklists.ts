import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { BlockListSettingsRequest, BlockListType, BlockListAnswer, ListBlockListResponse } from './wire/blocklists.js';
import { ActingUserRequest, Response, TaskStartedResponse } from './wire/shared.js';

export const listBlockLists = defineOperation({
  name: 'listBlockLists',
  method: 'GET',
  path: '/api/v2/blocklists',
  query: Type.Object({
    team: Type.Optional(Type.String()),
    cursor: Type.Optional(Type.String()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  }),
  response: ListBlockListResponse,
});

export const createBlockList = defineOperation({
  name: 'createBlockList',
  method: 'POST',
  path: '/api/v2/blocklists',
  body: Type.Composite([
    Type.Object({ name: Type.String({ minLength: 1, maxLength: 255 }), words: Type.Array(Type.String()) }),
    BlockListSettingsRequest,
    Type.Object({ type: Type.Optional(BlockListType) }),
    ActingUserRequest,
  ]),
  response: BlockListAnswer,
});

export const importBlockList = defineOperation({
  name: 'importBlockList',
  method: 'POST',
  path: '/api/v2/blocklists/{id}/import',
  body: Type.Object({
    items: Type.Array(Type.String(), { minItems: 1 }),
    chunk_size: Type.Optional(Type.Integer({ minimum: 1 })),
  }),
  response: TaskStartedResponse,
});

export const deleteBlockList = defineOperation({
  name: 'deleteBlockList',
  method: 'DELETE',
  path: '/api/v2/blocklists/{name}',
  query: Type.Object({
    team: Type.Optional(Type.String()),
    user_id: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const getBlockList = defineOperation({
  name: 'getBlockList',
  method: 'GET',
  path: '/api/v2/blocklists/{name}',
  query: Type.Object({
    team: Type.Optional(Type.String()),
  }),
  response: BlockListAnswer,
});

export const updateBlockList = defineOperation({
  name: 'updateBlockList',
  method: 'PUT',
  path: '/api/v2/blocklists/{name}',
  body: Type.Composite([
    BlockListSettingsRequest,
    Type.Object({ words: Type.Optional(Type.Array(Type.String())) }),
    ActingUserRequest,
  ]),
  response: BlockListAnswer,
});
