import { Instant } from '../../src/rest/wire/instant.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEACTIVATED_USER_IDS, DEMO_USER_ID } from '../../src/emulator/demo.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { createStreamClient, type StreamClient } from '../../src/rest/index.js';
import type { PollResponseData } from '../../src/rest/wire/polls.js';

let emulator: Emulator;
let client: StreamClient;
let polls: PollResponseData[];

beforeAll(async () => {
  emulator = await startEmulator({ data: 'demo' });
  client = createStreamClient({ apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, baseUrl: emulator.url });
  polls = await allPolls(client, DEMO_USER_ID);
});
afterAll(async () => {
  await client.close();
  await emulator.close();
});

async function allUsers(stream: StreamClient, includeDeactivated: boolean) {
  const users = [];
  for (let offset = 0; ; offset += 100) {
    const page = await stream.queryUsers({
      payload: { filter_conditions: {}, limit: 100, offset, include_deactivated_users: includeDeactivated },
    });
    users.push(...page.users);
    if (page.users.length < 100) return users;
  }
}

async function allPolls(stream: StreamClient, viewer?: string) {
  const found: PollResponseData[] = [];
  let next: string | undefined;
  do {
    const page = await stream.queryPolls({ user_id: viewer, limit: 20, ...(next ? { next } : {}) });
    found.push(...page.polls);
    next = page.next;
  } while (next);
  return found;
}

describe('demo data set', () => {
  it('has 200 users, four of them deactivated, with roles, teams and custom data', async () => {
    const everyone = await allUsers(client, true);
    expect(everyone).toHaveLength(200);
    expect(everyone[0]!.id).toBe('user-001');
    expect(everyone.at(-1)!.id).toBe('user-200');
    expect(new Set(everyone.map((user) => user.role))).toEqual(new Set(['user', 'admin', 'moderator']));
    expect(everyone.every((user) => user.teams.length > 0 && typeof user.custom.city === 'string')).toBe(true);

    const active = await allUsers(client, false);
    expect(active).toHaveLength(196);
    expect(active.map((user) => user.id)).not.toContain(DEMO_DEACTIVATED_USER_IDS[0]);
  });

  it('has 50 polls with 2 to 6 options and over 1,000 consistently counted votes', async () => {
    expect(polls).toHaveLength(50);
    expect(new Set(polls.map((poll) => poll.id)).size).toBe(50);
    expect(polls.every((poll) => poll.options.length >= 2 && poll.options.length <= 6)).toBe(true);
    expect(new Set(polls.map((poll) => poll.created_by_id)).size).toBeGreaterThan(10);
    const total = polls.reduce((sum, poll) => sum + poll.vote_count, 0);
    expect(total).toBeGreaterThanOrEqual(1000);
    for (const poll of polls) {
      const byOption = Object.values(poll.vote_counts_by_option as Record<string, number>);
      expect(byOption.reduce((a, b) => a + b, 0)).toBe(poll.vote_count);
    }
    expect(polls.some((poll) => poll.is_closed)).toBe(true);
    expect(polls.some((poll) => poll.voting_visibility === 'anonymous')).toBe(true);
    expect(polls.some((poll) => poll.answers_count > 0)).toBe(true);
  });

  it('lists every vote of a poll through queryPollVotes', async () => {
    const poll = polls.find((candidate) => candidate.id === 'poll-10')!;
    let count = 0;
    let next: string | undefined;
    do {
      const page = await client.queryPollVotes({ poll_id: poll.id, limit: 25, ...(next ? { next } : {}) });
      count += page.votes.length;
      next = page.next;
    } while (next);
    expect(count).toBe(poll.vote_count + poll.answers_count);
  });

  it('makes user-001 a rich user to explore', async () => {
    expect(polls.filter((poll) => poll.created_by_id === DEMO_USER_ID).length).toBeGreaterThanOrEqual(5);
    expect(polls.filter((poll) => poll.own_votes.length > 0).length).toBeGreaterThanOrEqual(30);
    const { blocks } = await client.getBlockedUsers({ user_id: DEMO_USER_ID });
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks[0]!.blocked_user.name).toBeTypeOf('string');
    expect((await client.listDevices({ user_id: DEMO_USER_ID })).devices.length).toBeGreaterThanOrEqual(3);
    const { active_live_locations } = await client.getUserLiveLocations({ user_id: DEMO_USER_ID });
    expect(active_live_locations.length).toBeGreaterThanOrEqual(2);
    const { blocks: byOthers } = await client.getBlockedUsers({ user_id: 'user-050' });
    expect(byOthers.map((block) => block.blocked_user_id)).toContain(DEMO_USER_ID);
    const [ada] = (await client.queryUsers({ payload: { filter_conditions: { id: DEMO_USER_ID } } })).users;
    expect(ada!.mutes).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ id: DEMO_USER_ID }), created_at: expect.any(Instant) }),
    ]);
    expect(ada!.mutes[0]!.target?.id).toBe('user-007');
    expect(ada!.channel_mutes).toEqual([
      expect.objectContaining({
        channel: expect.objectContaining({ cid: 'messaging:general' }),
        expires: expect.any(Instant),
      }),
    ]);
  });

  it('has devices for many users and block relations between them', async () => {
    const withDevices = (await allUsers(client, true)).filter((user) => user.devices.length > 0);
    expect(withDevices.length).toBeGreaterThanOrEqual(150);
    const blockers = [...emulator.state.users.values()].filter((user) => user.blocked_user_ids.length > 0);
    expect(blockers.length).toBeGreaterThan(50);
  });

  it('has ten user groups, one of exactly 150 members', async () => {
    const { user_groups } = await client.listUserGroups({ limit: 100 });
    expect(user_groups).toHaveLength(10);
    const biggest = await client.getUserGroup({ id: 'group-01' });
    expect(biggest.user_group?.members).toHaveLength(150);
    expect(biggest.user_group?.members?.map((member) => member.user_id)).toContain(DEMO_USER_ID);
    for (const group of user_groups) {
      const members = (await client.getUserGroup({ id: group.id })).user_group?.members ?? [];
      expect(members.length).toBeLessThanOrEqual(150);
    }
  });

  it('has block lists and custom roles', async () => {
    const { blocklists } = await client.listBlockLists();
    expect(blocklists.map((list) => list.name)).toEqual(
      expect.arrayContaining(['profanity', 'spam-domains', 'competitor-names']),
    );
    const { roles } = await client.listRoles();
    expect(roles.map((role) => role.name)).toEqual(expect.arrayContaining(['community-lead', 'support-agent']));
  });

  it('is the same on every start', async () => {
    const second = await startEmulator({ data: 'demo' });
    const secondClient = createStreamClient({
      apiKey: second.apiKey,
      apiSecret: second.apiSecret,
      baseUrl: second.url,
    });
    try {
      expect(JSON.stringify(await allUsers(secondClient, true))).toBe(JSON.stringify(await allUsers(client, true)));
      expect(JSON.stringify(await allPolls(secondClient, DEMO_USER_ID))).toBe(JSON.stringify(polls));
    } finally {
      await secondClient.close();
      await second.close();
    }
  });
});
