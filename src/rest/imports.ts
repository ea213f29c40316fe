import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import {
  CreateImportRequest,
  CreateImportResponse,
  CreateImportURLRequest,
  CreateImportURLResponse,
  CreateImportV2TaskResponse,
  GetImportV2TaskResponse,
  ImportProduct,
  ImportV2TaskSettings,
  ListImportV2TasksResponse,
  ListImportsResponse,
} from './wire/imports.js';
import { ActingUserRequest, Response } from './wire/shared.js';

export const createImportURL = defineOperation({
  name: 'createImportURL',
  method: 'POST',
  path: '/api/v2/import_urls',
  body: CreateImportURLRequest,
  response: CreateImportURLResponse,
});

export const listImports = defineOperation({
  name: 'listImports',
  method: 'GET',
  path: '/api/v2/imports',
  response: ListImportsResponse,
});

export const createImport = defineOperation({
  name: 'createImport',
  method: 'POST',
  path: '/api/v2/imports',
  body: CreateImportRequest,
  response: CreateImportResponse,
});

export const listImportV2Tasks = defineOperation({
  name: 'listImportV2Tasks',
  method: 'GET',
  path: '/api/v2/imports/v2',
  query: Type.Object({
    state: Type.Optional(Type.Integer()),
  }),
  response: ListImportV2TasksResponse,
});

export const createImportV2Task = defineOperation({
  name: 'createImportV2Task',
  method: 'POST',
  path: '/api/v2/imports/v2',
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
  path: '/api/v2/imports/v2/{id}',
  response: Response,
});

export const getImportV2Task = defineOperation({
  name: 'getImportV2Task',
  method: 'GET',
  path: '/api/v2/imports/v2/{id}',
  response: GetImportV2TaskResponse,
});

export const cancelImportV2Task = defineOperation({
  name: 'cancelImportV2Task',
  method: 'POST',
  path: '/api/v2/imports/v2/{id}/cancel',
  response: Response,
});

export const getImport = defineOperation({
  name: 'getImport',
  method: 'GET',
  path: '/api/v2/imports/{id}',
  response: CreateImportResponse,
});
