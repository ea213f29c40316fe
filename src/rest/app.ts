import { Type } from '@sinclair/typebox';
import { defineOperation } from './operation.js';
import { CheckSNSResponse, GetApplicationResponse } from './wire/app.js';
import { UpdateAppRequest } from './wire/appUpdate.js';
import { GetOGResponse } from './wire/og.js';
import { GetRateLimitsResponse } from './wire/rateLimits.js';
import { Response } from './wire/shared.js';

export const getApp = defineOperation({
  name: 'getApp',
  method: 'GET',
  path: '/api/v2/app',
  response: GetApplicationResponse,
});

export const updateApp = defineOperation({
  name: 'updateApp',
  method: 'PATCH',
  path: '/api/v2/app',
  body: UpdateAppRequest,
  response: Response,
});

export const checkSNS = defineOperation({
  name: 'checkSNS',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/check_sns',
  body: Type.Pick(UpdateAppRequest, ['sns_key', 'sns_secret', 'sns_topic_arn']),
  response: CheckSNSResponse,
});

export const checkSQS = defineOperation({
  name: 'checkSQS',
  method: 'POST',
  idempotent: true,
  path: '/api/v2/check_sqs',
  body: Type.Pick(UpdateAppRequest, ['sqs_key', 'sqs_secret', 'sqs_url']),
  response: CheckSNSResponse,
});

export const getOG = defineOperation({
  name: 'getOG',
  method: 'GET',
  path: '/api/v2/og',
  query: Type.Object({
    url: Type.String(),
  }),
  response: GetOGResponse,
});

export const getRateLimits = defineOperation({
  name: 'getRateLimits',
  method: 'GET',
  path: '/api/v2/rate_limits',
  query: Type.Object({
    server_side: Type.Optional(Type.Boolean()),
    android: Type.Optional(Type.Boolean()),
    ios: Type.Optional(Type.Boolean()),
    web: Type.Optional(Type.Boolean()),
    unity: Type.Optional(Type.Boolean()),
    endpoints: Type.Optional(Type.String()),
  }),
  response: GetRateLimitsResponse,
});
