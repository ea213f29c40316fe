/** The entities this subgraph declares, each with its key fields, as composition and `_service` must show them. */
export const ENTITY_KEYS: readonly (readonly [type: string, key: string])[] = [
  ['User', 'id'],
  ['Poll', 'id'],
  ['UserGroup', 'id'],
  ['BlockList', 'name team'],
  ['Role', 'name'],
];
