import { whereInput } from '../../graphql/input/whereInput.js';
import { orderInput } from '../../graphql/sort.js';
import {
  BooleanFilter,
  DateTimeFilter,
  IDFilter,
  StringFilter,
  StringListFilter,
} from '../../graphql/input/filterInputs.js';

/*
 * Typed filter and sort order of queryUsers: the fields Stream's user-query documentation names
 * (also what the emulator filters on, src/emulator/users/fields.ts). Custom fields go through
 * the raw `filter` escape hatch.
 */

const user = whereInput('UserWhere', 'Which users to list; conditions given together must all hold.', {
  id: { filter: IDFilter, description: 'The user id.' },
  name: { filter: StringFilter, description: 'The display name.' },
  role: { filter: IDFilter, description: "The app-wide role's name (e.g. `admin`)." },
  teams: { filter: StringListFilter, description: 'The teams the user belongs to.' },
  banned: { filter: BooleanFilter, description: 'Banned app-wide.' },
  shadowBanned: { filter: BooleanFilter, description: 'Shadow-banned app-wide.' },
  createdAt: { filter: DateTimeFilter, description: 'When the user was created.' },
  updatedAt: { filter: DateTimeFilter, description: 'When the user last changed.' },
  lastActive: { filter: DateTimeFilter, description: 'When the user was last connected.' },
});
export const UserWhere = user.input;
export const USER_WHERE_FIELDS = user.streamNames;

export const UserOrder = orderInput('UserOrder', 'One field to order users by; earlier entries take precedence.', {
  description: 'A field users can be ordered by.',
  values: {
    CREATED_AT: 'When the user was created.',
    UPDATED_AT: 'When the user last changed.',
    LAST_ACTIVE: 'When the user was last connected.',
    ID: 'The user id, alphabetically.',
    NAME: 'The display name, alphabetically.',
  },
});
