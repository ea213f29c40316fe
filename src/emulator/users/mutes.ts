import { perState } from '../state.js';

/** One user muting another, by id; the users are embedded as they are when queryUsers answers. */
export interface UserMuteRecord {
  targetId: string;
  created_at: string;
  updated_at: string;
  expires?: string;
}

/** A user muting a channel; the channel is stored as the chat API would embed it (ChannelResponse). */
export interface ChannelMuteRecord {
  channel: Record<string, unknown>;
  created_at: string;
  updated_at: string;
  expires?: string;
}

/**
 * User and channel mutes by the muting user. The common API has no operation that mutes (that is
 * the chat API), so only the demo data (or a test, through the state) creates them; queryUsers
 * answers them in `mutes` and `channel_mutes`.
 */
export class MuteStore {
  private readonly users = new Map<string, Map<string, UserMuteRecord>>();
  private readonly channels = new Map<string, Map<string, ChannelMuteRecord>>();

  /** Mutes `targetId` for `userId`; muting again replaces the expiry and keeps the first time. */
  muteUser(userId: string, targetId: string, at: string, expires?: string): void {
    const mutes = this.mapOf(this.users, userId);
    const existing = mutes.get(targetId);
    mutes.set(targetId, { targetId, created_at: existing?.created_at ?? at, updated_at: at, expires });
  }

  /** Mutes a channel (by its `cid`) for `userId`; muting again replaces the expiry and keeps the first time. */
  muteChannel(userId: string, channel: Record<string, unknown> & { cid: string }, at: string, expires?: string): void {
    const mutes = this.mapOf(this.channels, userId);
    const existing = mutes.get(channel.cid);
    mutes.set(channel.cid, {
      channel: structuredClone(channel),
      created_at: existing?.created_at ?? at,
      updated_at: at,
      expires,
    });
  }

  /** A user's user mutes, oldest first. */
  userMutes(userId: string): UserMuteRecord[] {
    return [...(this.users.get(userId)?.values() ?? [])].map((mute) => ({ ...mute }));
  }

  /** A user's channel mutes, oldest first, as copies. */
  channelMutes(userId: string): ChannelMuteRecord[] {
    return [...(this.channels.get(userId)?.values() ?? [])].map((mute) => structuredClone(mute));
  }

  /** Drops every mute by or of a user that is gone for good. */
  forget(userId: string): void {
    this.users.delete(userId);
    this.channels.delete(userId);
    for (const mutes of this.users.values()) mutes.delete(userId);
  }

  private mapOf<T>(byUser: Map<string, Map<string, T>>, userId: string): Map<string, T> {
    let mutes = byUser.get(userId);
    if (!mutes) {
      mutes = new Map();
      byUser.set(userId, mutes);
    }
    return mutes;
  }
}

/** The mute store of one emulator. */
export const mutesOf = perState(() => new MuteStore());
