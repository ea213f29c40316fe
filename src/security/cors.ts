import type { CORSOptions } from 'graphql-yoga';
import { CSRF_HEADERS } from './csrf.js';

/** Request headers a browser client may send: its token, the body type and a CSRF proof. */
const ALLOWED_HEADERS = ['authorization', 'content-type', ...CSRF_HEADERS];

/**
 * CORS from an allow-list of origins. Yoga treats an empty list as "every origin", so the list is
 * checked here: a browser on any other origin gets no CORS headers and cannot read the answer.
 * No credentials: callers authenticate with a token header, never cookies.
 */
export function corsFromAllowList(origins: readonly string[]): (request: Request) => CORSOptions {
  const allowAll = origins.includes('*');
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !(allowAll || origins.includes(origin))) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ALLOWED_HEADERS,
      credentials: false,
      maxAge: 600,
    };
  };
}
