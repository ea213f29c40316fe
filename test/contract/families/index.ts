import { appFamily } from './app.js';
import { blockListFamily } from './blocklists.js';
import { deviceFamily } from './devices.js';
import { externalStorageFamily, importerStorageFamily } from './externalStorage.js';
import type { Family } from './family.js';
import { importFamily } from './imports.js';
import { permissionFamily, roleFamily } from './permissions.js';
import { pollFamily } from './polls.js';
import { pushFamily } from './push.js';
import { uploadFamily } from './uploads.js';
import { userGroupFamily } from './userGroups.js';
import { userFamily, userRelationsFamily } from './users.js';

/** Together these call every one of the 90 operations at least once. */
export const families: Family[] = [
  appFamily,
  blockListFamily,
  deviceFamily,
  externalStorageFamily,
  importerStorageFamily,
  importFamily,
  permissionFamily,
  roleFamily,
  pollFamily,
  pushFamily,
  uploadFamily,
  userGroupFamily,
  userFamily,
  userRelationsFamily,
];
