import { Type, type StaticDecode } from '@sinclair/typebox';
import { JsonObject } from './primitives.js';
import { Answer } from './shared.js';

/** One endpoint's limit in a platform's map; `reset` is in Unix seconds. */
export const LimitInfoResponse = Type.Object({
  limit: Type.Integer(),
  remaining: Type.Integer(),
  reset: Type.Integer(),
});
export type LimitInfoResponse = StaticDecode<typeof LimitInfoResponse>;

/** What getRateLimits answers: each platform's limits, by endpoint. */
export const GetRateLimitsResponse = Answer({
  android: Type.Optional(JsonObject),
  ios: Type.Optional(JsonObject),
  server_side: Type.Optional(JsonObject),
  unity: Type.Optional(JsonObject),
  web: Type.Optional(JsonObject),
});
export type GetRateLimitsResponse = StaticDecode<typeof GetRateLimitsResponse>;
