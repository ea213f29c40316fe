import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import {
  CancelImportV2TaskResponse,
  CreateImportResponse,
  CreateImportURLResponse,
  CreateImportV2TaskResponse,
  DeleteImportV2TaskResponse,
  GetImportResponse,
  GetImportV2TaskResponse,
  ImportMode,
  ImportProduct,
  ImportV2TaskSettings,
  ListImportV2TasksResponse,
  ListImportsResponse,
} from './wire/imports.js';
import { ActingUserRequest } from './wire/shared.js';

export const createImportURL = defineOperation({
  name: 'createImportURL',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/import_urls',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    filename: Type.Optional(Type.String()),
  }),
  response: CreateImportURLResponse,
});

export const listImports = defineOperation({
  name: 'listImports',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/imports',
  status: 200,
  params: Type.Object({}),
  response: ListImportsResponse,
});

export const createImport = defineOperation({
  name: 'createImport',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/imports',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    mode: ImportMode,
    path: Type.String(),
    merge_custom: Type.Optional(Type.Boolean()),
  }),
  response: CreateImportResponse,
});

export const listImportV2Tasks = defineOperation({
  name: 'listImportV2Tasks',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/imports/v2',
  status: 200,
  params: Type.Object({
    state: Type.Optional(Type.Integer()),
  }),
  response: ListImportV2TasksResponse,
});

export const createImportV2Task = defineOperation({
  name: 'createImportV2Task',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/imports/v2',
  status: 201,
  params: Type.Object({}),
  body: Type.Composite([
    Type.Object({
      product: ImportProduct,
      settings: ImportV2TaskSettings,
    }),
    ActingUserRequest,
  ]),
  response: CreateImportV2TaskResponse,
});

export const deleteImportV2Task = defineOperation({
  name: 'deleteImportV2Task',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/imports/v2/{id}',
  status: 200,
  params: Type.Object({
    id: Type.String(),
  }),
  response: DeleteImportV2TaskResponse,
});

export const getImportV2Task = defineOperation({
  name: 'getImportV2Task',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/imports/v2/{id}',
  status: 200,
  params: Type.Object({
    id: Type.String(),
  }),
  response: GetImportV2TaskResponse,
});

export const cancelImportV2Task = defineOperation({
  name: 'cancelImportV2Task',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/imports/v2/{id}/cancel',
  status: 201,
  params: Type.Object({
    id: Type.String(),
  }),
  response: CancelImportV2TaskResponse,
});

export const getImport = defineOperation({
  name: 'getImport',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/imports/{id}',
  status: 200,
  params: Type.Object({
    id: Type.String(),
  }),
  response: GetImportResponse,
});
