import type { QueryFields } from '../query/fields.js';
import type { SortSpec } from '../query/sorting.js';
import type { UserRecord } from '../state.js';

/** What queryUsers filters and sorts on; any other name is a top-level custom field. */
export const USER_FIELDS: QueryFields<UserRecord> = {
  fields: {
    id: { type: 'string', get: (user) => user.id },
    name: { type: 'string', get: (user) => user.name },
    role: { type: 'string', get: (user) => user.role },
    language: { type: 'string', get: (user) => user.language },
    teams: { type: 'array', get: (user) => user.teams, sortable: false },
    banned: { type: 'boolean', get: (user) => user.banned },
    shadow_banned: { type: 'boolean', get: (user) => user.shadow_banned },
    online: { type: 'boolean', get: (user) => user.online },
    invisible: { type: 'boolean', get: (user) => user.invisible },
    created_at: { type: 'date', get: (user) => user.created_at },
    updated_at: { type: 'date', get: (user) => user.updated_at },
    last_active: { type: 'date', get: (user) => user.last_active },
    deactivated_at: { type: 'date', get: (user) => user.deactivated_at },
  },
  other: (user, name) => user.custom[name],
};

/**
 * Oldest users first. Stream documents no default order for queryUsers; creation order is
 * stable under inserts, which makes offset paging predictable.
 */
export const DEFAULT_USER_SORT: SortSpec[] = [{ field: 'created_at', direction: 1 }];

export const DEFAULT_USER_LIMIT = 30;
