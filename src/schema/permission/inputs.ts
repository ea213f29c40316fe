import { PermissionRequest } from '../../rest/wire/permissions.js';
import { builder } from '../../graphql/builder.js';
import { wireInputFields } from '../../graphql/wireInputFields.js';

export const CreatePermissionInput = builder.inputType('CreatePermissionInput', {
  description: 'A new custom permission.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Its id (1 to 255 characters).' }),
    ...wireInputFields(t, PermissionRequest, {
      name: 'A readable name (1 to 100 characters).',
      action: 'The action it allows, e.g. CreateMessage.',
      condition: 'Conditions, in Stream’s filter language.',
      owner: 'Apply only to resources the user owns.',
      sameTeam: 'Apply only within the user’s teams.',
    }),
  }),
});

export const UpdatePermissionInput = builder.inputType('UpdatePermissionInput', {
  description: 'A new definition for a custom permission.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The permission to change.' }),
    ...wireInputFields(t, PermissionRequest, {
      name: 'A readable name (1 to 100 characters).',
      action: 'The action it allows.',
      condition: 'Conditions, in Stream’s filter language.',
      owner: 'Apply only to resources the user owns.',
      sameTeam: 'Apply only within the user’s teams.',
    }),
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
