import { createVerifier, TokenError } from 'fast-jwt';
import { Instant } from '../rest/wire/instant.js';
import { streamError, type StreamErrorKind } from './errors.js';

/** Who signed the request; a user token's `iat` (seconds since the epoch) when it carries one. */
export type Caller = { kind: 'server' } | { kind: 'user'; userId: string; issuedAt?: number };

/** Operations Stream lets a user token call; every other one needs a server token. */
export const CLIENT_OPERATIONS: ReadonlySet<string> = new Set([
  'getApp',
  'getOG',
  'listDevices',
  'createDevice',
  'deleteDevice',
  'createPoll',
  'updatePoll',
  'queryPolls',
  'deletePoll',
  'getPoll',
  'updatePollPartial',
  'createPollOption',
  'updatePollOption',
  'deletePollOption',
  'getPollOption',
  'queryPollVotes',
  'updatePushNotificationPreferences',
  'uploadFile',
  'deleteFile',
  'uploadImage',
  'deleteImage',
  'queryUsers',
  'updateUsers',
  'updateUsersPartial',
  'getBlockedUsers',
  'blockUsers',
  'unblockUsers',
  'getUserLiveLocations',
  'updateLiveLocation',
]);

/** Stream's answer to each refusal of fast-jwt's; any other refusal is a malformed token. */
const REFUSALS: Partial<Record<string, [StreamErrorKind, string]>> = {
  [TokenError.codes.expired]: ['tokenExpired', 'token is expired'],
  [TokenError.codes.inactive]: ['tokenNotValidYet', 'token is not valid yet'],
  [TokenError.codes.invalidSignature]: ['tokenSignature', 'token signature is invalid'],
};

/** One verifier per app secret: fast-jwt prepares the key once. */
const verifiers = new WeakMap<Uint8Array, (token: string) => Record<string, unknown>>();

function verifierFor(secret: Uint8Array) {
  let verify = verifiers.get(secret);
  if (!verify) {
    verify = createVerifier({ key: Buffer.from(secret), algorithms: ['HS256'] });
    verifiers.set(secret, verify);
  }
  return verify;
}

/** Checks api_key and the JWT as Stream does, answering with Stream's codes. */
export async function authenticate(
  apiKey: string | null,
  authorization: string | undefined,
  expected: { apiKey: string; secret: Uint8Array },
): Promise<Caller> {
  if (apiKey !== expected.apiKey) throw streamError('apiKey', 'api_key not valid');
  if (!authorization) throw streamError('authentication', 'missing Authorization header');
  const token = authorization.replace(/^Bearer\s+/i, '');
  let payload: Record<string, unknown>;
  try {
    payload = verifierFor(expected.secret)(token);
  } catch (error) {
    const [kind, message] = (error instanceof TokenError && REFUSALS[error.code]) || [
      'authentication',
      'token is malformed',
    ];
    throw streamError(kind, message);
  }
  if (payload.server === true) return { kind: 'server' };
  if (typeof payload.user_id === 'string' && payload.user_id) {
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : undefined;
    return { kind: 'user', userId: payload.user_id, ...(issuedAt === undefined ? {} : { issuedAt }) };
  }
  throw streamError('authentication', 'token has neither server nor user_id');
}

/**
 * Stream refuses (401/42) a user token issued before its user was created: a token made for an
 * earlier user of the same id must not act as the new one. `iat` counts whole seconds, so a token
 * issued in the second of the creation is accepted.
 */
export function refuseTokenBeforeUser(caller: Caller, userCreatedAt: string | undefined): void {
  if (caller.kind !== 'user' || caller.issuedAt === undefined || userCreatedAt === undefined) return;
  const created = Instant.parse(userCreatedAt);
  if (created && caller.issuedAt < Math.floor(created.getTime() / 1000)) {
    throw streamError('tokenBeforeUser', `token was issued before user ${caller.userId} was created`);
  }
}
