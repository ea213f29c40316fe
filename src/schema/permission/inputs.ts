import { builder } from '../../graphql/builder.js';

export const CreatePermissionInput = builder.inputType('CreatePermissionInput', {
  description: 'A new custom permission.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Its id (1 to 255 characters).' }),
    name: t.string({ required: true, description: 'A readable name (1 to 100 characters).' }),
    action: t.string({ required: true, description: 'The action it allows, e.g. CreateMessage.' }),
    condition: t.field({ type: 'JSONObject', required: true, description: 'Conditions, in Stream’s filter language.' }),
    owner: t.boolean({ description: 'Apply only to resources the user owns.' }),
    sameTeam: t.boolean({ description: 'Apply only within the user’s teams.' }),
  }),
});

export const UpdatePermissionInput = builder.inputType('UpdatePermissionInput', {
  description: 'A new definition for a custom permission.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The permission to change.' }),
    name: t.string({ required: true, description: 'A readable name (1 to 100 characters).' }),
    action: t.string({ required: true, description: 'The action it allows.' }),
    condition: t.field({ type: 'JSONObject', required: true, description: 'Conditions, in Stream’s filter language.' }),
    owner: t.boolean({ description: 'Apply only to resources the user owns.' }),
    sameTeam: t.boolean({ description: 'Apply only within the user’s teams.' }),
  }),
});

export const DeletePermissionInput = builder.inputType('DeletePermissionInput', {
  description: 'The custom permission to remove.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Its id.' }),
  }),
});

export const CreateRoleInput = builder.inputType('CreateRoleInput', {
  description: 'A new custom role.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name (1 to 64 characters).' }),
  }),
});

export const DeleteRoleInput = builder.inputType('DeleteRoleInput', {
  description: 'The custom role to remove; no user may still hold it.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name.' }),
  }),
});
