import { Type, type StaticDecode } from '@sinclair/typebox';
import { JsonObject } from './primitives.js';

/** What getRateLimits answers: each platform's limits, by endpoint. */
export const GetRateLimitsResponse = Type.Object({
  android: Type.Optional(JsonObject),
  duration: Type.String(),
  ios: Type.Optional(JsonObject),
  server_side: Type.Optional(JsonObject),
  unity: Type.Optional(JsonObject),
  web: Type.Optional(JsonObject),
});
export type GetRateLimitsResponse = StaticDecode<typeof GetRateLimitsResponse>;
