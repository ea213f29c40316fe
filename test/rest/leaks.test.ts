import { expect, it } from 'vitest';
import { createServerToken } from '../../src/rest/index.js';
import { TEST_API_KEY, TEST_API_SECRET } from '../support/emulator.js';
import { useErrorPathEnv } from '../support/errorEnv.js';
import { errorPaths } from '../support/errorPaths.js';
import { errorSurfaces, leakedSecrets } from '../support/leaks.js';

const env = useErrorPathEnv();

it.each(errorPaths.map((path) => [path.name, path] as const))(
  'the error of "%s" carries no secret, JWT or api_key',
  async (_name, path) => {
    const error = await path.provoke(env);
    expect(error).toBeInstanceOf(Error);
    const serverToken = await createServerToken(TEST_API_SECRET);
    expect(leakedSecrets(error, [TEST_API_SECRET, TEST_API_KEY, serverToken])).toEqual([]);
  },
);

it('would notice a leak (the check itself can fail)', () => {
  const leaky = Object.assign(new Error('boom'), { request: { url: `/api/v2/app?api_key=${TEST_API_KEY}` } });
  expect(leakedSecrets(leaky, [TEST_API_KEY])).toEqual([TEST_API_KEY]);
  const withJwt = new Error('Authorization: eyJhbGciOiJIUzI1NiJ9.eyJzZXJ2ZXIiOnRydWV9.c2lnbmF0dXJl');
  expect(leakedSecrets(withJwt, [])).toHaveLength(1);
  expect(errorSurfaces(new Error('x', { cause: new Error(TEST_API_SECRET) })).join('\n')).toContain(TEST_API_SECRET);
});
