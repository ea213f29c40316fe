import type { Caller } from './auth.js';
import { fixedTimestamp } from './clock.js';
import {
  ANSWERS,
  BLOCK_LISTS,
  CITIES,
  COLORS,
  CUSTOM_ROLES,
  FIRST_NAMES,
  LANGUAGES,
  LAST_NAMES,
  POLL_PHRASINGS,
  POLL_SUBJECTS,
  TEAMS,
  USER_GROUPS,
} from './demo/catalog.js';
import { SeededRandom } from './demo/random.js';
import { devicesOf } from './devices/store.js';
import { mutesOf } from './users/mutes.js';
import type { Handler, Handlers } from './handler.js';
import type { OperationName } from '../rest/operations.js';
import { pollsOf } from './polls/store.js';
import type { EmulatorState } from './state.js';

export const DEMO_USER_COUNT = 200;
export const DEMO_POLL_COUNT = 50;
/** The user to explore the demo as: creates polls, votes, has devices, blocks, mutes and live locations. */
export const DEMO_USER_ID = 'user-001';
/** The last users are deactivated, to show `include_deactivated_users`. */
export const DEMO_DEACTIVATED_USER_IDS = ['user-197', 'user-198', 'user-199', 'user-200'];

const SERVER: Caller = { kind: 'server' };
const DAY = 86_400;
/** Stream creates at most 100 members per user-group request. */
const MEMBERS_PER_REQUEST = 100;

export const demoUserId = (n: number) => `user-${String(n).padStart(3, '0')}`;
export const demoPollId = (n: number) => `poll-${String(n).padStart(2, '0')}`;

/**
 * Loads the deterministic demo data set through the handlers themselves, as a server caller:
 * fixed ids and names, a seeded generator for everything else. Handlers stamp the time they
 * run; users, polls, votes and devices then get fixed times in 2026 so that sorts are stable.
 */
export async function loadDemoData(state: EmulatorState, handlers: Handlers): Promise<void> {
  const random = new SeededRandom(20_260_101);
  const call = async (name: OperationName, body: Record<string, unknown> = {}, params: Record<string, unknown> = {}) =>
    (handlers[name] as Handler | undefined)?.({ params, body, caller: SERVER, state });

  for (const name of CUSTOM_ROLES) await call('createRole', { name });
  await loadUsers(state, call, random);
  await loadPolls(state, call, random);
  await loadBlocks(call, random);
  await loadDevices(state, call, random);
  loadMutes(state);
  await loadLiveLocations(call);
  for (const list of BLOCK_LISTS) await call('createBlockList', { ...list, words: [...list.words] });
  await loadUserGroups(call, random);
  for (const id of DEMO_DEACTIVATED_USER_IDS) {
    await call('deactivateUser', {}, { user_id: id });
    const user = state.users.get(id)!;
    user.deactivated_at = user.updated_at = fixedTimestamp(300 * DAY);
  }
}

type Call = (
  name: OperationName,
  body?: Record<string, unknown>,
  params?: Record<string, unknown>,
) => Promise<object | undefined>;

async function loadUsers(state: EmulatorState, call: Call, random: SeededRandom): Promise<void> {
  const users: Record<string, unknown> = {};
  for (let n = 1; n <= DEMO_USER_COUNT; n++) {
    const id = demoUserId(n);
    const first = n === 1 ? 'Ada' : FIRST_NAMES[(n - 1) % FIRST_NAMES.length]!;
    const last = n === 1 ? 'Lovelace' : random.pick(LAST_NAMES);
    users[id] = {
      id,
      name: `${first} ${last}`,
      role: n % 25 === 2 ? 'admin' : n % 10 === 5 ? 'moderator' : 'user',
      language: n === 1 ? 'en' : random.pick(LANGUAGES),
      teams: n === 1 ? ['red', 'blue'] : random.sample(TEAMS, random.int(1, 2)),
      custom: {
        city: random.pick(CITIES).name,
        level: random.int(1, 50),
        premium: n === 1 || random.chance(0.3),
        favorite_color: random.pick(COLORS),
      },
    };
  }
  await call('updateUsers', { users });
  for (let n = 1; n <= DEMO_USER_COUNT; n++) {
    const user = state.users.get(demoUserId(n))!;
    user.created_at = fixedTimestamp(n * 3600);
    user.updated_at = fixedTimestamp(n * 3600 + random.int(0, 30) * DAY);
    if (n === 1 || random.chance(0.7)) user.last_active = fixedTimestamp(40 * DAY + random.int(0, 260 * DAY));
  }
}

async function loadPolls(state: EmulatorState, call: Call, random: SeededRandom): Promise<void> {
  const store = pollsOf(state);
  const voters = Array.from({ length: DEMO_USER_COUNT }, (_, i) => demoUserId(i + 1));
  for (let p = 1; p <= DEMO_POLL_COUNT; p++) {
    const id = demoPollId(p);
    const topic = POLL_SUBJECTS[(p - 1) % POLL_SUBJECTS.length]!;
    const phrasing = POLL_PHRASINGS[Math.floor((p - 1) / POLL_SUBJECTS.length)]!;
    const enforceUnique = p % 3 === 0;
    await call('createPoll', {
      id,
      name: phrasing(topic.subject),
      description: `A demo poll about the ${topic.subject}.`,
      user_id: p % 10 === 1 ? 'user-001' : demoUserId(((p * 37) % DEMO_USER_COUNT) + 1),
      options: topic.options.slice(0, random.int(2, 6)).map((text) => ({ text })),
      enforce_unique_vote: enforceUnique,
      ...(!enforceUnique && p % 4 === 1 ? { max_votes_allowed: random.int(2, 3) } : {}),
      allow_answers: p % 5 === 0,
      allow_user_suggested_options: p % 6 === 0,
      voting_visibility: p % 7 === 0 ? 'anonymous' : 'public',
      Custom: { topic: topic.subject, sprint: 40 + (p % 6) },
    });
    const poll = store.require(id);
    const createdSeconds = 10 * DAY + p * 4 * DAY;
    poll.created_at = poll.updated_at = fixedTimestamp(createdSeconds);

    const pollVoters = random.sample(voters.slice(1, 196), random.int(15, 45));
    if (p % 8 !== 4) pollVoters.unshift(DEMO_USER_ID);
    let second = createdSeconds;
    const perVoter = poll.enforce_unique_vote ? 1 : (poll.max_votes_allowed ?? 2);
    for (const voter of pollVoters) {
      for (const option of random.sample(poll.options, random.int(1, perVoter))) {
        second += random.int(60, 900);
        store.castVote(id, voter, { optionId: option.id }, fixedTimestamp(second));
      }
      if (poll.allow_answers && random.chance(0.2)) {
        second += random.int(60, 900);
        store.castVote(id, voter, { answerText: random.pick(ANSWERS) }, fixedTimestamp(second));
      }
    }
    if (p % 9 === 0) poll.is_closed = true;
  }
}

async function loadBlocks(call: Call, random: SeededRandom): Promise<void> {
  for (const blocked of ['user-013', 'user-027', 'user-042', 'user-058', 'user-099']) {
    await call('blockUsers', { user_id: DEMO_USER_ID, blocked_user_id: blocked });
  }
  await call('blockUsers', { user_id: 'user-050', blocked_user_id: DEMO_USER_ID });
  for (let i = 0; i < 120; i++) {
    const blocker = random.int(2, DEMO_USER_COUNT);
    const blocked = random.int(2, DEMO_USER_COUNT);
    if (blocker !== blocked)
      await call('blockUsers', { user_id: demoUserId(blocker), blocked_user_id: demoUserId(blocked) });
  }
}

async function loadDevices(state: EmulatorState, call: Call, random: SeededRandom): Promise<void> {
  const devices = devicesOf(state);
  const register = async (n: number, index: number, provider: string, voip = false) => {
    const id = `device-${String(n).padStart(3, '0')}-${index}`;
    await call('createDevice', {
      id,
      user_id: demoUserId(n),
      push_provider: provider,
      push_provider_name: `${provider}-main`,
      ...(voip ? { voip_token: true } : {}),
    });
    devices.get(id)!.created_at = fixedTimestamp(n * 3600 + index * DAY);
  };
  await register(1, 1, 'firebase');
  await register(1, 2, 'apn');
  await register(1, 3, 'apn', true);
  for (let n = 2; n <= 150; n++) {
    await register(n, 1, random.pick(['firebase', 'firebase', 'apn', 'apn', 'huawei', 'xiaomi']));
    if (n % 3 === 0) await register(n, 2, 'apn');
  }
}

/** A chat channel as Stream embeds it in a channel mute (ChannelResponse, its required fields and a few more). */
function demoChannel(type: string, id: string, name: string, createdSeconds: number) {
  const at = fixedTimestamp(createdSeconds);
  return {
    cid: `${type}:${id}`,
    id,
    type,
    created_at: at,
    updated_at: at,
    frozen: false,
    disabled: false,
    member_count: 12,
    custom: { name },
  };
}

/**
 * Mutes, which only the chat API creates: user-001 mutes a user for good and a channel for a
 * while; a few others mute too. Written to the store directly, at fixed times.
 */
function loadMutes(state: EmulatorState): void {
  const mutes = mutesOf(state);
  mutes.muteUser(DEMO_USER_ID, 'user-007', fixedTimestamp(45 * DAY));
  mutes.muteChannel(
    DEMO_USER_ID,
    demoChannel('messaging', 'general', 'General', 20 * DAY),
    fixedTimestamp(46 * DAY),
    fixedTimestamp(400 * DAY),
  );
  mutes.muteUser('user-002', DEMO_USER_ID, fixedTimestamp(50 * DAY), fixedTimestamp(380 * DAY));
  mutes.muteUser('user-003', 'user-004', fixedTimestamp(51 * DAY));
  mutes.muteChannel('user-003', demoChannel('team', 'red', 'Team red', 21 * DAY), fixedTimestamp(52 * DAY));
}

async function loadLiveLocations(call: Call): Promise<void> {
  for (let n = 1; n <= 25; n++) {
    const city = CITIES[n % CITIES.length]!;
    const shares = n === 1 ? 2 : 1;
    for (let share = 1; share <= shares; share++) {
      await call(
        'updateLiveLocation',
        {
          message_id: `message-${String(n).padStart(3, '0')}-${share}`,
          latitude: Number((city.latitude + n * 0.001 * share).toFixed(6)),
          longitude: Number((city.longitude - n * 0.001 * share).toFixed(6)),
          ...(n % 5 === 0 ? { end_at: '2099-12-31T23:59:59.000000Z' } : {}),
        },
        { user_id: demoUserId(n) },
      );
    }
  }
}

async function loadUserGroups(call: Call, random: SeededRandom): Promise<void> {
  const everyone = Array.from({ length: DEMO_USER_COUNT - 1 }, (_, i) => demoUserId(i + 2));
  for (const [index, group] of USER_GROUPS.entries()) {
    const id = `group-${String(index + 1).padStart(2, '0')}`;
    const withDemoUser = index < 3 || index === 4;
    const members = [
      ...(withDemoUser ? [DEMO_USER_ID] : []),
      ...random.sample(everyone, group.size - (withDemoUser ? 1 : 0)),
    ];
    await call('createUserGroup', {
      id,
      name: group.name,
      description: group.description,
      member_ids: members.slice(0, MEMBERS_PER_REQUEST),
    });
    for (let from = MEMBERS_PER_REQUEST; from < members.length; from += MEMBERS_PER_REQUEST) {
      await call('addUserGroupMembers', { member_ids: members.slice(from, from + MEMBERS_PER_REQUEST) }, { id });
    }
  }
}
