import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Headers a client adds to prove it is not a plain HTML form or image tag. */
export const CSRF_HEADERS = [
  'x-graphql-csrf',
  'x-graphql-yoga-csrf',
  'apollo-require-preflight',
  'graphql-require-preflight',
];

/** Content types a browser may send cross-site without a CORS preflight. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function needsPreflightProof(request: Request): boolean {
  const contentType = request.headers.get('content-type')?.toLowerCase();
  return !contentType || SIMPLE_CONTENT_TYPES.some((simple) => contentType.startsWith(simple));
}

/**
 * Cross-site request forgery: a GET or a multipart/form POST can be sent by any web page without
 * the browser asking the gateway first. Such requests must carry one of CSRF_HEADERS, which a
 * browser only sends after a CORS preflight the gateway answered.
 */
export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      if (!needsPreflightProof(request)) return;
      if (CSRF_HEADERS.some((name) => request.headers.has(name))) return;
      throw new GraphQLError(`this request must carry one of the headers ${CSRF_HEADERS.join(', ')}`, {
        extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } },
      });
    },
  };
}
