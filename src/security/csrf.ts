import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Headers a client adds to prove it is not a plain HTML form or image tag. */
export const CSRF_HEADERS = [
  'x-graphql-csrf',
  'x-graphql-yoga-csrf',
  'apollo-require-preflight',
  'graphql-require-preflight',
];

/**
 * Cross-site request forgery, with yoga's CSRF plugin: a GET or a multipart/form POST can be
 * sent by any web page without the browser asking the gateway first, so such requests must carry
 * one of CSRF_HEADERS, which a browser only sends after a CORS preflight the gateway answered.
 * The plugin's refusal gets the gateway's error code; it has none of its own.
 */
export function useCsrfPrevention(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      try {
        return onRequestParse?.(payload);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw new GraphQLError(`this request must carry one of the headers ${CSRF_HEADERS.join(', ')}`, {
          extensions: { ...error.extensions, code: 'CSRF_HEADER_REQUIRED' },
        });
      }
    },
  };
}
