import { nowTimestamp } from '../clock.js';
import type { Handlers } from '../handler.js';
import type { EmulatorState } from '../state.js';
import { actingUserId } from '../users/acting.js';
import { toOptionData } from './present.js';
import { checkOptionText } from './settings.js';
import { requirePollEditor } from './access.js';
import { pollsOf } from './store.js';

export function pollOptionHandlers(state: EmulatorState): Handlers {
  const polls = pollsOf(state);
  return {
    createPollOption({ params, body, caller }) {
      const poll = polls.require(params.poll_id);
      actingUserId(caller, body.user_id, body.user);
      if (!poll.allow_user_suggested_options) requirePollEditor(poll, caller);
      const text = checkOptionText(poll.options, body.text, 'text');
      const option = { id: state.nextId('option'), text, custom: { ...(body.Custom ?? body.custom ?? {}) } };
      poll.options.push(option);
      poll.updated_at = nowTimestamp();
      return { poll_option: toOptionData(option) };
    },

    updatePollOption({ params, body, caller }) {
      const poll = polls.require(params.poll_id);
      actingUserId(caller, body.user_id, body.user);
      requirePollEditor(poll, caller);
      const option = polls.requireOption(poll, body.id);
      option.text = checkOptionText(poll.options, body.text, 'text', option.id);
      option.custom = { ...(body.Custom ?? body.custom ?? {}) };
      poll.updated_at = nowTimestamp();
      return { poll_option: toOptionData(option) };
    },

    getPollOption({ params }) {
      const poll = polls.require(params.poll_id);
      return { poll_option: toOptionData(polls.requireOption(poll, params.option_id)) };
    },

    deletePollOption({ params, caller }) {
      const poll = polls.require(params.poll_id);
      actingUserId(caller, params.user_id);
      requirePollEditor(poll, caller);
      polls.removeOption(poll, params.option_id);
      poll.updated_at = nowTimestamp();
      return {};
    },
  };
}
