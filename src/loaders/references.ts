import type DataLoader from 'dataloader';
import type { StreamClient } from '../rest/client.js';
import type { BlockListResponse } from '../rest/wire/blocklists.js';
import type { Role } from '../rest/wire/permissions.js';
import type { UserGroupResponse } from '../rest/wire/userGroups.js';
import { createBlockListLoader, type BlockListKey } from './blockLists.js';
import { createRoleLoader } from './roles.js';
import { createUserGroupLoader } from './userGroups.js';

/** What federation's reference resolvers load beyond users and polls (src/loaders/index.ts has those). */
export interface ReferenceLoaders {
  blockLists: DataLoader<BlockListKey, BlockListResponse | null, string>;
  roles: DataLoader<string, Role | null>;
  userGroups: DataLoader<string, UserGroupResponse | null>;
}

const byRequest = new WeakMap<object, ReferenceLoaders>();

/**
 * The reference loaders of one request, made the first time an entity of theirs is asked for:
 * `request` is any object that lives exactly as long as the request (its GraphQL context).
 */
export function referenceLoaders(request: object, stream: StreamClient): ReferenceLoaders {
  let loaders = byRequest.get(request);
  if (!loaders) {
    loaders = {
      blockLists: createBlockListLoader(stream),
      roles: createRoleLoader(stream),
      userGroups: createUserGroupLoader(stream),
    };
    byRequest.set(request, loaders);
  }
  return loaders;
}
