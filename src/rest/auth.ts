import { SignJWT } from 'jose';

const encoder = new TextEncoder();

/** The server token: `{"server": true}`, HS256, signed with the API secret. */
export function createServerToken(apiSecret: string): Promise<string> {
  return new SignJWT({ server: true }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(encoder.encode(apiSecret));
}

export interface UserTokenOptions {
  /** Seconds from now until the token expires; omitted means it never does. */
  validitySeconds?: number;
  /** Issued-at, in seconds since the epoch; defaults to now. */
  issuedAt?: number;
}

/** A user token as Stream apps issue them: `{"user_id": ..., "iat": ..., "exp"?: ...}`. */
export function createUserToken(apiSecret: string, userId: string, options: UserTokenOptions = {}): Promise<string> {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ user_id: userId }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt(issuedAt);
  if (options.validitySeconds !== undefined) jwt.setExpirationTime(issuedAt + options.validitySeconds);
  return jwt.sign(encoder.encode(apiSecret));
}
