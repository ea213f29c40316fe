import { createSigner } from 'fast-jwt';

/** The server token: `{"server": true}`, HS256, signed with the API secret. */
export async function createServerToken(apiSecret: string): Promise<string> {
  return createSigner({ key: apiSecret, algorithm: 'HS256', noTimestamp: true })({ server: true });
}

export interface UserTokenOptions {
  /** Seconds from now until the token expires; omitted means it never does. */
  validitySeconds?: number;
  /** Issued-at, in seconds since the epoch; defaults to now. */
  issuedAt?: number;
}

/** A user token as Stream apps issue them: `{"user_id": ..., "iat": ..., "exp"?: ...}`. */
export async function createUserToken(
  apiSecret: string,
  userId: string,
  options: UserTokenOptions = {},
): Promise<string> {
  const iat = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const exp = options.validitySeconds === undefined ? undefined : iat + options.validitySeconds;
  return createSigner({ key: apiSecret, algorithm: 'HS256' })({ user_id: userId, iat, exp });
}
