import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Largest JSON request body by default, in bytes (1 MiB). */
export const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
/** Largest upload by default, in bytes (10 MiB). */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface RequestBodyLimits {
  /** Largest JSON (or other non-multipart) body, in bytes. */
  jsonBytes: number;
  /** Largest multipart body: the upload limit plus room for the operation and the boundaries. */
  multipartBytes: number;
}

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(`the request body is larger than ${limit} bytes`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });
}

/** The request with a body that fails once more than `limit` bytes were read (for chunked bodies without a length). */
function withBodyLimit(request: Request, limit: number): Request {
  if (!request.body) return request;
  let read = 0;
  const body = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    duplex: 'half',
  } as RequestInit);
}

/**
 * Limits request bodies by kind: small for JSON, the upload limit for multipart. Yoga's own
 * limit is one number for every kind, so it is switched off in favour of this one.
 */
export function useRequestBodyLimit(limits: RequestBodyLimits): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      const multipart = request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data') ?? false;
      const limit = multipart ? limits.multipartBytes : limits.jsonBytes;
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
      // HTTP framing makes a body exactly Content-Length bytes long (Node's parser holds it to
      // that), so a JSON body with one is not counted again as it is read: the counting stream and
      // the request copy cost more than the rest of a small request's parsing. Multipart bodies
      // keep the copy, whose parser hands resolvers the platform's File objects.
      if (!multipart && declared !== null && Number.isSafeInteger(Number(declared))) return;
      if (!requestParser || !request.body) return;
      setRequestParser((incoming) => requestParser(withBodyLimit(incoming, limit)));
    },
  };
}
