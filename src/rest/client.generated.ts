// generated — do not edit. `npm run client:generate` writes it from the operation table
// (src/rest/operations.ts) with scripts/generate-client.ts; test/rest/client-drift.test.ts fails when it drifts.

import { StreamClientCore, type MethodInput } from './clientCore.js';
import type { RequestOptions } from './transport.js';
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

/** Stream's common API, one method per operation, named as the official SDK names it. */
export class StreamClient extends StreamClientCore {
  /** `POST /api/v2/check_sns`, retried on transient failures: {@link app.checkSNS} */
  checkSNS(input?: MethodInput<'checkSNS'>, options?: RequestOptions) {
    return this.call(app.checkSNS, input, options);
  }
  /** `POST /api/v2/check_sqs`, retried on transient failures: {@link app.checkSQS} */
  checkSQS(input?: MethodInput<'checkSQS'>, options?: RequestOptions) {
    return this.call(app.checkSQS, input, options);
  }
  /** `GET /api/v2/app`, retried on transient failures: {@link app.getApp} */
  getApp(input?: MethodInput<'getApp'>, options?: RequestOptions) {
    return this.call(app.getApp, input, options);
  }
  /** `GET /api/v2/og`, retried on transient failures: {@link app.getOG} */
  getOG(input: MethodInput<'getOG'>, options?: RequestOptions) {
    return this.call(app.getOG, input, options);
  }
  /** `GET /api/v2/rate_limits`, retried on transient failures: {@link app.getRateLimits} */
  getRateLimits(input?: MethodInput<'getRateLimits'>, options?: RequestOptions) {
    return this.call(app.getRateLimits, input, options);
  }
  /** `PATCH /api/v2/app`, retried on transient failures: {@link app.updateApp} */
  updateApp(input?: MethodInput<'updateApp'>, options?: RequestOptions) {
    return this.call(app.updateApp, input, options);
  }
  /** `POST /api/v2/blocklists`, never retried: {@link blocklists.createBlockList} */
  createBlockList(input: MethodInput<'createBlockList'>, options?: RequestOptions) {
    return this.call(blocklists.createBlockList, input, options);
  }
  /** `DELETE /api/v2/blocklists/{name}`, never retried: {@link blocklists.deleteBlockList} */
  deleteBlockList(input: MethodInput<'deleteBlockList'>, options?: RequestOptions) {
    return this.call(blocklists.deleteBlockList, input, options);
  }
  /** `GET /api/v2/blocklists/{name}`, retried on transient failures: {@link blocklists.getBlockList} */
  getBlockList(input: MethodInput<'getBlockList'>, options?: RequestOptions) {
    return this.call(blocklists.getBlockList, input, options);
  }
  /** `POST /api/v2/blocklists/{id}/import`, never retried: {@link blocklists.importBlockList} */
  importBlockList(input: MethodInput<'importBlockList'>, options?: RequestOptions) {
    return this.call(blocklists.importBlockList, input, options);
  }
  /** `GET /api/v2/blocklists`, retried on transient failures: {@link blocklists.listBlockLists} */
  listBlockLists(input?: MethodInput<'listBlockLists'>, options?: RequestOptions) {
    return this.call(blocklists.listBlockLists, input, options);
  }
  /** `PUT /api/v2/blocklists/{name}`, retried on transient failures: {@link blocklists.updateBlockList} */
  updateBlockList(input: MethodInput<'updateBlockList'>, options?: RequestOptions) {
    return this.call(blocklists.updateBlockList, input, options);
  }
  /** `POST /api/v2/devices`, retried on transient failures: {@link devices.createDevice} */
  createDevice(input: MethodInput<'createDevice'>, options?: RequestOptions) {
    return this.call(devices.createDevice, input, options);
  }
  /** `DELETE /api/v2/devices`, never retried: {@link devices.deleteDevice} */
  deleteDevice(input: MethodInput<'deleteDevice'>, options?: RequestOptions) {
    return this.call(devices.deleteDevice, input, options);
  }
  /** `GET /api/v2/devices`, retried on transient failures: {@link devices.listDevices} */
  listDevices(input?: MethodInput<'listDevices'>, options?: RequestOptions) {
    return this.call(devices.listDevices, input, options);
  }
  /** `GET /api/v2/external_storage/{name}/check`, retried on transient failures: {@link externalStorage.checkExternalStorage} */
  checkExternalStorage(input: MethodInput<'checkExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.checkExternalStorage, input, options);
  }
  /** `POST /api/v2/external_storage`, never retried: {@link externalStorage.createExternalStorage} */
  createExternalStorage(input: MethodInput<'createExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.createExternalStorage, input, options);
  }
  /** `DELETE /api/v2/external_storage/{name}`, never retried: {@link externalStorage.deleteExternalStorage} */
  deleteExternalStorage(input: MethodInput<'deleteExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.deleteExternalStorage, input, options);
  }
  /** `DELETE /api/v2/imports/v2/external-storage`, never retried: {@link externalStorage.deleteImporterExternalStorage} */
  deleteImporterExternalStorage(input?: MethodInput<'deleteImporterExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.deleteImporterExternalStorage, input, options);
  }
  /** `GET /api/v2/imports/v2/external-storage`, retried on transient failures: {@link externalStorage.getImporterExternalStorage} */
  getImporterExternalStorage(input?: MethodInput<'getImporterExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.getImporterExternalStorage, input, options);
  }
  /** `GET /api/v2/external_storage`, retried on transient failures: {@link externalStorage.listExternalStorage} */
  listExternalStorage(input?: MethodInput<'listExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.listExternalStorage, input, options);
  }
  /** `PUT /api/v2/external_storage/{name}`, retried on transient failures: {@link externalStorage.updateExternalStorage} */
  updateExternalStorage(input: MethodInput<'updateExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.updateExternalStorage, input, options);
  }
  /** `PUT /api/v2/imports/v2/external-storage`, retried on transient failures: {@link externalStorage.upsertImporterExternalStorage} */
  upsertImporterExternalStorage(input: MethodInput<'upsertImporterExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.upsertImporterExternalStorage, input, options);
  }
  /** `POST /api/v2/imports/v2/external-storage/validate`, retried on transient failures: {@link externalStorage.validateImporterExternalStorage} */
  validateImporterExternalStorage(input?: MethodInput<'validateImporterExternalStorage'>, options?: RequestOptions) {
    return this.call(externalStorage.validateImporterExternalStorage, input, options);
  }
  /** `POST /api/v2/imports/v2/{id}/cancel`, never retried: {@link imports.cancelImportV2Task} */
  cancelImportV2Task(input: MethodInput<'cancelImportV2Task'>, options?: RequestOptions) {
    return this.call(imports.cancelImportV2Task, input, options);
  }
  /** `POST /api/v2/imports`, never retried: {@link imports.createImport} */
  createImport(input: MethodInput<'createImport'>, options?: RequestOptions) {
    return this.call(imports.createImport, input, options);
  }
  /** `POST /api/v2/import_urls`, never retried: {@link imports.createImportURL} */
  createImportURL(input?: MethodInput<'createImportURL'>, options?: RequestOptions) {
    return this.call(imports.createImportURL, input, options);
  }
  /** `POST /api/v2/imports/v2`, never retried: {@link imports.createImportV2Task} */
  createImportV2Task(input: MethodInput<'createImportV2Task'>, options?: RequestOptions) {
    return this.call(imports.createImportV2Task, input, options);
  }
  /** `DELETE /api/v2/imports/v2/{id}`, never retried: {@link imports.deleteImportV2Task} */
  deleteImportV2Task(input: MethodInput<'deleteImportV2Task'>, options?: RequestOptions) {
    return this.call(imports.deleteImportV2Task, input, options);
  }
  /** `GET /api/v2/imports/{id}`, retried on transient failures: {@link imports.getImport} */
  getImport(input: MethodInput<'getImport'>, options?: RequestOptions) {
    return this.call(imports.getImport, input, options);
  }
  /** `GET /api/v2/imports/v2/{id}`, retried on transient failures: {@link imports.getImportV2Task} */
  getImportV2Task(input: MethodInput<'getImportV2Task'>, options?: RequestOptions) {
    return this.call(imports.getImportV2Task, input, options);
  }
  /** `GET /api/v2/imports/v2`, retried on transient failures: {@link imports.listImportV2Tasks} */
  listImportV2Tasks(input?: MethodInput<'listImportV2Tasks'>, options?: RequestOptions) {
    return this.call(imports.listImportV2Tasks, input, options);
  }
  /** `GET /api/v2/imports`, retried on transient failures: {@link imports.listImports} */
  listImports(input?: MethodInput<'listImports'>, options?: RequestOptions) {
    return this.call(imports.listImports, input, options);
  }
  /** `POST /api/v2/permissions`, never retried: {@link permissions.createPermission} */
  createPermission(input: MethodInput<'createPermission'>, options?: RequestOptions) {
    return this.call(permissions.createPermission, input, options);
  }
  /** `POST /api/v2/roles`, never retried: {@link permissions.createRole} */
  createRole(input: MethodInput<'createRole'>, options?: RequestOptions) {
    return this.call(permissions.createRole, input, options);
  }
  /** `DELETE /api/v2/permissions/{id}`, never retried: {@link permissions.deletePermission} */
  deletePermission(input: MethodInput<'deletePermission'>, options?: RequestOptions) {
    return this.call(permissions.deletePermission, input, options);
  }
  /** `DELETE /api/v2/roles/{name}`, never retried: {@link permissions.deleteRole} */
  deleteRole(input: MethodInput<'deleteRole'>, options?: RequestOptions) {
    return this.call(permissions.deleteRole, input, options);
  }
  /** `GET /api/v2/permissions/{id}`, retried on transient failures: {@link permissions.getPermission} */
  getPermission(input: MethodInput<'getPermission'>, options?: RequestOptions) {
    return this.call(permissions.getPermission, input, options);
  }
  /** `GET /api/v2/permissions`, retried on transient failures: {@link permissions.listPermissions} */
  listPermissions(input?: MethodInput<'listPermissions'>, options?: RequestOptions) {
    return this.call(permissions.listPermissions, input, options);
  }
  /** `GET /api/v2/roles`, retried on transient failures: {@link permissions.listRoles} */
  listRoles(input?: MethodInput<'listRoles'>, options?: RequestOptions) {
    return this.call(permissions.listRoles, input, options);
  }
  /** `GET /api/v2/roles/search`, retried on transient failures: {@link permissions.searchRoles} */
  searchRoles(input: MethodInput<'searchRoles'>, options?: RequestOptions) {
    return this.call(permissions.searchRoles, input, options);
  }
  /** `PUT /api/v2/permissions/{id}`, retried on transient failures: {@link permissions.updatePermission} */
  updatePermission(input: MethodInput<'updatePermission'>, options?: RequestOptions) {
    return this.call(permissions.updatePermission, input, options);
  }
  /** `POST /api/v2/polls`, never retried: {@link polls.createPoll} */
  createPoll(input: MethodInput<'createPoll'>, options?: RequestOptions) {
    return this.call(polls.createPoll, input, options);
  }
  /** `POST /api/v2/polls/{poll_id}/options`, never retried: {@link polls.createPollOption} */
  createPollOption(input: MethodInput<'createPollOption'>, options?: RequestOptions) {
    return this.call(polls.createPollOption, input, options);
  }
  /** `DELETE /api/v2/polls/{poll_id}`, never retried: {@link polls.deletePoll} */
  deletePoll(input: MethodInput<'deletePoll'>, options?: RequestOptions) {
    return this.call(polls.deletePoll, input, options);
  }
  /** `DELETE /api/v2/polls/{poll_id}/options/{option_id}`, never retried: {@link polls.deletePollOption} */
  deletePollOption(input: MethodInput<'deletePollOption'>, options?: RequestOptions) {
    return this.call(polls.deletePollOption, input, options);
  }
  /** `GET /api/v2/polls/{poll_id}`, retried on transient failures: {@link polls.getPoll} */
  getPoll(input: MethodInput<'getPoll'>, options?: RequestOptions) {
    return this.call(polls.getPoll, input, options);
  }
  /** `GET /api/v2/polls/{poll_id}/options/{option_id}`, retried on transient failures: {@link polls.getPollOption} */
  getPollOption(input: MethodInput<'getPollOption'>, options?: RequestOptions) {
    return this.call(polls.getPollOption, input, options);
  }
  /** `POST /api/v2/polls/{poll_id}/votes`, retried on transient failures: {@link polls.queryPollVotes} */
  queryPollVotes(input: MethodInput<'queryPollVotes'>, options?: RequestOptions) {
    return this.call(polls.queryPollVotes, input, options);
  }
  /** `POST /api/v2/polls/query`, retried on transient failures: {@link polls.queryPolls} */
  queryPolls(input?: MethodInput<'queryPolls'>, options?: RequestOptions) {
    return this.call(polls.queryPolls, input, options);
  }
  /** `PUT /api/v2/polls`, retried on transient failures: {@link polls.updatePoll} */
  updatePoll(input: MethodInput<'updatePoll'>, options?: RequestOptions) {
    return this.call(polls.updatePoll, input, options);
  }
  /** `PUT /api/v2/polls/{poll_id}/options`, retried on transient failures: {@link polls.updatePollOption} */
  updatePollOption(input: MethodInput<'updatePollOption'>, options?: RequestOptions) {
    return this.call(polls.updatePollOption, input, options);
  }
  /** `PATCH /api/v2/polls/{poll_id}`, retried on transient failures: {@link polls.updatePollPartial} */
  updatePollPartial(input: MethodInput<'updatePollPartial'>, options?: RequestOptions) {
    return this.call(polls.updatePollPartial, input, options);
  }
  /** `POST /api/v2/check_push`, never retried: {@link push.checkPush} */
  checkPush(input?: MethodInput<'checkPush'>, options?: RequestOptions) {
    return this.call(push.checkPush, input, options);
  }
  /** `DELETE /api/v2/push_providers/{type}/{name}`, never retried: {@link push.deletePushProvider} */
  deletePushProvider(input: MethodInput<'deletePushProvider'>, options?: RequestOptions) {
    return this.call(push.deletePushProvider, input, options);
  }
  /** `GET /api/v2/push_templates`, retried on transient failures: {@link push.getPushTemplates} */
  getPushTemplates(input: MethodInput<'getPushTemplates'>, options?: RequestOptions) {
    return this.call(push.getPushTemplates, input, options);
  }
  /** `GET /api/v2/push_providers`, retried on transient failures: {@link push.listPushProviders} */
  listPushProviders(input?: MethodInput<'listPushProviders'>, options?: RequestOptions) {
    return this.call(push.listPushProviders, input, options);
  }
  /** `POST /api/v2/push_preferences`, retried on transient failures: {@link push.updatePushNotificationPreferences} */
  updatePushNotificationPreferences(input: MethodInput<'updatePushNotificationPreferences'>, options?: RequestOptions) {
    return this.call(push.updatePushNotificationPreferences, input, options);
  }
  /** `POST /api/v2/push_providers`, retried on transient failures: {@link push.upsertPushProvider} */
  upsertPushProvider(input?: MethodInput<'upsertPushProvider'>, options?: RequestOptions) {
    return this.call(push.upsertPushProvider, input, options);
  }
  /** `POST /api/v2/push_templates`, retried on transient failures: {@link push.upsertPushTemplate} */
  upsertPushTemplate(input: MethodInput<'upsertPushTemplate'>, options?: RequestOptions) {
    return this.call(push.upsertPushTemplate, input, options);
  }
  /** `GET /api/v2/tasks/{id}`, retried on transient failures: {@link tasks.getTask} */
  getTask(input: MethodInput<'getTask'>, options?: RequestOptions) {
    return this.call(tasks.getTask, input, options);
  }
  /** `DELETE /api/v2/uploads/file`, never retried: {@link uploads.deleteFile} */
  deleteFile(input?: MethodInput<'deleteFile'>, options?: RequestOptions) {
    return this.call(uploads.deleteFile, input, options);
  }
  /** `DELETE /api/v2/uploads/image`, never retried: {@link uploads.deleteImage} */
  deleteImage(input?: MethodInput<'deleteImage'>, options?: RequestOptions) {
    return this.call(uploads.deleteImage, input, options);
  }
  /** `POST /api/v2/uploads/file`, never retried: {@link uploads.uploadFile} */
  uploadFile(input: MethodInput<'uploadFile'>, options?: RequestOptions) {
    return this.call(uploads.uploadFile, input, options);
  }
  /** `POST /api/v2/uploads/image`, never retried: {@link uploads.uploadImage} */
  uploadImage(input: MethodInput<'uploadImage'>, options?: RequestOptions) {
    return this.call(uploads.uploadImage, input, options);
  }
  /** `POST /api/v2/usergroups/{id}/members`, never retried: {@link userGroups.addUserGroupMembers} */
  addUserGroupMembers(input: MethodInput<'addUserGroupMembers'>, options?: RequestOptions) {
    return this.call(userGroups.addUserGroupMembers, input, options);
  }
  /** `POST /api/v2/usergroups`, never retried: {@link userGroups.createUserGroup} */
  createUserGroup(input: MethodInput<'createUserGroup'>, options?: RequestOptions) {
    return this.call(userGroups.createUserGroup, input, options);
  }
  /** `DELETE /api/v2/usergroups/{id}`, never retried: {@link userGroups.deleteUserGroup} */
  deleteUserGroup(input: MethodInput<'deleteUserGroup'>, options?: RequestOptions) {
    return this.call(userGroups.deleteUserGroup, input, options);
  }
  /** `GET /api/v2/usergroups/{id}`, retried on transient failures: {@link userGroups.getUserGroup} */
  getUserGroup(input: MethodInput<'getUserGroup'>, options?: RequestOptions) {
    return this.call(userGroups.getUserGroup, input, options);
  }
  /** `GET /api/v2/usergroups`, retried on transient failures: {@link userGroups.listUserGroups} */
  listUserGroups(input?: MethodInput<'listUserGroups'>, options?: RequestOptions) {
    return this.call(userGroups.listUserGroups, input, options);
  }
  /** `POST /api/v2/usergroups/{id}/members/delete`, never retried: {@link userGroups.removeUserGroupMembers} */
  removeUserGroupMembers(input: MethodInput<'removeUserGroupMembers'>, options?: RequestOptions) {
    return this.call(userGroups.removeUserGroupMembers, input, options);
  }
  /** `GET /api/v2/usergroups/search`, retried on transient failures: {@link userGroups.searchUserGroups} */
  searchUserGroups(input: MethodInput<'searchUserGroups'>, options?: RequestOptions) {
    return this.call(userGroups.searchUserGroups, input, options);
  }
  /** `PUT /api/v2/usergroups/{id}`, retried on transient failures: {@link userGroups.updateUserGroup} */
  updateUserGroup(input: MethodInput<'updateUserGroup'>, options?: RequestOptions) {
    return this.call(userGroups.updateUserGroup, input, options);
  }
  /** `POST /api/v2/users/block`, never retried: {@link users.blockUsers} */
  blockUsers(input: MethodInput<'blockUsers'>, options?: RequestOptions) {
    return this.call(users.blockUsers, input, options);
  }
  /** `POST /api/v2/guest`, never retried: {@link users.createGuest} */
  createGuest(input: MethodInput<'createGuest'>, options?: RequestOptions) {
    return this.call(users.createGuest, input, options);
  }
  /** `POST /api/v2/users/{user_id}/deactivate`, never retried: {@link users.deactivateUser} */
  deactivateUser(input: MethodInput<'deactivateUser'>, options?: RequestOptions) {
    return this.call(users.deactivateUser, input, options);
  }
  /** `POST /api/v2/users/deactivate`, never retried: {@link users.deactivateUsers} */
  deactivateUsers(input: MethodInput<'deactivateUsers'>, options?: RequestOptions) {
    return this.call(users.deactivateUsers, input, options);
  }
  /** `POST /api/v2/users/delete`, never retried: {@link users.deleteUsers} */
  deleteUsers(input: MethodInput<'deleteUsers'>, options?: RequestOptions) {
    return this.call(users.deleteUsers, input, options);
  }
  /** `GET /api/v2/users/{user_id}/export`, retried on transient failures: {@link users.exportUser} */
  exportUser(input: MethodInput<'exportUser'>, options?: RequestOptions) {
    return this.call(users.exportUser, input, options);
  }
  /** `POST /api/v2/export/users`, never retried: {@link users.exportUsers} */
  exportUsers(input: MethodInput<'exportUsers'>, options?: RequestOptions) {
    return this.call(users.exportUsers, input, options);
  }
  /** `GET /api/v2/users/block`, retried on transient failures: {@link users.getBlockedUsers} */
  getBlockedUsers(input?: MethodInput<'getBlockedUsers'>, options?: RequestOptions) {
    return this.call(users.getBlockedUsers, input, options);
  }
  /** `GET /api/v2/users/live_locations`, retried on transient failures: {@link users.getUserLiveLocations} */
  getUserLiveLocations(input?: MethodInput<'getUserLiveLocations'>, options?: RequestOptions) {
    return this.call(users.getUserLiveLocations, input, options);
  }
  /** `GET /api/v2/users`, retried on transient failures: {@link users.queryUsers} */
  queryUsers(input?: MethodInput<'queryUsers'>, options?: RequestOptions) {
    return this.call(users.queryUsers, input, options);
  }
  /** `POST /api/v2/users/{user_id}/reactivate`, never retried: {@link users.reactivateUser} */
  reactivateUser(input: MethodInput<'reactivateUser'>, options?: RequestOptions) {
    return this.call(users.reactivateUser, input, options);
  }
  /** `POST /api/v2/users/reactivate`, never retried: {@link users.reactivateUsers} */
  reactivateUsers(input: MethodInput<'reactivateUsers'>, options?: RequestOptions) {
    return this.call(users.reactivateUsers, input, options);
  }
  /** `POST /api/v2/users/restore`, never retried: {@link users.restoreUsers} */
  restoreUsers(input: MethodInput<'restoreUsers'>, options?: RequestOptions) {
    return this.call(users.restoreUsers, input, options);
  }
  /** `POST /api/v2/users/unblock`, never retried: {@link users.unblockUsers} */
  unblockUsers(input: MethodInput<'unblockUsers'>, options?: RequestOptions) {
    return this.call(users.unblockUsers, input, options);
  }
  /** `PUT /api/v2/users/live_locations`, retried on transient failures: {@link users.updateLiveLocation} */
  updateLiveLocation(input: MethodInput<'updateLiveLocation'>, options?: RequestOptions) {
    return this.call(users.updateLiveLocation, input, options);
  }
  /** `POST /api/v2/users`, retried on transient failures: {@link users.updateUsers} */
  updateUsers(input: MethodInput<'updateUsers'>, options?: RequestOptions) {
    return this.call(users.updateUsers, input, options);
  }
  /** `PATCH /api/v2/users`, retried on transient failures: {@link users.updateUsersPartial} */
  updateUsersPartial(input: MethodInput<'updateUsersPartial'>, options?: RequestOptions) {
    return this.call(users.updateUsersPartial, input, options);
  }
}
