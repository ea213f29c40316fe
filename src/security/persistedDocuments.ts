import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** Trusted documents by id: the only operations a gateway in trusted-documents mode runs. */
export type PersistedDocuments = ReadonlyMap<string, string>;

export class PersistedDocumentsError extends Error {}

interface ApolloManifest {
  format: 'apollo-persisted-query-manifest';
  operations: { id: string; body: string }[];
}

function isApolloManifest(value: unknown): value is ApolloManifest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 'apollo-persisted-query-manifest' &&
    Array.isArray((value as { operations?: unknown }).operations)
  );
}

/**
 * Reads a manifest: either `{ "<id>": "<document>" }` (GraphQL Codegen's client preset, Relay)
 * or Apollo's `{ format: "apollo-persisted-query-manifest", operations: [{ id, body }] }`.
 */
export function loadPersistedDocuments(path: string): PersistedDocuments {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PersistedDocumentsError(
      `cannot read the persisted documents manifest ${path}: ${(error as Error).message}`,
    );
  }
  const entries: [string, unknown][] = isApolloManifest(parsed)
    ? parsed.operations.map((operation) => [operation.id, operation.body])
    : typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? Object.entries(parsed)
      : [];
  const documents = new Map<string, string>();
  for (const [id, body] of entries) {
    if (typeof id !== 'string' || id === '' || typeof body !== 'string' || body.trim() === '') {
      throw new PersistedDocumentsError(
        `the persisted documents manifest ${path} has an entry that is not an id and a document`,
      );
    }
    documents.set(id, body);
  }
  if (documents.size === 0)
    throw new PersistedDocumentsError(`the persisted documents manifest ${path} holds no documents`);
  return documents;
}

/** The document id a request names: `documentId` (GraphQL over HTTP) or Apollo's `persistedQuery.sha256Hash`. */
function documentIdOf(params: { extensions?: Record<string, unknown> } & Record<string, unknown>): string | null {
  if (typeof params.documentId === 'string') return params.documentId.replace(/^sha256:/, '');
  const persisted = params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

function refusal(message: string, code: string) {
  return { message, extensions: { code, http: { status: 400, spec: true } } };
}

/** Trusted-documents mode: requests name a document of the manifest; a document in the request is refused. */
export function usePersistedDocuments(documents: PersistedDocuments): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: (params) => documentIdOf(params as Parameters<typeof documentIdOf>[0]),
    getPersistedOperation: (id) => documents.get(id) ?? documents.get(`sha256:${id}`) ?? null,
    customErrors: {
      persistedQueryOnly: refusal(
        'this gateway only runs persisted documents: send a documentId',
        'PERSISTED_QUERY_ONLY',
      ),
      keyNotFound: refusal('send the id of a persisted document as documentId', 'PERSISTED_QUERY_ID_REQUIRED'),
      notFound: refusal('no persisted document has this id', 'PERSISTED_QUERY_NOT_FOUND'),
    },
  }) as Plugin;
}

/**
 * The document a WebSocket operation runs in trusted-documents mode (the HTTP path goes through
 * usePersistedDocuments): the persisted one its id names, or the same refusals as over HTTP.
 */
export function persistedDocumentFor(
  documents: PersistedDocuments,
  params: { query?: string; extensions?: Record<string, unknown> | null } & Record<string, unknown>,
): string {
  const id = documentIdOf({ ...params, extensions: params.extensions ?? undefined });
  const refuse = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });
  if (id === null) {
    throw params.query
      ? refuse('this gateway only runs persisted documents: send a documentId', 'PERSISTED_QUERY_ONLY')
      : refuse('send the id of a persisted document as documentId', 'PERSISTED_QUERY_ID_REQUIRED');
  }
  const document = documents.get(id) ?? documents.get(`sha256:${id}`);
  if (!document) throw refuse('no persisted document has this id', 'PERSISTED_QUERY_NOT_FOUND');
  return document;
}
