import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';
import { appHandlers } from './app.js';
import { blocklistsHandlers } from './blocklists.js';
import { devicesHandlers } from './devices.js';
import { externalStorageHandlers } from './externalStorage.js';
import { importsHandlers } from './imports.js';
import { permissionsHandlers } from './permissions.js';
import { pollsHandlers } from './polls.js';
import { pushHandlers } from './push.js';
import { taskHandlers } from './tasks.js';
import { uploadsHandlers } from './uploads.js';
import { userGroupsHandlers } from './userGroups.js';
import { usersHandlers } from './users.js';

/** Every operation's handler, sharing one state. */
export function allHandlers(state: EmulatorState): Handlers {
  return {
    ...appHandlers(state),
    ...blocklistsHandlers(state),
    ...devicesHandlers(state),
    ...externalStorageHandlers(state),
    ...importsHandlers(state),
    ...permissionsHandlers(state),
    ...pollsHandlers(state),
    ...pushHandlers(state),
    ...taskHandlers(state),
    ...uploadsHandlers(state),
    ...userGroupsHandlers(state),
    ...usersHandlers(state),
  };
}
