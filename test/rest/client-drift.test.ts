import { readFileSync } from 'node:fs';
import { expect, expectTypeOf, it } from 'vitest';
import { StreamClient, type MethodInput } from '../../src/rest/client.js';
import { operationList, type OperationName } from '../../src/rest/operations.js';
import { GENERATED_CLIENT, renderClient } from '../../scripts/clientSource.js';

it('src/rest/client.generated.ts is generated from the operation table (run `npm run client:generate` after changing it)', async () => {
  expect(readFileSync(GENERATED_CLIENT, 'utf8')).toBe(await renderClient());
});

it('has one method of its own per operation of the table, named as the operation', () => {
  const methods = Object.getOwnPropertyNames(StreamClient.prototype).filter((name) => name !== 'constructor');
  expect(methods.sort()).toEqual(operationList.map((operation) => operation.name).sort());
});

it('lets the input be left out exactly where every field of it may be', () => {
  type OptionalByType = { [K in OperationName]: {} extends MethodInput<K> ? true : false };
  type OptionalInMethod = { [K in OperationName]: undefined extends Parameters<StreamClient[K]>[0] ? true : false };
  expectTypeOf<OptionalInMethod>().toEqualTypeOf<OptionalByType>();
});
