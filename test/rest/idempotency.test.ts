import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../src/rest/request.js';
import { operationList, operations } from '../../src/rest/operations.js';

describe('each operation declares whether it may be sent twice', () => {
  // The field is required by the Operation type, so a definition without it does not compile;
  // this checks the values are real booleans and the table's reads are all marked.
  it('every operation of the table has a boolean flag', () => {
    const missing = operationList.filter((operation) => typeof operation.idempotent !== 'boolean');
    expect(missing.map((operation) => operation.name)).toEqual([]);
  });

  it('every GET is idempotent, and so are the reads Stream serves over POST', () => {
    const gets = operationList.filter((operation) => operation.method === 'GET' && !operation.idempotent);
    expect(gets.map((operation) => operation.name)).toEqual([]);
    expect([operations.queryPolls, operations.queryPollVotes].map((operation) => operation.idempotent)).toEqual([
      true,
      true,
    ]);
  });

  it('creates and deletes are not; upserts keyed by the caller are', () => {
    const creates = operationList.filter((operation) => /^(create|delete|upload)/.test(operation.name));
    const flagged = creates.filter((operation) => operation.idempotent).map((operation) => operation.name);
    // createDevice registers a device by the caller's id: registering it again updates it.
    expect(flagged).toEqual(['createDevice']);
    expect([operations.upsertPushProvider, operations.updateUsers].every((operation) => operation.idempotent)).toBe(
      true,
    );
  });
});

describe('creates whose id the caller may choose', () => {
  it('get a UUIDv7 when the caller gives none, each call its own', () => {
    const first = buildRequest(operations.createPoll, { name: 'q' });
    const second = buildRequest(operations.createPoll, { name: 'q' });
    expect(first.createdId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((first.json as { id: string }).id).toBe(first.createdId);
    expect(second.createdId).not.toBe(first.createdId);
  });

  it("keep the caller's id", () => {
    const request = buildRequest(operations.createUserGroup, { name: 'g', id: 'my-group' });
    expect([request.createdId, (request.json as { id: string }).id]).toEqual(['my-group', 'my-group']);
  });

  it('are the ones whose body has an optional or required id', () => {
    const withId = operationList.filter((operation) => operation.createdId).map((operation) => operation.name);
    expect(withId.sort()).toEqual(['createPermission', 'createPoll', 'createUserGroup']);
  });
});
