import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import {
  BlockListSettingsRequest,
  BlockListType,
  CreateBlockListResponse,
  GetBlockListResponse,
  ImportBlockListResponse,
  ListBlockListResponse,
  UpdateBlockListResponse,
} from './wire/blocklists.js';
import { ActingUserRequest, Response } from './wire/shared.js';

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
  body: Type.Composite([
    Type.Object({ name: Type.String({ minLength: 1, maxLength: 255 }), words: Type.Array(Type.String()) }),
    BlockListSettingsRequest,
    Type.Object({ type: Type.Optional(BlockListType) }),
    ActingUserRequest,
  ]),
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
  body: Type.Composite([
    BlockListSettingsRequest,
    Type.Object({ words: Type.Optional(Type.Array(Type.String())) }),
    ActingUserRequest,
  ]),
  response: UpdateBlockListResponse,
});
