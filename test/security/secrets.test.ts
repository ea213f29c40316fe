import { afterEach, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { graphql } from './http.js';

const APP_SECRET = 'xiaomi-app-secret-7c1d9e';
const UPSERT = `mutation($input: UpsertPushProviderInput!) {
  upsertPushProvider(input: $input) { pushProvider { name xiaomiAppSecret } }
}`;
const LIST = '{ pushProviders { name xiaomiAppSecret xiaomiPackageName } }';

let gateway: TestGateway | undefined;
afterEach(() => gateway?.close());

async function providerSecretAsServer(revealSecrets: boolean | undefined) {
  gateway = await startTestGateway({}, revealSecrets === undefined ? {} : { revealSecrets });
  const input = { name: 'xiaomi-main', type: 'XIAOMI', xiaomiAppSecret: APP_SECRET, xiaomiPackageName: 'com.example' };
  const saved = await graphql(gateway.url, gateway.emulator, UPSERT, { input }, { token: gateway.serverToken });
  expect(saved.json?.errors).toBeUndefined();
  const listed = await graphql(gateway.url, gateway.emulator, LIST, undefined, { token: gateway.serverToken });
  expect(listed.json?.errors).toBeUndefined();
  const providers = (
    listed.json?.data as { pushProviders: { name: string; xiaomiAppSecret: string; xiaomiPackageName: string }[] }
  ).pushProviders;
  const provider = providers.find((p) => p.name === 'xiaomi-main');
  expect(provider?.xiaomiPackageName).toBe('com.example');
  return { saved, listed, secret: provider?.xiaomiAppSecret };
}

it('redacts secret-bearing fields by default, even for server callers, in every answer', async () => {
  const { saved, listed, secret } = await providerSecretAsServer(undefined);
  expect(secret).toBe('[redacted]');
  expect(saved.text).not.toContain(APP_SECRET);
  expect(listed.text).not.toContain(APP_SECRET);
});

it('reveals them to server callers when the deployment says so (REVEAL_SECRETS=true)', async () => {
  const { secret } = await providerSecretAsServer(true);
  expect(secret).toBe(APP_SECRET);
});
