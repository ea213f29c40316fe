import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { JsonObject } from './wire/primitives.js';
import {
  PollOptionInput,
  PollOptionRequest,
  PollOptionResponse,
  PollOptionResponseData,
  PollResponse,
  PollResponseData,
  PollSettingsRequest,
  PollVotesResponse,
  QueryPollsResponse,
} from './wire/polls.js';
import { ActingUserRequest, QueryPageRequest, Response } from './wire/shared.js';

export const createPoll = defineOperation({
  name: 'createPoll',
  method: 'POST',
  idempotent: false,
  createdId: 'id',
  path: '/api/v2/polls',
  status: 201,
  params: Type.Object({}),
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
  idempotent: true,
  path: '/api/v2/polls',
  status: 201,
  params: Type.Object({}),
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
  status: 201,
  params: Type.Object({
    user_id: Type.Optional(Type.String()),
  }),
  body: QueryPageRequest,

  response: QueryPollsResponse,
});

export const deletePoll = defineOperation({
  name: 'deletePoll',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/polls/{poll_id}',
  status: 200,
  params: Type.Object({
    poll_id: Type.String(),
    user_id: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const getPoll = defineOperation({
  name: 'getPoll',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/polls/{poll_id}',
  status: 200,
  params: Type.Object({
    poll_id: Type.String(),
    user_id: Type.Optional(Type.String()),
  }),
  response: PollResponse,
});

export const updatePollPartial = defineOperation({
  name: 'updatePollPartial',
  method: 'PATCH',
  idempotent: true,
  path: '/api/v2/polls/{poll_id}',
  status: 200,
  params: Type.Object({
    poll_id: Type.String(),
  }),
  body: Type.Composite([
    Type.Object({ set: Type.Optional(JsonObject), unset: Type.Optional(Type.Array(Type.String())) }),
    ActingUserRequest,
  ]),

  response: PollResponse,
});

export const createPollOption = defineOperation({
  name: 'createPollOption',
  method: 'POST',
  idempotent: false,
  path: '/api/v2/polls/{poll_id}/options',
  status: 201,
  params: Type.Object({
    poll_id: Type.String(),
  }),
  body: Type.Composite([
    Type.Pick(PollOptionResponseData, ['text']),
    Type.Partial(Type.Pick(PollOptionResponseData, ['custom'])),
    ActingUserRequest,
  ]),

  response: PollOptionResponse,
});

export const updatePollOption = defineOperation({
  name: 'updatePollOption',
  method: 'PUT',
  idempotent: true,
  path: '/api/v2/polls/{poll_id}/options',
  status: 201,
  params: Type.Object({
    poll_id: Type.String(),
  }),
  body: Type.Composite([
    Type.Pick(PollOptionResponseData, ['id', 'text']),
    Type.Partial(Type.Pick(PollOptionResponseData, ['custom'])),
    ActingUserRequest,
  ]),

  response: PollOptionResponse,
});

export const deletePollOption = defineOperation({
  name: 'deletePollOption',
  method: 'DELETE',
  idempotent: false,
  path: '/api/v2/polls/{poll_id}/options/{option_id}',
  status: 200,
  params: Type.Object({
    poll_id: Type.String(),
    option_id: Type.String(),
    user_id: Type.Optional(Type.String()),
  }),
  response: Response,
});

export const getPollOption = defineOperation({
  name: 'getPollOption',
  method: 'GET',
  idempotent: true,
  path: '/api/v2/polls/{poll_id}/options/{option_id}',
  status: 200,
  params: Type.Object({
    poll_id: Type.String(),
    option_id: Type.String(),
  }),
  response: PollOptionResponse,
});

export const queryPollVotes = defineOperation({
  name: 'queryPollVotes',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/polls/{poll_id}/votes',
  status: 201,
  params: Type.Object({
    poll_id: Type.String(),
    user_id: Type.Optional(Type.String()),
  }),
  body: QueryPageRequest,

  response: PollVotesResponse,
});
