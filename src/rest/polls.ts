import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { JsonObject } from './wire/primitives.js';
import {
  PollOptionInput,
  PollOptionTextRequest,
  PollOptionRequest,
  PollOptionResponse,
  PollOptionResponseData,
  PollResponse,
  PollResponseData,
  PollSettingsRequest,
  PollVotesResponse,
  QueryPollsResponse,
} from './wire/polls.js';
import { ActingUserQuery, ActingUserRequest, QueryPageRequest, Response } from './wire/shared.js';

export const createPoll = defineOperation({
  name: 'createPoll',
  method: 'POST',
  createdId: 'id',
  path: '/api/v2/polls',
  body: Type.Composite([
    Type.Pick(PollResponseData, ['name']),
    PollSettingsRequest,
    Type.Object({ id: Type.Optional(Type.String()), options: Type.Optional(Type.Array(PollOptionInput)) }),
    ActingUserRequest,
  ]),
  response: PollResponse,
});

export const updatePoll = defineOperation({
  name: 'updatePoll',
  method: 'PUT',
  path: '/api/v2/polls',
  body: Type.Composite([
    Type.Pick(PollResponseData, ['id', 'name']),
    PollSettingsRequest,
    Type.Object({ options: Type.Optional(Type.Array(PollOptionRequest)) }),
    ActingUserRequest,
  ]),
  response: PollResponse,
});

export const queryPolls = defineOperation({
  name: 'queryPolls',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/polls/query',
  query: ActingUserQuery,
  body: QueryPageRequest,
  response: QueryPollsResponse,
});

export const deletePoll = defineOperation({
  name: 'deletePoll',
  method: 'DELETE',
  path: '/api/v2/polls/{poll_id}',
  query: ActingUserQuery,
  response: Response,
});

export const getPoll = defineOperation({
  name: 'getPoll',
  method: 'GET',
  path: '/api/v2/polls/{poll_id}',
  query: ActingUserQuery,
  response: PollResponse,
});

export const updatePollPartial = defineOperation({
  name: 'updatePollPartial',
  method: 'PATCH',
  path: '/api/v2/polls/{poll_id}',
  body: Type.Composite([
    Type.Object({ set: Type.Optional(JsonObject), unset: Type.Optional(Type.Array(Type.String())) }),
    ActingUserRequest,
  ]),
  response: PollResponse,
});

export const createPollOption = defineOperation({
  name: 'createPollOption',
  method: 'POST',
  path: '/api/v2/polls/{poll_id}/options',
  body: Type.Composite([PollOptionTextRequest, ActingUserRequest]),
  response: PollOptionResponse,
});

export const updatePollOption = defineOperation({
  name: 'updatePollOption',
  method: 'PUT',
  path: '/api/v2/polls/{poll_id}/options',
  body: Type.Composite([Type.Pick(PollOptionResponseData, ['id']), PollOptionTextRequest, ActingUserRequest]),
  response: PollOptionResponse,
});

export const deletePollOption = defineOperation({
  name: 'deletePollOption',
  method: 'DELETE',
  path: '/api/v2/polls/{poll_id}/options/{option_id}',
  query: ActingUserQuery,
  response: Response,
});

export const getPollOption = defineOperation({
  name: 'getPollOption',
  method: 'GET',
  path: '/api/v2/polls/{poll_id}/options/{option_id}',
  response: PollOptionResponse,
});

export const queryPollVotes = defineOperation({
  name: 'queryPollVotes',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/polls/{poll_id}/votes',
  query: ActingUserQuery,
  body: QueryPageRequest,
  response: PollVotesResponse,
});
