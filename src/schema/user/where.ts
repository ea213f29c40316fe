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
  id: { stream: 'id', filter: IDFilter, description: 'The user id.' },
  name: { stream: 'name', filter: StringFilter, description: 'The display name.' },
  role: { stream: 'role', filter: IDFilter, description: "The app-wide role's name (e.g. `admin`)." },
  teams: { stream: 'teams', filter: StringListFilter, description: 'The teams the user belongs to.' },
  banned: { stream: 'banned', filter: BooleanFilter, description: 'Banned app-wide.' },
  shadowBanned: { stream: 'shadow_banned', filter: BooleanFilter, description: 'Shadow-banned app-wide.' },
  createdAt: { stream: 'created_at', filter: DateTimeFilter, description: 'When the user was created.' },
  updatedAt: { stream: 'updated_at', filter: DateTimeFilter, description: 'When the user last changed.' },
  lastActive: { stream: 'last_active', filter: DateTimeFilter, description: 'When the user was last connected.' },
});
export const UserWhere = user.input;
export const USER_WHERE_FIELDS = user.streamNames;

export const UserOrder = orderInput('UserOrder', 'One field to order users by; earlier entries take precedence.', {
  description: 'A field users can be ordered by.',
  values: {
    CREATED_AT: { value: 'created_at', description: 'When the user was created.' },
    UPDATED_AT: { value: 'updated_at', description: 'When the user last changed.' },
    LAST_ACTIVE: { value: 'last_active', description: 'When the user was last connected.' },
    ID: { value: 'id', description: 'The user id, alphabetically.' },
    NAME: { value: 'name', description: 'The display name, alphabetically.' },
  },
});
