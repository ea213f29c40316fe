import { Instant } from '../rest/wire/instant.js';

/** The Stream webhook event types this API turns into subscription events. */
export const STREAM_EVENT_TYPES = [
  'user.updated',
  'user.deleted',
  'user.deactivated',
  'user.reactivated',
  'poll.updated',
  'poll.closed',
  'poll.deleted',
  'poll.vote_casted',
  'poll.vote_changed',
  'poll.vote_removed',
] as const;

export type StreamEventType = (typeof STREAM_EVENT_TYPES)[number];

const KNOWN_TYPES = new Set<string>(STREAM_EVENT_TYPES);

export function isStreamEventType(type: unknown): type is StreamEventType {
  return typeof type === 'string' && KNOWN_TYPES.has(type);
}

/**
 * One change at Stream, as subscribers receive it: what changed and which entity, never the
 * entity itself (each subscriber reads it fresh, as its own caller may see it). Plain JSON, so it
 * travels through Redis unchanged.
 */
export interface LiveEvent {
  type: StreamEventType;
  /** When the change happened (RFC 3339). */
  createdAt: string;
  pollId?: string;
  userId?: string;
  /**
   * Which change this is, the same whether a mutation through the gateway or Stream's webhook
   * reports it: the type, the entity id and the instant the entity (or vote) was last updated.
   */
  key: string;
}

/** Events after which a poll's content (tallies, votes, settings) differs. */
export const POLL_CHANGE_TYPES = new Set<StreamEventType>([
  'poll.updated',
  'poll.closed',
  'poll.vote_casted',
  'poll.vote_changed',
  'poll.vote_removed',
]);

export const USER_CHANGE_TYPES = new Set<StreamEventType>([
  'user.updated',
  'user.deleted',
  'user.deactivated',
  'user.reactivated',
]);

/** An update time as text, to the nanosecond, whether it came decoded (an Instant) or raw in a webhook. */
function instantKey(value: unknown): string {
  return Instant.from(value)?.toString() ?? '-';
}

/** The event key (LiveEvent.key) of a change of `entityId` last updated at `updatedAt`. */
export function eventKey(type: StreamEventType, entityId: string, updatedAt?: unknown): string {
  return `${type}:${entityId}:${instantKey(updatedAt)}`;
}

export function pollEvent(type: StreamEventType, pollId: string, updatedAt?: unknown, createdAt?: string): LiveEvent {
  return { type, pollId, createdAt: createdAt ?? new Date().toISOString(), key: eventKey(type, pollId, updatedAt) };
}

export function userEvent(type: StreamEventType, userId: string, updatedAt?: unknown, createdAt?: string): LiveEvent {
  return { type, userId, createdAt: createdAt ?? new Date().toISOString(), key: eventKey(type, userId, updatedAt) };
}
