import { errors as joseErrors, jwtVerify } from 'jose';
import { streamError } from './errors.js';

export type Caller = { kind: 'server' } | { kind: 'user'; userId: string };

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
    ({ payload } = await jwtVerify(token, expected.secret, { algorithms: ['HS256'] }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw streamError('tokenExpired', 'token is expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'nbf') {
      throw streamError('tokenNotValidYet', 'token is not valid yet');
    }
    if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
      throw streamError('tokenSignature', 'token signature is invalid');
    }
    throw streamError('authentication', 'token is malformed');
  }
  if (payload.server === true) return { kind: 'server' };
  if (typeof payload.user_id === 'string' && payload.user_id) {
    return { kind: 'user', userId: payload.user_id };
  }
  throw streamError('authentication', 'token has neither server nor user_id');
}
