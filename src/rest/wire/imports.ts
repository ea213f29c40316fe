import { Type, type StaticDecode } from '@sinclair/typebox';
import { DateTime, JsonObject, StringEnum } from './primitives.js';
import { Answer, PagedAnswer, Response, Timestamps } from './shared.js';

/** How an import treats records that exist already. */
export const IMPORT_MODES = ['insert', 'upsert'] as const;
export const ImportMode = StringEnum(IMPORT_MODES);

/** The Stream products the v2 importer loads data into. */
export const IMPORT_PRODUCTS = ['chat', 'feeds'] as const;
export const ImportProduct = StringEnum(IMPORT_PRODUCTS);

export const ImportTaskHistory = Type.Object({
  created_at: DateTime,
  next_state: Type.String(),
  prev_state: Type.String(),
});
export type ImportTaskHistory = StaticDecode<typeof ImportTaskHistory>;

export const ImportTask = Type.Composite([
  Timestamps,
  Type.Object({
    history: Type.Array(ImportTaskHistory),
    id: Type.String(),
    mode: Type.String(),
    path: Type.String(),
    size: Type.Optional(Type.Integer()),
    state: Type.String(),
  }),
]);
export type ImportTask = StaticDecode<typeof ImportTask>;

export const CreateImportResponse = Answer({
  import_task: Type.Optional(ImportTask),
});
export type CreateImportResponse = StaticDecode<typeof CreateImportResponse>;

export const CreateImportURLResponse = Answer({
  path: Type.String(),
  upload_url: Type.String(),
});
export type CreateImportURLResponse = StaticDecode<typeof CreateImportURLResponse>;

export const ImportV2TaskSettingsS3 = Type.Object({
  bucket: Type.Optional(Type.String()),
  dir: Type.Optional(Type.String()),
  region: Type.Optional(Type.String()),
});
export type ImportV2TaskSettingsS3 = StaticDecode<typeof ImportV2TaskSettingsS3>;

export const ImportV2TaskSettings = Type.Object({
  merge_custom: Type.Optional(Type.Boolean()),
  mode: Type.Optional(Type.String()),
  path: Type.Optional(Type.String()),
  s3: Type.Optional(ImportV2TaskSettingsS3),
  skip_references_check: Type.Optional(Type.Boolean()),
  source: Type.Optional(Type.String()),
  use_import_time_as_op_time: Type.Optional(Type.Boolean()),
});
export type ImportV2TaskSettings = StaticDecode<typeof ImportV2TaskSettings>;

export const ImportV2TaskItem = Type.Composite([
  Timestamps,
  Type.Object({
    app_pk: Type.Integer(),
    id: Type.String(),
    product: Type.String(),
    result: Type.Optional(JsonObject),
    settings: ImportV2TaskSettings,
    state: Type.Integer(),
  }),
]);
export type ImportV2TaskItem = StaticDecode<typeof ImportV2TaskItem>;

export const CreateImportV2TaskResponse = Type.Composite([Type.Omit(ImportV2TaskItem, ['result']), Response]);
export type CreateImportV2TaskResponse = StaticDecode<typeof CreateImportV2TaskResponse>;

export const GetImportV2TaskResponse = Type.Composite([ImportV2TaskItem, Response]);
export type GetImportV2TaskResponse = StaticDecode<typeof GetImportV2TaskResponse>;

export const ListImportV2TasksResponse = PagedAnswer({
  import_tasks: Type.Array(ImportV2TaskItem),
});
export type ListImportV2TasksResponse = StaticDecode<typeof ListImportV2TasksResponse>;

export const ListImportsResponse = Answer({
  import_tasks: Type.Array(ImportTask),
});
export type ListImportsResponse = StaticDecode<typeof ListImportsResponse>;

/** The file createImportURL is asked an upload URL for. */
export const CreateImportURLRequest = Type.Object({
  filename: Type.Optional(Type.String()),
});
export type CreateImportURLRequest = StaticDecode<typeof CreateImportURLRequest>;

/** A (v1) import of an uploaded file, as createImport takes it. */
export const CreateImportRequest = Type.Object({
  mode: ImportMode,
  path: Type.String(),
  merge_custom: Type.Optional(Type.Boolean()),
});
export type CreateImportRequest = StaticDecode<typeof CreateImportRequest>;
