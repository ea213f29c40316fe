import { createHmac, randomUUID } from 'node:crypto';

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/**
 * A server token (`{"server": true}`, HS256) with its own `jti`, signed synchronously so the load
 * generator can mint one per request when the pre-minted pool runs out.
 */
function mintServerToken(apiSecret: string): string {
  const payload = base64url(JSON.stringify({ server: true, jti: randomUUID(), iat: Math.floor(Date.now() / 1000) }));
  const signature = createHmac('sha256', apiSecret).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

/**
 * Hands out a distinct token for every request, so that nothing a server might cache per token is
 * ever reused: tokens come from a pool minted before the run, then are minted on demand.
 */
export class TokenSource {
  private readonly pool: string[];
  private index = 0;
  minted = 0;

  constructor(
    private readonly apiSecret: string,
    poolSize: number,
  ) {
    this.pool = Array.from({ length: poolSize }, () => mintServerToken(apiSecret));
  }

  next(): string {
    if (this.index < this.pool.length) {
      const token = this.pool[this.index]!;
      this.pool[this.index++] = '';
      return token;
    }
    this.minted += 1;
    return mintServerToken(this.apiSecret);
  }
}
