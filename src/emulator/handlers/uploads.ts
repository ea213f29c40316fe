import { randomUUID } from 'node:crypto';
import type { FileUploadConfig } from '../../rest/wire/app.js';
import { appSettingsFor } from '../appSettings.js';
import type { Caller } from '../auth.js';
import { badInput, notAllowed, notFound, streamError } from '../errors.js';
import type { Handlers, UploadedFile } from '../handler.js';
import type { EmulatorState } from '../state.js';

type UploadKind = 'files' | 'images';

interface UploadRecord {
  kind: UploadKind;
  /** The user the upload was made for, when known; only they (or a server) may delete it. */
  ownerId?: string;
}

/** What Stream applies when an app's size_limit is 0. */
const DEFAULT_SIZE_LIMIT = 100 * 1024 * 1024;
const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'heif', 'bmp', 'tiff', 'avif', 'svg']);
const RESIZE_MODES = ['clip', 'crop', 'scale', 'fill'];
const CROP_MODES = ['top', 'bottom', 'left', 'right', 'center'];

export function uploadsHandlers(state: EmulatorState): Handlers {
  const uploads = new Map<string, UploadRecord>();

  function store(kind: UploadKind, body: Record<string, any>, caller: Caller): string {
    const file = uploadedFile(body.file);
    const config = appSettingsFor(state).app[kind === 'files' ? 'file_upload_config' : 'image_upload_config'];
    if (kind === 'images' && !isImage(file)) throw badInput('file', 'is not an image');
    checkAllowed(file, config);
    const path = `/uploads/${kind}/${randomUUID()}/${encodeURIComponent(file.name || 'upload')}`;
    state.files.set(path, file);
    uploads.set(path, { kind, ownerId: state.actingUserId(caller, requestUserId(body.user)) });
    return `${state.baseUrl()}${path}`;
  }

  function remove(kind: UploadKind, params: Record<string, any>, caller: Caller): object {
    const raw = params.url as string | undefined;
    if (!raw) throw badInput('url', 'is required');
    let path: string;
    try {
      path = new URL(raw, state.baseUrl()).pathname;
    } catch {
      throw badInput('url', 'is not a URL');
    }
    const upload = uploads.get(path);
    if (!upload || upload.kind !== kind) throw notFound(`${kind === 'files' ? 'file' : 'image'} ${raw}`);
    if (caller.kind === 'user' && upload.ownerId !== caller.userId) {
      throw notAllowed('only the user who uploaded a file may delete it');
    }
    uploads.delete(path);
    state.files.delete(path);
    return {};
  }

  return {
    uploadFile({ body, caller }) {
      return { file: store('files', body, caller) };
    },

    uploadImage({ body, caller }) {
      const sizes = imageSizes(body.upload_sizes);
      const url = store('images', body, caller);
      return {
        file: url,
        thumb_url: `${url}?w=150&h=150&resize=fill&crop=center`,
        ...(sizes ? { upload_sizes: sizes } : {}),
      };
    },

    deleteFile({ params, caller }) {
      return remove('files', params, caller);
    },

    deleteImage({ params, caller }) {
      return remove('images', params, caller);
    },
  };
}

function uploadedFile(value: unknown): UploadedFile {
  if (!value || typeof value !== 'object' || !((value as UploadedFile).bytes instanceof Uint8Array)) {
    throw badInput('file', 'is required and must be a file part');
  }
  return value as UploadedFile;
}

function requestUserId(user: unknown): string | undefined {
  if (user === undefined) return undefined;
  if (!user || typeof user !== 'object' || typeof (user as { id?: unknown }).id !== 'string') {
    throw badInput('user', 'must be a JSON object with an id');
  }
  return (user as { id: string }).id;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function isImage(file: UploadedFile): boolean {
  return file.type.startsWith('image/') || IMAGE_EXTENSIONS.has(extensionOf(file.name));
}

/** Applies the app's upload configuration (size, extension and MIME type lists). */
function checkAllowed(file: UploadedFile, config: { size_limit: number } & Partial<FileUploadConfig>): void {
  const limit = config.size_limit || DEFAULT_SIZE_LIMIT;
  if (file.bytes.byteLength > limit) {
    throw streamError('payloadTooBig', `file is larger than the ${limit} bytes this app allows`, { file: 'too big' });
  }
  const extension = extensionOf(file.name);
  const listed = (list: string[] | undefined, value: string) =>
    (list ?? []).some((entry) => entry.replace(/^\./, '').toLowerCase() === value);
  if (listed(config.blocked_file_extensions, extension)) throw badInput('file', `.${extension} files are not allowed`);
  if (config.allowed_file_extensions?.length && !listed(config.allowed_file_extensions, extension)) {
    throw badInput('file', `.${extension} files are not allowed`);
  }
  const mime = file.type.toLowerCase();
  if ((config.blocked_mime_types ?? []).some((type) => type.toLowerCase() === mime)) {
    throw badInput('file', `${mime} files are not allowed`);
  }
  if (config.allowed_mime_types?.length && !config.allowed_mime_types.some((type) => type.toLowerCase() === mime)) {
    throw badInput('file', `${mime} files are not allowed`);
  }
}

/** Multipart fields skip schema validation, so the sizes are checked here. */
function imageSizes(value: unknown): Record<string, unknown>[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw badInput('upload_sizes', 'must be a JSON array of image sizes');
  return value.map((size: unknown, index) => {
    const field = `upload_sizes.${index}`;
    if (!size || typeof size !== 'object') throw badInput(field, 'must be an object');
    const { width, height, resize, crop } = size as Record<string, unknown>;
    for (const [name, dimension] of [
      ['width', width],
      ['height', height],
    ] as const) {
      if (dimension !== undefined && (!Number.isInteger(dimension) || (dimension as number) <= 0)) {
        throw badInput(`${field}.${name}`, 'must be a positive integer');
      }
    }
    if (resize !== undefined && !RESIZE_MODES.includes(resize as string)) {
      throw badInput(`${field}.resize`, `must be one of ${RESIZE_MODES.join(', ')}`);
    }
    if (crop !== undefined && !CROP_MODES.includes(crop as string)) {
      throw badInput(`${field}.crop`, `must be one of ${CROP_MODES.join(', ')}`);
    }
    return {
      ...(width !== undefined ? { width } : {}),
      ...(height !== undefined ? { height } : {}),
      resize: resize ?? 'clip',
      crop: crop ?? 'center',
    };
  });
}
