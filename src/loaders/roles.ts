import DataLoader from 'dataloader';
import type { StreamClient } from '../rest/client.js';
import type { Role } from '../rest/wire/permissions.js';

/** Roles by name, from one listRoles per request (it answers every role of the app at once). */
export function createRoleLoader(stream: StreamClient): DataLoader<string, Role | null> {
  let allRoles: Promise<Map<string, Role>> | undefined;
  return new DataLoader(async (names) => {
    allRoles ??= stream.listRoles().then(({ roles }) => new Map(roles.map((role) => [role.name, role])));
    const byName = await allRoles;
    return names.map((name) => byName.get(name) ?? null);
  });
}
