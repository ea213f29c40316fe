import { nowTimestamp } from '../clock.js';
import { badInput, notFound } from '../errors.js';
import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';
import { requireActingUser, requireLiveUser } from './acting.js';
import type { BlockStore } from './blocks.js';
import { toUserResponse } from './records.js';

/** One user blocking another: the acting user blocks, lists and unblocks. */
export function blockHandlers(state: EmulatorState, blocks: BlockStore): Handlers {
  return {
    getBlockedUsers({ params, caller }) {
      const user = requireActingUser(state, caller, params);
      const entries = blocks.list(user.id).flatMap(({ blockedId, createdAt }) => {
        const blocked = state.users.get(blockedId);
        if (!blocked) return [];
        return [
          {
            user_id: user.id,
            user: toUserResponse(user),
            blocked_user_id: blockedId,
            blocked_user: toUserResponse(blocked),
            created_at: createdAt,
          },
        ];
      });
      return { blocks: entries };
    },

    blockUsers({ body, caller }) {
      const user = requireActingUser(state, caller, body);
      if (body.blocked_user_id === user.id) throw badInput('blocked_user_id', 'a user cannot block themselves');
      requireLiveUser(state, body.blocked_user_id);
      const createdAt = blocks.add(user, body.blocked_user_id, nowTimestamp());
      return { blocked_by_user_id: user.id, blocked_user_id: body.blocked_user_id, created_at: createdAt };
    },

    unblockUsers({ body, caller }) {
      const user = requireActingUser(state, caller, body);
      if (!blocks.remove(user, body.blocked_user_id)) {
        throw notFound(`block of user ${body.blocked_user_id} by user ${user.id}`);
      }
      return {};
    },
  };
}
