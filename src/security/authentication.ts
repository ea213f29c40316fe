import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { authenticateCaller, CallerAuthError, type Caller } from '../caller.js';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });
}

/**
 * Authenticates every GraphQL request before its body is read or its document parsed: a request
 * without a valid token costs the gateway one signature check and reaches nothing else.
 * The verified caller is kept per request for the context factory (`callerOf`).
 */
export function useCallerAuthentication(apiSecret: string): { plugin: Plugin; callerOf(request: Request): Caller } {
  const secret = new TextEncoder().encode(apiSecret);
  const callers = new WeakMap<Request, Caller>();
  const plugin: Plugin = {
    async onRequestParse({ request }) {
      let caller: Caller;
      try {
        caller = await authenticateCaller(request.headers.get('authorization'), secret);
      } catch (error) {
        if (error instanceof CallerAuthError) throw unauthenticated(error.message);
        throw error;
      }
      if (caller.kind === 'anonymous') throw unauthenticated('send a Stream token in the Authorization header');
      callers.set(request, caller);
    },
  };
  return {
    plugin,
    callerOf(request) {
      const caller = callers.get(request);
      // Only reachable if a plugin replaced the request object; refuse rather than guess.
      if (!caller) throw unauthenticated('the request was not authenticated');
      return caller;
    },
  };
}
