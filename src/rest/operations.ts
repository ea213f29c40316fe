import * as app from './app.js';
import * as blocklists from './blocklists.js';
import * as devices from './devices.js';
import * as externalStorage from './externalStorage.js';
import * as imports from './imports.js';
import * as permissions from './permissions.js';
import * as polls from './polls.js';
import * as push from './push.js';
import * as tasks from './tasks.js';
import * as uploads from './uploads.js';
import * as userGroups from './userGroups.js';
import * as users from './users.js';
import type { Operation } from './operation.js';

/** Every operation of the common API, by the name the official SDK gives its method. */
export const operations = {
  ...app,
  ...blocklists,
  ...devices,
  ...externalStorage,
  ...imports,
  ...permissions,
  ...polls,
  ...push,
  ...tasks,
  ...uploads,
  ...userGroups,
  ...users,
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;

export const operationList: readonly Operation[] = Object.values(operations);
