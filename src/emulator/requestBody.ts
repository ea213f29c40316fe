import type { IncomingMessage } from 'node:http';
import type { Operation } from '../rest/operation.js';
import { parseJson } from '../rest/wire/json.js';
import { streamError } from './errors.js';
import type { UploadedFile } from './handler.js';

/** How much of an oversized body is read and thrown away so that its 413 can close cleanly. */
export const DRAIN_BYTES = 64 * 1024 * 1024;

/**
 * The body, or 413/22 once it is all in when it is larger than `limit`. An oversized body is
 * still read to its end (and discarded): closing a socket whose peer is still sending makes the
 * kernel answer with a reset, and the client would lose the 413. Past DRAIN_BYTES more, the
 * connection is dropped instead.
 */
export async function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
    else if (size > limit + DRAIN_BYTES) {
      req.socket.destroy();
      throw new ConnectionDropped();
    }
  }
  if (size > limit) throw streamError('payloadTooBig', `request body is larger than ${limit} bytes`);
  return Buffer.concat(chunks);
}

/** Reads what is left of a body (a 413 forced before it was read), so that closing after the answer is clean. */
export async function drain(req: IncomingMessage, limit: number): Promise<void> {
  if (req.readableEnded) return;
  await readRaw(req, limit).catch(() => undefined);
}

/** The request's connection was dropped: there is no one left to answer. */
export class ConnectionDropped extends Error {}

export async function readBody(
  req: IncomingMessage,
  operation: Operation,
  limit: number,
): Promise<Record<string, any> | undefined> {
  const raw = await readRaw(req, limit);
  if (operation.multipart) return readMultipart(req, raw);
  if (raw.length === 0) return operation.body ? {} : undefined;
  try {
    return parseJson(raw.toString('utf8')) as Record<string, any>;
  } catch {
    throw streamError('input', 'request body is not valid JSON');
  }
}

async function readMultipart(req: IncomingMessage, raw: Buffer): Promise<Record<string, any>> {
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.startsWith('multipart/form-data')) throw streamError('input', 'expected a multipart/form-data body');
  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const fields: Record<string, any> = {};
  for (const [name, value] of form as unknown as Iterable<[string, string | File]>) {
    if (typeof value === 'string') {
      fields[name] = parseFormField(value);
    } else {
      const file: UploadedFile = {
        name: value.name,
        type: value.type,
        bytes: new Uint8Array(await value.arrayBuffer()),
      };
      fields[name] = file;
    }
  }
  return fields;
}

/** Object fields arrive JSON-encoded, as the official SDK sends them. */
function parseFormField(value: string): unknown {
  if (!value.startsWith('{') && !value.startsWith('[')) return value;
  try {
    return parseJson(value);
  } catch {
    return value;
  }
}
