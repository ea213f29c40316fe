import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { JsonObject } from './wire/primitives.js';
import {
  PollOptionInput,
  PollOptionRequest,
  PollOptionResponse,
  PollResponse,
  PollVotesResponse,
  QueryPollsResponse,
} from './wire/polls.js';
import { Response, SortParamRequest, UserRequest } from './wire/shared.js';

export const createPoll = defineOperation({
  name: 'createPoll',
  method: 'POST',
  idempotent: false,
  createdId: 'id',
  path: '/api/v2/polls',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    name: Type.String(),
    custom: Type.Optional(JsonObject),
    allow_answers: Type.Optional(Type.Boolean()),
    allow_user_suggested_options: Type.Optional(Type.Boolean()),
    description: Type.Optional(Type.String()),
    enforce_unique_vote: Type.Optional(Type.Boolean()),
    id: Type.Optional(Type.String()),
    is_closed: Type.Optional(Type.Boolean()),
    max_votes_allowed: Type.Optional(Type.Integer()),
    options: Type.Optional(Type.Array(PollOptionInput)),
    user: Type.Optional(UserRequest),
    user_id: Type.Optional(Type.String()),
    voting_visibility: Type.Optional(Type.String()),
  }),
  response: PollResponse,
});

export const updatePoll = defineOperation({
  name: 'updatePoll',
  method: 'PUT',
  idempotent: true,
  path: '/api/v2/polls',
  status: 201,
  params: Type.Object({}),
  body: Type.Object({
    id: Type.String(),
    name: Type.String(),
    custom: Type.Optional(JsonObject),
    allow_answers: Type.Optional(Type.Boolean()),
    allow_user_suggested_options: Type.Optional(Type.Boolean()),
    description: Type.Optional(Type.String()),
    enforce_unique_vote: Type.Optional(Type.Boolean()),
    is_closed: Type.Optional(Type.Boolean()),
    max_votes_allowed: Type.Optional(Type.Integer()),
    options: Type.Optional(Type.Array(PollOptionRequest)),
    user: Type.Optional(UserRequest),
    user_id: Type.Optional(Type.String()),
    voting_visibility: Type.Optional(Type.String()),
  }),
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
  body: Type.Object({
    filter: Type.Optional(JsonObject),
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    next: Type.Optional(Type.String()),
    prev: Type.Optional(Type.String()),
    sort: Type.Optional(Type.Array(SortParamRequest, { maxItems: 5 })),
  }),
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
  body: Type.Object({
    set: Type.Optional(JsonObject),
    unset: Type.Optional(Type.Array(Type.String())),
    user: Type.Optional(UserRequest),
    user_id: Type.Optional(Type.String()),
  }),
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
  body: Type.Object({
    text: Type.String(),
    custom: Type.Optional(JsonObject),
    user: Type.Optional(UserRequest),
    user_id: Type.Optional(Type.String()),
  }),
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
  body: Type.Object({
    id: Type.String(),
    text: Type.String(),
    custom: Type.Optional(JsonObject),
    user: Type.Optional(UserRequest),
    user_id: Type.Optional(Type.String()),
  }),
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
  body: Type.Object({
    filter: Type.Optional(JsonObject),
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    next: Type.Optional(Type.String()),
    prev: Type.Optional(Type.String()),
    sort: Type.Optional(Type.Array(SortParamRequest, { maxItems: 5 })),
  }),
  response: PollVotesResponse,
});
